import { describe, expect, it } from 'vitest';
import {
  drawQuestions,
  emptyProgress,
  isCorrect,
  isQuizProgress,
  QUIZ_MODES,
  readQuizLink,
  recordAnswer,
  RIGHTS_TO_CLEAR,
  score,
  seededRandom,
  shuffle,
  type BankQuestion,
} from '../../src/lib/quiz.ts';
import { answerText, toBankQuestion, TRUE_FALSE_OPTIONS } from '../../src/lib/quiz-bank.ts';

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
    for (const bad of [
      null,
      'x',
      42,
      [],
      {},
      { version: 2 },
      { ...emptyProgress(), mistakes: { a: { misses: 'many' } } },
      { ...emptyProgress(), learned: { gas: 'g1' } },
    ]) {
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
    const data = {
      id: 't',
      topic: 'gas',
      section: 'leak',
      type: 'truefalse' as const,
      question: '可以用打火机试漏。',
      answer: false,
      explanation: '不行。',
      sources,
    };
    expect(toBankQuestion('t', data)).toMatchObject({ o: ['正确', '错误'], a: 1, tf: true });
    expect(answerText(data)).toBe('错误');
  });
});

describe('a shared seed gives the same questions on every device, in every release', () => {
  // A teacher writes the seed on the board (/quiz/?seed=class-3); pupils' phones must draw the same set,
  // today and after the site is updated. These numbers are the draw: changing them breaks shared links.
  it('the random numbers of a seed are fixed', () => {
    const random = seededRandom('class-3');
    expect([random(), random(), random()]).toEqual([0.6878668155986816, 0.5225115846842527, 0.7339723797049373]);
    const empty = seededRandom('');
    expect([empty(), empty()]).toEqual([0.26642920868471265, 0.0003297457005828619]);
  });

  it('the questions drawn for a seed are fixed', () => {
    const small = ['gas', 'ebike', 'drowning'].flatMap((topic) => [0, 1, 2].map((index) => question(`${topic}-${index}`, topic)));
    expect(drawQuestions(small, 5, 'class-3').map((q) => q.id)).toEqual(['ebike-0', 'drowning-1', 'gas-2', 'ebike-2', 'drowning-2']);
  });

  it('a shuffle is fixed by its random numbers, and leaves the list it was given alone', () => {
    const items = [1, 2, 3, 4, 5];
    expect(shuffle(items, seededRandom('x'))).toEqual([5, 3, 2, 4, 1]);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(shuffle([], seededRandom('x'))).toEqual([]);
  });

  it('a shuffle can put any item anywhere, the first one included', () => {
    const firsts = new Set(Array.from({ length: 50 }, (_, index) => shuffle([1, 2, 3], seededRandom(String(index)))[0]));
    expect([...firsts].sort()).toEqual([1, 2, 3]);
    const lasts = new Set(Array.from({ length: 50 }, (_, index) => shuffle([1, 2, 3], seededRandom(String(index)))[2]));
    expect([...lasts].sort()).toEqual([1, 2, 3]);
  });

  it('draws in turn from each topic, so a short set still covers the topics', () => {
    const uneven = [...Array.from({ length: 6 }, (_, index) => question(`gas-${index}`, 'gas')), question('ebike-0', 'ebike')];
    for (const seed of ['a', 'b', 'c']) expect(new Set(drawQuestions(uneven, 2, seed).map((q) => q.t))).toEqual(new Set(['gas', 'ebike']));
    expect(drawQuestions(uneven, 7, 'a')).toHaveLength(7);
    expect(drawQuestions(uneven, 0, 'a')).toEqual([]);
  });
});

describe('more on scoring and the mistakes book', () => {
  it('no answers: nothing right, nothing wrong', () => {
    expect(score([])).toEqual({ correct: 0, total: 0, byTopic: [], mistakes: [] });
  });

  it('a right answer is the option the bank marks right', () => {
    const q = question('g1', 'gas', 2);
    expect(isCorrect({ question: q, chosen: 2 })).toBe(true);
    expect(isCorrect({ question: q, chosen: 0 })).toBe(false);
    expect(score([{ question: q, chosen: 0 }]).byTopic).toEqual([{ topic: 'gas', correct: 0, total: 1 }]);
  });

  it('two right answers in a row clear a question: RIGHTS_TO_CLEAR', () => {
    expect(RIGHTS_TO_CLEAR).toBe(2);
    expect(recordAnswer({ q1: { misses: 3, rights: 1 } }, 'q1', true)).toEqual({});
    expect(recordAnswer({ q1: { misses: 3, rights: 0 }, q2: { misses: 1, rights: 0 } }, 'q1', true)).toEqual({
      q1: { misses: 3, rights: 1 },
      q2: { misses: 1, rights: 0 },
    });
  });

  it('starts with nothing saved', () => {
    expect(emptyProgress()).toEqual({ version: 1, mistakes: {}, learned: {}, name: '' });
    expect(emptyProgress()).not.toBe(emptyProgress());
  });

  it('rejects saved progress with any part of the wrong shape', () => {
    const good = { version: 1, name: '小明', mistakes: { a: { misses: 2, rights: 1 } }, learned: { gas: ['g1'] } };
    for (const bad of [
      { ...good, version: undefined },
      { ...good, name: 3 },
      { ...good, mistakes: null },
      { ...good, mistakes: [] },
      { ...good, mistakes: { a: null } },
      { ...good, mistakes: { a: [] } },
      { ...good, mistakes: { a: { misses: 1.5, rights: 0 } } },
      { ...good, mistakes: { a: { misses: 1, rights: '0' } } },
      { ...good, learned: [] },
      { ...good, learned: { gas: [1] } },
      { ...good, learned: undefined },
    ]) {
      expect(isQuizProgress(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(isQuizProgress(good)).toBe(true);
  });
});

describe('more of the bank the browser loads', () => {
  const sources = [{ title: '《消防法》', publisher: '全国人大常委会', year: 2021, kind: 'law' as const }];
  const choice = {
    id: 'gas-002',
    topic: 'gas',
    section: 'leak',
    type: 'choice' as const,
    question: '闻到燃气味先做什么？',
    options: ['开灯', '关阀开窗', '打电话', '点火'],
    answer: 'D' as const,
    explanation: '先关阀开窗。',
    sources,
  };

  it('a choice question keeps every field, its options as a copy, and its sign when it has one', () => {
    const bank = toBankQuestion('gas-002', { ...choice, sign: 'no-fire', signAlt: '红色圆圈里一根火柴' });
    expect(bank).toEqual({
      id: 'gas-002',
      t: 'gas',
      s: 'leak',
      q: '闻到燃气味先做什么？',
      o: ['开灯', '关阀开窗', '打电话', '点火'],
      a: 3,
      e: '先关阀开窗。',
      src: '《消防法》',
      g: 'no-fire',
      ga: '红色圆圈里一根火柴',
    });
    expect(bank.o).not.toBe(choice.options);
    expect(answerText(choice)).toBe('D. 点火');
  });

  it('a question without a sign or a source carries neither', () => {
    const bank = toBankQuestion('gas-002', { ...choice, sources: [] as unknown as typeof sources });
    expect(bank.src).toBe('');
    expect(bank).not.toHaveProperty('g');
    expect(bank).not.toHaveProperty('ga');
    expect(bank).not.toHaveProperty('tf');
  });

  it('a true statement is option 0, 正确', () => {
    const data = {
      id: 't',
      topic: 'gas',
      section: 'leak',
      type: 'truefalse' as const,
      question: '要装燃气报警器。',
      answer: true,
      explanation: '对。',
      sources,
    };
    expect(toBankQuestion('t', data)).toMatchObject({ o: TRUE_FALSE_OPTIONS, a: 0, tf: true });
    expect(answerText(data)).toBe('正确');
    expect(TRUE_FALSE_OPTIONS).toEqual(['正确', '错误']);
  });
});

describe('the quiz address (?mode=&topic=&seed=)', () => {
  const topics = ['all', 'gas', 'fire'];

  it('starts a known mode with an offered topic and the seed', () => {
    expect(readQuizLink('?mode=challenge&topic=gas&seed=class-3', topics)).toEqual({ mode: 'challenge', topic: 'gas', seed: 'class-3' });
    for (const mode of QUIZ_MODES) expect(readQuizLink(`?mode=${mode}`, topics)).toEqual({ mode, topic: undefined, seed: undefined });
  });

  it('starts nothing for an unknown mode, including names an object inherits', () => {
    for (const mode of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'Practice', 'practice ', '', 'modes']) {
      expect(readQuizLink(`?mode=${encodeURIComponent(mode)}&topic=gas`, topics), mode).toBeUndefined();
    }
    expect(readQuizLink('', topics)).toBeUndefined();
    expect(readQuizLink('?topic=gas&seed=1', topics)).toBeUndefined();
  });

  it('drops a topic the page does not offer, so the chooser’s topic is used', () => {
    for (const topic of ['toString', '__proto__', '../signs', 'gas.json', 'nope']) {
      expect(readQuizLink(`?mode=practice&topic=${encodeURIComponent(topic)}`, topics)?.topic, topic).toBeUndefined();
    }
  });
});
