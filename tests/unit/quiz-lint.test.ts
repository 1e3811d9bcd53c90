import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import {
  findQuizProblems,
  keyIsStrictlyLongest,
  longestOptionShares,
  MAX_LONGEST_SHARE,
  questionClaim,
  questionSimilarity,
  SIMILARITY_THRESHOLD,
  type QuizEntry,
} from '../../src/lib/quiz-lint.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { questionSchema } from '../../src/schemas/quiz.ts';
import { MUTATION_RUN, PROJECT_ROOT, problemsAfter } from './helpers.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/quiz-lint');
const SIGNS = [{ id: 'exit', name: '安全出口' }];

/** The questions of one bad fixture file, as the content layer would give them. */
function fixture(name: string): QuizEntry[] {
  const file = `tests/fixtures/quiz-lint/${name}`;
  const items = parseYaml(readFileSync(join(PROJECT_ROOT, file), 'utf8'), file) as unknown[];
  return items.map((item) => {
    const data = questionSchema.parse(item);
    return { id: data.id, filePath: file, data };
  });
}

/** A choice question written inline, checked by the same schema as the bank. */
function choiceQuestion(id: string, question: string, options: string[], answer: 'A' | 'B' | 'C' | 'D'): QuizEntry {
  const source = { title: '测试来源', publisher: '测试机关', year: 2021, kind: 'law' };
  const data = questionSchema.parse({
    id,
    topic: 'fire',
    section: 'smoke',
    type: 'choice',
    question,
    options,
    answer,
    explanation: '解析。',
    sources: [source],
  });
  return { id, filePath: 'inline.yaml', data };
}

const fieldsOf = (entries: QuizEntry[]) => findQuizProblems(entries, SIGNS).map((problem) => problem.field);
const duplicatesIn = (entries: QuizEntry[]) => fieldsOf(entries).filter((field) => field.endsWith('.question'));

describe('the right answer must not be the longest option too often', () => {
  it('counts only options strictly longer than every other one', () => {
    const entries = fixture('longest-key.yaml');
    const longest = entries.find((entry) => entry.id === 'long-001');
    const tie = entries.find((entry) => entry.id === 'long-003');
    expect(keyIsStrictlyLongest(longest!.data)).toBe(true);
    expect(keyIsStrictlyLongest(tie!.data)).toBe(false);
  });

  it('counts characters as a reader sees them, not UTF-16 units or spaces', () => {
    const entry = fixture('longest-key.yaml')[0]!;
    const data = { ...entry.data, options: ['𠀀𠀀𠀀', '走 疏 散 楼梯', '跳楼', '电梯'], answer: 'B' } as typeof entry.data;
    expect(keyIsStrictlyLongest(data)).toBe(true);
  });

  it('stops a file where more than 30% of the choice questions key the longest option, naming the file and the questions', () => {
    const problems = findQuizProblems(fixture('longest-key.yaml'), SIGNS);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'tests/fixtures/quiz-lint/longest-key.yaml', field: 'long-001, long-002' }));
    expect(problems[0]?.message).toMatch(/^4 道选择题中有 2 道.*\(the keyed option is strictly the longest in 2 of 4/);
  });

  it('leaves true/false questions out of the share', () => {
    const [row] = longestOptionShares(fixture('longest-key.yaml'));
    expect(row).toMatchObject({ choices: 4, longest: ['long-001', 'long-002'], share: 0.5 });
  });

  it('allows up to 30%: 2 of 7 passes, 1 of 3 does not', () => {
    const [longest, , tie] = fixture('longest-key.yaml');
    const copies = (entry: QuizEntry, count: number) => Array.from({ length: count }, (_, index) => ({ ...entry, id: `${entry.id}-${index}` }));
    // Copies repeat one another; only the length rule's verdict matters here.
    const lengthProblems = (entries: QuizEntry[]) => findQuizProblems(entries).filter((problem) => !problem.field.endsWith('.question'));
    expect(lengthProblems([...copies(longest!, 2), ...copies(tie!, 5)])).toEqual([]);
    expect(lengthProblems([...copies(longest!, 1), ...copies(tie!, 2)])).toHaveLength(1);
    expect(MAX_LONGEST_SHARE).toBe(0.3);
  });

  it.skipIf(MUTATION_RUN)('passes the real bank: no file keys the longest option in more than 30% of its choice questions', () => {
    const { content } = readContent(PROJECT_ROOT);
    for (const row of longestOptionShares(content.quiz)) expect(row.share, row.file).toBeLessThanOrEqual(MAX_LONGEST_SHARE);
  });
});

describe('no two questions ask nearly the same thing', () => {
  it('scores the same text 1 and unrelated texts near 0', () => {
    expect(questionSimilarity('着火时可以坐电梯。', '着火时，可以坐电梯！')).toBe(1);
    expect(questionSimilarity('油锅起火，第一步应该做什么？', '被困电梯里，怎样求救？')).toBeLessThan(0.3);
  });

  it('flags a question asked again in other words, naming the later one and the earlier one', () => {
    const problems = findQuizProblems(fixture('near-duplicates.yaml'), SIGNS);
    const reworded = problems.find((problem) => problem.field === 'dup-002.question');
    expect(reworded?.message).toContain('dup-001');
    const [first, second] = fixture('near-duplicates.yaml');
    expect(questionSimilarity(questionClaim(first!.data), questionClaim(second!.data))).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  it('compares what a question teaches: the same words asking about two different things are apart', () => {
    const heater = choiceQuestion('q-1', '关于燃气热水器，下面哪种做法是对的？', ['装进浴室', '不用直排式', '用满十几年', '自己拆装'], 'B');
    const cylinder = choiceQuestion('q-2', '关于液化气钢瓶，下面哪种做法是对的？', ['躺倒用', '直立放在通风处', '开水烫', '暴晒'], 'B');
    expect(duplicatesIn([heater, cylinder])).toEqual([]);
  });

  it('flags the same question with different punctuation', () => {
    expect(duplicatesIn(fixture('near-duplicates.yaml'))).toContain('dup-004.question');
  });

  it('flags the same question text even when it asks about something else: say what it is about', () => {
    expect(duplicatesIn(fixture('near-duplicates.yaml'))).toContain('dup-008.question');
  });

  it('does not flag the same words under two different signs: the picture is part of the question', () => {
    expect(duplicatesIn(fixture('near-duplicates.yaml'))).not.toContain('dup-006.question');
  });

  it('does not flag different questions about the same thing', () => {
    const entries = fixture('near-duplicates.yaml');
    const other = choiceQuestion('dup-099', '饭店里闻到燃气味，顾客应该怎么做？', ['告诉店员，赶快离开', '自己去后厨找', '打开排风扇', '先吃完饭'], 'A');
    expect(duplicatesIn([entries[0]!, other])).toEqual([]);
  });
});

describe('a sign picture’s text alternative must not give the answer away', () => {
  it('asks for one on every sign question', () => {
    expect(fieldsOf(fixture('sign-alt.yaml'))).toContain('alt-001.signAlt');
  });

  it('stops an alt text that names the sign', () => {
    const problems = findQuizProblems(fixture('sign-alt.yaml'), SIGNS);
    expect(problems.find((problem) => problem.field === 'alt-002.signAlt')?.message).toContain('安全出口');
  });

  it('stops an alt text that contains the right option', () => {
    expect(fieldsOf(fixture('sign-alt.yaml'))).toContain('alt-003.signAlt');
  });

  it('allows words the question already says (a marking whose painted words are in the question)', () => {
    expect(fieldsOf(fixture('sign-alt.yaml'))).not.toContain('alt-004.signAlt');
  });
});

describe('the content check runs the quiz rules', () => {
  it('reports a bad quiz file with its file and question ids', () => {
    const problems = problemsAfter((root) => {
      copyFileSync(join(FIXTURES, 'longest-key.yaml'), join(root, 'content/quiz/longest.yaml'));
      copyFileSync(join(FIXTURES, 'near-duplicates.yaml'), join(root, 'content/quiz/dups.yaml'));
      copyFileSync(join(FIXTURES, 'sign-alt.yaml'), join(root, 'content/quiz/alt.yaml'));
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/quiz/longest.yaml', field: 'long-001, long-002' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/quiz/dups.yaml', field: 'dup-002.question' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/quiz/alt.yaml', field: 'alt-002.signAlt' }));
  });
});
