import { describe, expect, it } from 'vitest';
import { CLASS_LIMITS, classDeck, kioskInterval, kioskPlaylist, kioskTopics, type SlideContent } from '../../src/lib/slides.ts';

const content: SlideContent = {
  topics: [
    { id: 'gas', myths: 2 },
    { id: 'ebike', myths: 1 },
  ],
  signs: [
    { id: 'no-fire', topics: ['gas', 'ebike'] },
    { id: 'safety-exit', topics: ['ebike'] },
  ],
  cases: [{ id: 'shiyan', topics: ['gas'] }],
  questions: [
    { id: 'gas-1', topic: 'gas' },
    { id: 'gas-2', topic: 'gas', sign: 'no-fire' },
    { id: 'gas-3', topic: 'gas' },
  ],
};

describe('the classroom deck', () => {
  it('follows the lesson: title, case, actions, do and don’t, myths, signs, questions, homework, QR', () => {
    expect(classDeck(content, 'gas').map((slide) => slide.kind)).toEqual([
      'title', 'case', 'actions', 'dodont', 'myth', 'myth', 'sign', 'question', 'question', 'homework', 'qr',
    ]);
  });

  it('leaves sign-picture questions to the sign slides and keeps to the lesson limits', () => {
    const questions = classDeck(content, 'gas').filter((slide) => slide.kind === 'question');
    expect(questions).toEqual([{ kind: 'question', question: 'gas-1' }, { kind: 'question', question: 'gas-3' }]);
    expect(CLASS_LIMITS.questions).toBeGreaterThan(0);
  });
});

describe('the kiosk', () => {
  it('plays the theme, then each topic’s actions, a sign not shown before, a case and a QR code', () => {
    expect(kioskPlaylist(content, ['gas', 'ebike'])).toEqual([
      { kind: 'theme' },
      { kind: 'actions', topic: 'gas' },
      { kind: 'sign', sign: 'no-fire' },
      { kind: 'case', case: 'shiyan' },
      { kind: 'qr', topic: 'gas' },
      { kind: 'actions', topic: 'ebike' },
      { kind: 'sign', sign: 'safety-exit' },
      { kind: 'qr', topic: 'ebike' },
    ]);
  });

  it('reads ?interval= safely: 15 s by default, between 5 s and 2 minutes', () => {
    expect(kioskInterval(null)).toBe(15);
    expect(kioskInterval('abc')).toBe(15);
    expect(kioskInterval('1')).toBe(5);
    expect(kioskInterval('20')).toBe(20);
    expect(kioskInterval('9999')).toBe(120);
  });

  it('reads ?topics= safely: known topics only, else all', () => {
    expect(kioskTopics(['gas', 'ebike'], 'ebike,nope,ebike')).toEqual(['ebike']);
    expect(kioskTopics(['gas', 'ebike'], '')).toEqual(['gas', 'ebike']);
    expect(kioskTopics(['gas', 'ebike'], 'nope')).toEqual(['gas', 'ebike']);
  });
});
