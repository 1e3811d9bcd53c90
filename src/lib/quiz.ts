/**
 * The quiz's rules as pure functions: drawing a repeatable set, scoring, and the mistakes book. The
 * island (src/scripts/quiz-app.ts) only renders and stores what these return, so every rule here is
 * unit-tested. This module runs in the browser: it imports nothing (quiz-bank.ts builds the bank).
 */
/** A question as the browser gets it (short keys keep the JSON small on slow networks). */
export interface BankQuestion {
  /** id */
  id: string;
  /** topic id */
  t: string;
  /** section id on the topic page that teaches the answer */
  s: string;
  /** question */
  q: string;
  /** options (true/false questions: 正确, 错误) */
  o: string[];
  /** index of the right option */
  a: number;
  /** explanation */
  e: string;
  /** sign id, for questions that show a sign */
  g?: string;
  /** the sign picture's text alternative: what it looks like, never its name (that would give the answer away) */
  ga?: string;
  /** the first source, as one line */
  src: string;
  /** true for true/false questions */
  tf?: true;
}

/** A small, fast, seedable random number generator (mulberry32): the same seed gives the same draw. */
export function seededRandom(seed: string): () => number {
  let state = 0;
  for (const char of seed) state = (Math.imul(state ^ char.charCodeAt(0), 2654435761) + 0x9e3779b9) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/**
 * Draws `count` different questions. With several topics in the pool they are taken in turn from each
 * topic (in a shuffled order), so a 10-question challenge covers the topics instead of clustering.
 */
export function drawQuestions(pool: readonly BankQuestion[], count: number, seed: string): BankQuestion[] {
  const random = seededRandom(seed);
  const byTopic = new Map<string, BankQuestion[]>();
  for (const question of shuffle(pool, random)) {
    byTopic.set(question.t, [...(byTopic.get(question.t) ?? []), question]);
  }
  const queues = shuffle([...byTopic.values()], random);
  const drawn: BankQuestion[] = [];
  while (drawn.length < count && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && drawn.length < count) drawn.push(next);
    }
  }
  return drawn;
}

export interface Answer {
  question: BankQuestion;
  /** The option the player chose. */
  chosen: number;
}

export const isCorrect = (answer: Answer) => answer.chosen === answer.question.a;

export interface Score {
  correct: number;
  total: number;
  /** Per topic, in the order topics first appear. */
  byTopic: { topic: string; correct: number; total: number }[];
  mistakes: Answer[];
}

export function score(answers: readonly Answer[]): Score {
  const byTopic = new Map<string, { topic: string; correct: number; total: number }>();
  for (const answer of answers) {
    const row = byTopic.get(answer.question.t) ?? { topic: answer.question.t, correct: 0, total: 0 };
    row.total += 1;
    if (isCorrect(answer)) row.correct += 1;
    byTopic.set(answer.question.t, row);
  }
  const mistakes = answers.filter((answer) => !isCorrect(answer));
  return { correct: answers.length - mistakes.length, total: answers.length, byTopic: [...byTopic.values()], mistakes };
}

/** How many right answers in a row take a question out of the mistakes book. */
export const RIGHTS_TO_CLEAR = 2;

/** The mistakes book: for each question answered wrongly, how often it was missed and the current run of right answers. */
export type MistakesBook = Record<string, { misses: number; rights: number }>;

/**
 * Records one answer. A wrong answer puts the question in the book (or resets its run); a right answer
 * to a question in the book counts towards clearing it; after RIGHTS_TO_CLEAR right answers in a row it
 * leaves the book. Returns a new book; the old one is untouched.
 */
export function recordAnswer(book: MistakesBook, questionId: string, correct: boolean): MistakesBook {
  const next = { ...book };
  const entry = next[questionId];
  if (!correct) {
    next[questionId] = { misses: (entry?.misses ?? 0) + 1, rights: 0 };
  } else if (entry) {
    const rights = entry.rights + 1;
    if (rights >= RIGHTS_TO_CLEAR) delete next[questionId];
    else next[questionId] = { ...entry, rights };
  }
  return next;
}

/** What the quiz keeps on the device, under one versioned key. */
export interface QuizProgress {
  version: 1;
  mistakes: MistakesBook;
  /** Per topic, the ids answered right at least once in practice. */
  learned: Record<string, string[]>;
  /** The name typed for the certificate; never leaves the device. */
  name: string;
}

export const emptyProgress = (): QuizProgress => ({ version: 1, mistakes: {}, learned: {}, name: '' });

/** Accepts only data of the right shape: anything else (old versions, corrupt edits) is reset. */
export function isQuizProgress(value: unknown): value is QuizProgress {
  if (!value || typeof value !== 'object') return false;
  const data = value as Partial<QuizProgress>;
  const isRecord = (item: unknown): item is Record<string, unknown> => Boolean(item) && typeof item === 'object' && !Array.isArray(item);
  return (
    data.version === 1 &&
    typeof data.name === 'string' &&
    isRecord(data.mistakes) &&
    Object.values(data.mistakes).every((entry) => isRecord(entry) && Number.isInteger(entry['misses']) && Number.isInteger(entry['rights'])) &&
    isRecord(data.learned) &&
    Object.values(data.learned).every((ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string'))
  );
}

/** The ways to play, in the chooser's order; the first is the default. */
export const QUIZ_MODES = ['practice', 'challenge', 'mistakes', 'signs'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

/** A set asked for in the address: ?mode=challenge&topic=gas&seed=class-3 (teachers, tests). */
export interface QuizLink {
  mode: QuizMode;
  /** One of the topics offered, when the address names one. */
  topic: string | undefined;
  seed: string | undefined;
}

/**
 * Reads the quiz's URL parameters against allow-lists: a mode must be one of QUIZ_MODES and a topic one of
 * `topics` (string comparison, so `?mode=toString` or `?mode=__proto__` never passes as it would an `in` check).
 * Without a known mode there is nothing to start: undefined, and the chooser shows as usual.
 */
export function readQuizLink(search: string, topics: readonly string[]): QuizLink | undefined {
  const params = new URLSearchParams(search);
  const mode = QUIZ_MODES.find((known) => known === params.get('mode'));
  if (!mode) return undefined;
  return { mode, topic: topics.find((known) => known === params.get('topic')), seed: params.get('seed') ?? undefined };
}
