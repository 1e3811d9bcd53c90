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
      'title',
      'case',
      'actions',
      'dodont',
      'myth',
      'myth',
      'sign',
      'question',
      'question',
      'homework',
      'qr',
    ]);
  });

  it('leaves sign-picture questions to the sign slides and keeps to the lesson limits', () => {
    const questions = classDeck(content, 'gas').filter((slide) => slide.kind === 'question');
    expect(questions).toEqual([
      { kind: 'question', question: 'gas-1' },
      { kind: 'question', question: 'gas-3' },
    ]);
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

describe('the classroom deck keeps to a lesson', () => {
  const many: SlideContent = {
    topics: [
      { id: 'fire', myths: 0 },
      { id: 'gas', myths: 1 },
    ],
    signs: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, topics: id === 'b' ? ['gas'] : ['fire'] })),
    cases: [
      { id: 'new', topics: ['gas', 'fire'] },
      { id: 'old', topics: ['fire'] },
    ],
    questions: [...Array.from({ length: 7 }, (_, index) => ({ id: `fire-${index}`, topic: 'fire' })), { id: 'gas-0', topic: 'gas' }],
  };

  it('at most four signs, one case (the newest) and five questions, all of its own topic', () => {
    const deck = classDeck(many, 'fire');
    expect(deck.filter((slide) => slide.kind === 'sign')).toEqual(['a', 'c', 'd', 'e'].map((sign) => ({ kind: 'sign', sign })));
    expect(deck.filter((slide) => slide.kind === 'case')).toEqual([{ kind: 'case', case: 'new' }]);
    expect(deck.filter((slide) => slide.kind === 'question').map((slide) => (slide.kind === 'question' ? slide.question : ''))).toEqual([
      'fire-0',
      'fire-1',
      'fire-2',
      'fire-3',
      'fire-4',
    ]);
    expect(CLASS_LIMITS).toEqual({ signs: 4, cases: 1, questions: 5 });
  });

  it('a topic without myths has no myth slides; each myth slide knows its topic and number', () => {
    expect(classDeck(many, 'fire').some((slide) => slide.kind === 'myth')).toBe(false);
    expect(classDeck(content, 'gas').filter((slide) => slide.kind === 'myth')).toEqual([
      { kind: 'myth', topic: 'gas', index: 0 },
      { kind: 'myth', topic: 'gas', index: 1 },
    ]);
  });

  it('opens on the topic’s title and ends on its homework and QR code', () => {
    const deck = classDeck(many, 'gas');
    expect(deck[0]).toEqual({ kind: 'title', topic: 'gas' });
    expect(deck.slice(-2)).toEqual([
      { kind: 'homework', topic: 'gas' },
      { kind: 'qr', topic: 'gas' },
    ]);
    expect(deck).toContainEqual({ kind: 'actions', topic: 'gas' });
    expect(deck).toContainEqual({ kind: 'dodont', topic: 'gas' });
  });

  it('stops, naming the topic, when there is no such topic', () => {
    expect(() => classDeck(many, 'flood')).toThrow(/flood/);
  });
});

describe('the kiosk playlist for topics without signs or cases', () => {
  it('shows the actions and the QR code, and never the same sign twice', () => {
    const shared: SlideContent = { topics: [], signs: [{ id: 'no-fire', topics: ['gas', 'ebike'] }], cases: [], questions: [] };
    expect(kioskPlaylist(shared, ['gas', 'ebike', 'flood'])).toEqual([
      { kind: 'theme' },
      { kind: 'actions', topic: 'gas' },
      { kind: 'sign', sign: 'no-fire' },
      { kind: 'qr', topic: 'gas' },
      { kind: 'actions', topic: 'ebike' },
      { kind: 'qr', topic: 'ebike' },
      { kind: 'actions', topic: 'flood' },
      { kind: 'qr', topic: 'flood' },
    ]);
  });

  it('with no topics, shows the theme alone', () => {
    expect(kioskPlaylist(content, [])).toEqual([{ kind: 'theme' }]);
  });
});

describe('the kiosk’s settings from its address', () => {
  it('an interval is rounded to whole seconds and kept between 5 s and 2 minutes', () => {
    expect(kioskInterval(undefined)).toBe(15);
    expect(kioskInterval('')).toBe(15);
    expect(kioskInterval('7.6')).toBe(8);
    expect(kioskInterval('4.4')).toBe(5);
    expect(kioskInterval('5')).toBe(5);
    expect(kioskInterval('120')).toBe(120);
    expect(kioskInterval('121')).toBe(120);
    expect(kioskInterval('Infinity')).toBe(15);
  });

  it('topics keep the order they were asked for, with spaces around them ignored', () => {
    expect(kioskTopics(['gas', 'ebike'], ' ebike , gas ')).toEqual(['ebike', 'gas']);
    expect(kioskTopics(['gas', 'ebike'], null)).toEqual(['gas', 'ebike']);
    expect(kioskTopics(['gas', 'ebike'], undefined)).toEqual(['gas', 'ebike']);
  });
});
