// The lesson helpers (src/lib/lessons.ts): the deck's order, the audience choice and the rule that keeps
// fines, dates and standard numbers out of children's class quizzes.
import { describe, expect, it } from 'vitest';
import { audiencesOf, childTrivia, chooseAudience, lessonDeck, parsePicture, stepTimes } from '../../src/lib/lessons.ts';

const slide = (quiz: string[] = [], cards = 0) => ({
  heading: 'h',
  points: [],
  quiz,
  cards: Array.from({ length: cards }, () => ({ situation: 's', answer: 'a' })),
});
const step = (minutes: number, quiz: string[] = [], cards = 0) => ({ minutes, title: 't', teacher: 'x', slide: slide(quiz, cards) });

describe('what children’s class quizzes leave out', () => {
  it.each([
    ['在楼道里停电动车，只要没被罚款，就说明可以停。', '罚款'],
    ['个人处警告或者500元以下罚款。', '金额'],
    ['罚五百元', '金额'],
    ['新国标从2024年11月1日起实施。', '日期'],
    ['从十一月一日起', '日期'],
    ['新国标GB 17761-2024加强了哪方面的要求？', '标准编号'],
    ['按《消防法》第二十八条，谁不得占用通道？', '条款号'],
    ['依照第28条', '条款号'],
  ])('%s → %s', (text, what) => {
    expect(childTrivia([text])).toContain(what);
  });

  it.each(['三年级的同学看到同伴落水，应该怎么做？', '锂电池热失控30秒就可能爆燃。', '拨打119，说清在几楼、哪个房间。', '一年四季都要注意用电安全。'])(
    'passes %s',
    (text) => {
      expect(childTrivia([text])).toEqual([]);
    },
  );

  it('looks at every text it is given (question, options, explanation)', () => {
    expect(childTrivia(['着火时怎么下楼？', '走楼梯', '2021年起应走疏散楼梯。'])).toEqual(['日期']);
  });
});

describe('which audience a class page shows', () => {
  const available = ['primary-upper', 'junior'] as const;
  it('takes ?for= when the topic has it', () => expect(chooseAudience([...available], 'junior', 'primary-upper')).toBe('junior'));
  it('else the remembered choice', () => expect(chooseAudience([...available], null, 'junior')).toBe('junior'));
  it('else the youngest', () => expect(chooseAudience([...available], 'adult', 'adult')).toBe('primary-upper'));
  it('never a prototype name', () => expect(chooseAudience([...available], 'toString', '__proto__')).toBe('primary-upper'));
  it('lists a topic’s audiences youngest first', () =>
    expect(
      audiencesOf(
        [
          { topic: 'gas', audience: 'adult' },
          { topic: 'gas', audience: 'primary-lower' },
          { topic: 'ebike', audience: 'junior' },
        ],
        'gas',
      ),
    ).toEqual(['primary-lower', 'adult']));
});

describe('the deck a lesson makes', () => {
  it('title, each step, the case after the first step, cards and questions after their step, the rest at the end, home, QR', () => {
    const deck = lessonDeck({ case: 'fire-2024', steps: [step(10), step(20, ['q2'], 2), step(10, ['q1'])], quiz: ['q1', 'q2', 'q3'] });
    expect(deck).toEqual([
      { kind: 'title' },
      { kind: 'step', step: 0 },
      { kind: 'case', step: 0, case: 'fire-2024' },
      { kind: 'step', step: 1 },
      { kind: 'card', step: 1, card: 0 },
      { kind: 'card', step: 1, card: 1 },
      { kind: 'question', step: 1, question: 'q2' },
      { kind: 'step', step: 2 },
      { kind: 'question', step: 2, question: 'q1' },
      { kind: 'question', step: undefined, question: 'q3' },
      { kind: 'home' },
      { kind: 'qr' },
    ]);
  });

  it('shows each question once, and no case slide without a case', () => {
    const deck = lessonDeck({ steps: [step(20, ['q1']), step(20, ['q1'])], quiz: ['q1'] });
    expect(deck.filter((item) => item.kind === 'question')).toHaveLength(1);
    expect(deck.some((item) => item.kind === 'case')).toBe(false);
  });

  it('times each step from the start of the lesson', () => {
    expect(stepTimes([{ minutes: 4 }, { minutes: 10 }, { minutes: 26 }])).toEqual([
      { from: 1, to: 4 },
      { from: 5, to: 14 },
      { from: 15, to: 40 },
    ]);
  });

  it('reads a picture reference', () => {
    expect(parsePicture('scene/stairwell')).toEqual({ kind: 'scene', id: 'stairwell' });
  });
});
