import { describe, expect, it } from 'vitest';
import {
  drawQuestions,
  emptyProgress,
  isQuizProgress,
  recordAnswer,
  score,
  seededRandom,
  type BankQuestion,
} from '../../src/lib/quiz.ts';
import { answerText, toBankQuestion } from '../../src/lib/quiz-bank.ts';

const question = (id: string, topic: string, answer = 0): BankQuestion => ({
  id,
  t: topic,
  s: 'key-actions',
  q: `问题 ${id}`,
  o: ['甲', '乙', '丙', '丁'],
  a: answer,
  e: '解析',
  src: '来源',
});
const pool = ['gas', 'ebike', 'drowning', 'evacuation', 'life-passage'].flatMap((topic) =>
  Array.from({ length: 8 }, (_, index) => question(`${topic}-${index}`, topic)),
);

describe('drawing a set of questions', () => {
  it('gives the same set for the same seed, so a teacher can repeat it', () => {
    expect(drawQuestions(pool, 10, 'class-3').map((q) => q.id)).toEqual(drawQuestions(pool, 10, 'class-3').map((q) => q.id));
  });

  it('gives a different set for another seed', () => {
    expect(drawQuestions(pool, 10, 'a').map((q) => q.id)).not.toEqual(drawQuestions(pool, 10, 'b').map((q) => q.id));
  });

  it('never repeats a question', () => {
    for (const seed of ['1', '2', '3', 'x', 'long seed with 中文']) {
      const ids = drawQuestions(pool, 40, seed).map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(40);
    }
  });

  it('mixes topics: ten questions from five topics take two from each', () => {
    const counts = new Map<string, number>();
    for (const q of drawQuestions(pool, 10, 'mix')) counts.set(q.t, (counts.get(q.t) ?? 0) + 1);
    expect([...counts.values()]).toEqual([2, 2, 2, 2, 2]);
  });

  it('returns what there is when the pool is smaller than asked', () => {
    expect(drawQuestions(pool.slice(0, 3), 10, 's')).toHaveLength(3);
    expect(drawQuestions([], 10, 's')).toEqual([]);
  });

  it('seeded random numbers stay within [0, 1)', () => {
    const random = seededRandom('seed');
    for (let index = 0; index < 1000; index += 1) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('scoring', () => {
  it('counts right answers, per topic, and lists the mistakes', () => {
    const [a, b, c] = [question('g1', 'gas', 1), question('g2', 'gas', 2), question('e1', 'ebike', 0)];
    const result = score([
      { question: a, chosen: 1 },
      { question: b, chosen: 0 },
      { question: c, chosen: 0 },
    ]);
    expect(result.correct).toBe(2);
    expect(result.total).toBe(3);
    expect(result.byTopic).toEqual([
      { topic: 'gas', correct: 1, total: 2 },
      { topic: 'ebike', correct: 1, total: 1 },
    ]);
    expect(result.mistakes.map((answer) => answer.question.id)).toEqual(['g2']);
  });
});

describe('the mistakes book', () => {
  it('keeps a wrongly answered question until it is answered right twice in a row', () => {
    let book = recordAnswer({}, 'q1', false);
    expect(book['q1']).toEqual({ misses: 1, rights: 0 });
    book = recordAnswer(book, 'q1', true);
    expect(book['q1']).toEqual({ misses: 1, rights: 1 });
    book = recordAnswer(book, 'q1', false);
    expect(book['q1']).toEqual({ misses: 2, rights: 0 });
    book = recordAnswer(book, 'q1', true);
    book = recordAnswer(book, 'q1', true);
    expect(book['q1']).toBeUndefined();
  });

  it('ignores right answers to questions that were never missed', () => {
    expect(recordAnswer({}, 'q2', true)).toEqual({});
  });

  it('does not change the book it was given', () => {
    const book = { q1: { misses: 1, rights: 0 } };
    recordAnswer(book, 'q1', true);
    expect(book).toEqual({ q1: { misses: 1, rights: 0 } });
  });
});

describe('saved progress', () => {
  it('accepts what the quiz writes', () => {
    expect(isQuizProgress(emptyProgress())).toBe(true);
    expect(isQuizProgress({ version: 1, name: '小明', mistakes: { a: { misses: 2, rights: 1 } }, learned: { gas: ['g1'] } })).toBe(true);
  });

  it('rejects anything else, so it can be reset', () => {
    for (const bad of [null, 'x', 42, [], {}, { version: 2 }, { ...emptyProgress(), mistakes: { a: { misses: 'many' } } }, { ...emptyProgress(), learned: { gas: 'g1' } }]) {
      expect(isQuizProgress(bad)).toBe(false);
    }
  });
});

describe('the bank the browser loads', () => {
  const sources = [{ title: '《消防法》', publisher: '全国人大常委会', year: 2021, clause: '第二十八条', kind: 'law' as const }];

  it('turns a choice question into compact JSON with the answer as an index', () => {
    const bank = toBankQuestion('gas-001', {
      id: 'gas-001',
      topic: 'gas',
      section: 'leak',
      type: 'choice',
      question: '闻到燃气味先做什么？',
      options: ['开灯', '关阀开窗', '打电话', '点火'],
      answer: 'B',
      explanation: '先关阀开窗。',
      sources,
    });
    expect(bank).toMatchObject({ id: 'gas-001', t: 'gas', s: 'leak', a: 1, src: '《消防法》 第二十八条' });
  });

  it('turns a true/false question into two options', () => {
    const data = { id: 't', topic: 'gas', section: 'leak', type: 'truefalse' as const, question: '可以用打火机试漏。', answer: false, explanation: '不行。', sources };
    expect(toBankQuestion('t', data)).toMatchObject({ o: ['正确', '错误'], a: 1, tf: true });
    expect(answerText(data)).toBe('错误');
  });
});
