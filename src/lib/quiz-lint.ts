/**
 * Rules that keep the quiz teaching instead of being gamed. A schema sees one question at a time; these
 * rules look at a whole file or the whole bank:
 * - the right option must not give itself away by being the longest (people learn "pick the longest");
 * - no two questions may ask the same thing: the same question text, or nearly the same question and answer
 *   (a repeat teaches nothing and weighs its topic twice);
 * - a sign picture's text alternative must not name the answer (screen-reader users hear it).
 * Pure functions over plain data, so the build (src/lib/integrity.ts) and the unit tests share them.
 */
import { OPTION_LETTERS, type QuestionData } from '../schemas/quiz.ts';

/** A question as the content layer gives it: its id, its file and its data. */
export interface QuizEntry {
  id: string;
  filePath?: string | undefined;
  data: QuestionData;
}

/** One thing wrong, named so an editor can go straight to it (the shape of integrity.ts's Problem). */
export interface QuizProblem {
  file: string;
  field: string;
  message: string;
}

/**
 * At most this share of a file's choice questions may key the strictly longest option. With four options
 * chance is 25%; a little above leaves room for answers that are naturally a few characters longer.
 */
export const MAX_LONGEST_SHARE = 0.3;

/**
 * Two questions whose claims (question plus right answer, see `questionClaim`) have a character-bigram Dice
 * coefficient at or above this teach the same thing. Tuned on the bank as issue 9 found it: the repeats
 * removed then score 0.51–0.77 (e.g. 「饭店使用燃气，按《安全生产法》应当安装什么？」 twice in other words:
 * 0.77); the closest pair of distinct questions left scores 0.46.
 */
export const SIMILARITY_THRESHOLD = 0.5;

/** Length as a reader sees it: characters (code points), ignoring spaces. */
export function textLength(text: string): number {
  return [...text.replace(/\s+/g, '')].length;
}

/** True when the keyed option of a choice question is longer than every other option. */
export function keyIsStrictlyLongest(question: QuestionData): boolean {
  if (question.type !== 'choice') return false;
  const key = OPTION_LETTERS.indexOf(question.answer);
  const lengths = question.options.map(textLength);
  const keyLength = lengths[key] ?? 0;
  return lengths.every((length, index) => index === key || length < keyLength);
}

export interface LongestShare {
  file: string;
  /** Choice questions in the file. */
  choices: number;
  /** Ids of the choice questions whose keyed option is strictly the longest. */
  longest: string[];
  share: number;
}

/** Per quiz file: how often the keyed option is strictly the longest. */
export function longestOptionShares(entries: readonly QuizEntry[]): LongestShare[] {
  const byFile = new Map<string, LongestShare>();
  for (const entry of entries) {
    if (entry.data.type !== 'choice') continue;
    const file = fileOf(entry);
    const row = byFile.get(file) ?? { file, choices: 0, longest: [], share: 0 };
    row.choices += 1;
    if (keyIsStrictlyLongest(entry.data)) row.longest.push(entry.id);
    row.share = row.longest.length / row.choices;
    byFile.set(file, row);
  }
  return [...byFile.values()];
}

/** Question text reduced to what carries meaning: no punctuation, spaces or letter case. */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const counts = new Map<string, number>();
  for (let index = 0; index < chars.length - 1; index += 1) {
    const gram = chars[index]! + chars[index + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Sørensen–Dice coefficient over character bigrams (counted with repeats) of the normalised texts:
 * 1 for the same text, 0 for texts that share no pair of adjacent characters. Bigrams suit Chinese,
 * where a word is usually two characters and there are no spaces to split on.
 */
export function questionSimilarity(a: string, b: string): number {
  const left = normaliseQuestion(a);
  const right = normaliseQuestion(b);
  if (left === right) return 1;
  const gramsA = bigrams(left);
  const gramsB = bigrams(right);
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const count of gramsA.values()) sizeA += count;
  for (const [gram, count] of gramsB) {
    sizeB += count;
    shared += Math.min(count, gramsA.get(gram) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

/**
 * What a question teaches, as text: the question and its right option (a true/false statement is its own
 * claim). Comparing claims rather than bare questions keeps 「下面哪种做法是对的？」 about two different things
 * apart, and catches the same fact asked twice in other words.
 */
export function questionClaim(question: QuestionData): string {
  if (question.type === 'truefalse') return question.question;
  return question.question + (question.options[OPTION_LETTERS.indexOf(question.answer)] ?? '');
}

export interface SimilarPair {
  a: QuizEntry;
  b: QuizEntry;
  /** 1 for the same question text; otherwise the Dice coefficient of the two claims. */
  similarity: number;
}

/** Every pair of questions in the bank that ask the same thing: the same question text, or nearly the same claim. */
export function similarQuestions(entries: readonly QuizEntry[], threshold = SIMILARITY_THRESHOLD): SimilarPair[] {
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < entries.length; i += 1) {
    for (let j = i + 1; j < entries.length; j += 1) {
      const a = entries[i]!;
      const b = entries[j]!;
      // A sign question's picture is part of the question: the same words under two signs ask two things.
      if (a.data.sign && b.data.sign && a.data.sign !== b.data.sign) continue;
      const same = normaliseQuestion(a.data.question) === normaliseQuestion(b.data.question);
      const similarity = same ? 1 : questionSimilarity(questionClaim(a.data), questionClaim(b.data));
      if (similarity >= threshold) pairs.push({ a, b, similarity });
    }
  }
  return pairs;
}

/** What a sign question needs to know about its sign: the name that must not leak into the alt text. */
export interface SignName {
  id: string;
  name: string;
}

/** Every problem the quiz rules find in the bank. `signs` gives the sign names the alt text must not say. */
export function findQuizProblems(entries: readonly QuizEntry[], signs: readonly SignName[] = []): QuizProblem[] {
  const problems: QuizProblem[] = [];

  for (const row of longestOptionShares(entries)) {
    const allowed = Math.floor(row.choices * MAX_LONGEST_SHARE);
    if (row.longest.length > allowed) {
      problems.push({
        file: row.file,
        field: row.longest.join(', '),
        message:
          `${row.choices} 道选择题中有 ${row.longest.length} 道的正确答案是最长的选项（${percent(row.share)}），最多 ${allowed} 道；` +
          `请缩短正确答案或加长错误选项，让长短不泄露答案 ` +
          `(the keyed option is strictly the longest in ${row.longest.length} of ${row.choices} choice questions, ` +
          `${percent(row.share)}; at most ${percent(MAX_LONGEST_SHARE)} allowed)`,
      });
    }
  }

  for (const { a, b, similarity } of similarQuestions(entries)) {
    const same = similarity === 1;
    problems.push({
      file: fileOf(b),
      field: `${b.id}.question`,
      message:
        `和 ${a.id}（${fileOf(a)}）的题目${same ? '相同' : `几乎一样（相似度 ${similarity.toFixed(2)}）`}，请删去一道或改问别的 ` +
        `(${same ? 'same question as' : `nearly the same question as`} ${a.id}${same ? '' : `, similarity ${similarity.toFixed(2)}`})`,
    });
  }

  const signNames = new Map(signs.map((sign) => [sign.id, sign.name]));
  for (const entry of entries) {
    const { data } = entry;
    if (!data.sign) continue;
    const field = `${entry.id}.signAlt`;
    const alt = data.signAlt;
    if (!alt) {
      problems.push({
        file: fileOf(entry),
        field,
        message:
          '识标题要写 signAlt：说出标志的形状、颜色和图案，但不说名称和答案 ' +
          '(a sign question needs signAlt: shape, colour and pictogram, without the name or the answer)',
      });
      continue;
    }
    const leak = signAltLeak(data, alt, signNames.get(data.sign));
    if (leak) {
      problems.push({
        file: fileOf(entry),
        field,
        message: `图片说明说出了“${leak}”，读屏用户会直接听到答案 (the picture's text alternative gives away the answer)`,
      });
    }
  }

  return problems;
}

/**
 * What a sign question's alt text gives away, if anything: the keyed option, or the sign's name when the
 * question itself does not already say it (a road marking whose painted words are in the question is fair).
 */
export function signAltLeak(question: QuestionData, alt: string, signName: string | undefined): string | undefined {
  const heard = normaliseQuestion(alt);
  const says = (text: string) => heard.includes(normaliseQuestion(text));
  if (question.type === 'choice') {
    const key = question.options[OPTION_LETTERS.indexOf(question.answer)] ?? '';
    if (says(key)) return key;
  }
  if (signName && says(signName) && !normaliseQuestion(question.question).includes(normaliseQuestion(signName))) return signName;
  return undefined;
}

function fileOf(entry: QuizEntry): string {
  return entry.filePath ?? entry.id;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
