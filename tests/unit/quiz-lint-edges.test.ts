// The quiz rules (src/lib/quiz-lint.ts) called directly, beyond quiz-lint.test.ts: lengths and
// similarity at their edges, which pairs are compared, what the messages tell an editor, and the two ways
// a sign picture's text alternative can give the answer away.
import { describe, expect, it } from 'vitest';
import {
  findQuizProblems,
  keyIsStrictlyLongest,
  normaliseQuestion,
  questionClaim,
  questionSimilarity,
  signAltLeak,
  similarQuestions,
  textLength,
  type QuizEntry,
} from '../../src/lib/quiz-lint.ts';
import { questionSchema, type QuestionData } from '../../src/schemas/quiz.ts';

const source = { title: '测试来源', publisher: '测试机关', year: 2021, kind: 'law', clause: '第一条' };

function choice(id: string, question: string, options: string[], answer: 'A' | 'B' | 'C' | 'D', extra: Record<string, unknown> = {}): QuizEntry {
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
    ...extra,
  });
  return { id, filePath: 'quiz/fire.yaml', data };
}

function trueFalse(id: string, question: string, answer: boolean): QuizEntry {
  const data = questionSchema.parse({ id, topic: 'fire', section: 'smoke', type: 'truefalse', question, answer, explanation: '解析。', sources: [source] });
  return { id, filePath: 'quiz/fire.yaml', data };
}

describe('lengths and likeness', () => {
  it('length is counted in characters, spaces left out', () => {
    expect(textLength('湿 毛巾\t捂住')).toBe(5);
    expect(textLength('   ')).toBe(0);
    expect(textLength('𠀀𠀀')).toBe(2);
  });

  it('a key as long as another option is not strictly the longest; a true/false question has no key to measure', () => {
    expect(keyIsStrictlyLongest(choice('a', '问？', ['一二', '三四', '五', '六'], 'A').data)).toBe(false);
    expect(keyIsStrictlyLongest(choice('a', '问？', ['一二三', '三四', '五', '六'], 'A').data)).toBe(true);
    expect(keyIsStrictlyLongest(trueFalse('b', '着火时要坐电梯逃生。', false).data)).toBe(false);
  });

  it('normalised text has no spaces, punctuation or capitals, and full-width letters are plain', () => {
    expect(normaliseQuestion('ＧＢ 17761，“消防”！')).toBe('gb17761消防');
  });

  it('similarity counts shared pairs of characters over all pairs', () => {
    expect(questionSimilarity('燃气泄漏', '燃气泄漏了')).toBeCloseTo(6 / 7, 10);
    expect(questionSimilarity('火灾', '水灾')).toBe(0);
    expect(questionSimilarity('火', '水')).toBe(0);
  });

  it('the same text is 1, even when it is too short to have a pair', () => {
    expect(questionSimilarity('火', '火')).toBe(1);
    expect(questionSimilarity('火！', '火')).toBe(1);
  });

  it('a choice question’s claim is the question and its right option; a true/false one is its statement', () => {
    expect(questionClaim(choice('a', '着火了先做什么？', ['报警', '逃生', '拿东西', '坐电梯'], 'B').data)).toBe('着火了先做什么？逃生');
    expect(questionClaim(trueFalse('b', '着火时要坐电梯逃生。', false).data)).toBe('着火时要坐电梯逃生。');
  });
});

describe('which pairs are compared', () => {
  const text = '看到这个标志应该怎么做？';
  const options = ['从这里出去', '在这里等', '绕开走', '停下来'];

  it('a sign question and a question without a sign, asking the same words, are the same question', () => {
    const pairs = similarQuestions([choice('a', text, options, 'A', { sign: 'exit', signAlt: '绿色方块' }), choice('b', text, options, 'A')]);
    expect(pairs.map((pair) => [pair.a.id, pair.b.id, pair.similarity])).toEqual([['a', 'b', 1]]);
  });

  it('the same words under the same sign are the same question', () => {
    expect(similarQuestions([choice('a', text, options, 'A', { sign: 'exit' }), choice('b', text, options, 'A', { sign: 'exit' })])).toHaveLength(1);
  });

  it('a pair exactly at the threshold counts', () => {
    const a = choice('a', '燃气泄漏时先做什么？', ['关阀门', '开灯', '打电话', '开抽油烟机'], 'A');
    const b = choice('b', '燃气泄漏了应该先怎么办？', ['关阀门', '开灯', '打电话', '开抽油烟机'], 'A');
    const score = questionSimilarity(questionClaim(a.data), questionClaim(b.data));
    expect(similarQuestions([a, b], score)).toHaveLength(1);
    expect(similarQuestions([a, b], score + 0.001)).toHaveLength(0);
  });
});

describe('what the problems tell an editor', () => {
  it('the same question: 相同, in both languages, naming the earlier one', () => {
    const problems = findQuizProblems([trueFalse('fire-001', '着火时要坐电梯逃生。', false), trueFalse('fire-002', '着火时，要坐电梯逃生！', false)]);
    expect(problems).toEqual([
      {
        file: 'quiz/fire.yaml',
        field: 'fire-002.question',
        message: '和 fire-001（quiz/fire.yaml）的题目相同，请删去一道或改问别的 (same question as fire-001)',
      },
    ]);
  });

  it('nearly the same question: its similarity, to two decimals', () => {
    const a = trueFalse('fire-001', '燃气泄漏时不能开灯。', true);
    const b = trueFalse('fire-002', '燃气泄漏时不能开灯和开抽油烟机。', true);
    const similarity = questionSimilarity(a.data.question, b.data.question).toFixed(2);
    expect(findQuizProblems([a, b])).toEqual([
      {
        file: 'quiz/fire.yaml',
        field: 'fire-002.question',
        message: `和 fire-001（quiz/fire.yaml）的题目几乎一样（相似度 ${similarity}），请删去一道或改问别的 (nearly the same question as fire-001, similarity ${similarity})`,
      },
    ]);
  });

  it('too many longest keys: how many of how many, the share as a percentage, and the most allowed', () => {
    const entries = [
      choice('q1', '第一题问什么？', ['最长的正确答案', '短', '短一', '短二'], 'A'),
      choice('q2', '第二题问什么？', ['最长的正确答案', '短', '短一', '短二'], 'A'),
      choice('q3', '第三题问什么事？', ['一样长', '一样长的', '短', '短一'], 'A'),
    ];
    const [problem] = findQuizProblems(entries);
    expect(problem?.field).toBe('q1, q2');
    expect(problem?.message).toBe(
      '3 道选择题中有 2 道的正确答案是最长的选项（67%），最多 0 道；请缩短正确答案或加长错误选项，让长短不泄露答案 ' +
        '(the keyed option is strictly the longest in 2 of 3 choice questions, 67%; at most 30% allowed)',
    );
  });

  it('a sign question without a text alternative is asked for one, in both languages', () => {
    const [problem] = findQuizProblems([choice('s1', '这个标志是什么意思？', ['安全出口', '禁止通行', '当心火灾', '灭火器'], 'A', { sign: 'exit' })]);
    expect(problem).toEqual({
      file: 'quiz/fire.yaml',
      field: 's1.signAlt',
      message:
        '识标题要写 signAlt：说出标志的形状、颜色和图案，但不说名称和答案 (a sign question needs signAlt: shape, colour and pictogram, without the name or the answer)',
    });
  });

  it('a text alternative naming the sign is stopped when the names of the signs are given', () => {
    const entry = choice('s1', '看到这个标志应该怎么做？', ['出去', '等着', '绕开', '停下'], 'A', { sign: 'exit', signAlt: '安全出口标志，绿色方块。' });
    expect(findQuizProblems([entry], [{ id: 'exit', name: '安全出口' }]).map((problem) => problem.field)).toEqual(['s1.signAlt']);
    expect(findQuizProblems([entry])).toEqual([]);
  });
});

describe('what a sign picture’s text alternative gives away', () => {
  const question: QuestionData = choice('s1', '这个标志是什么意思？', ['安全出口', '禁止通行', '当心火灾', '灭火器'], 'A', { sign: 'exit' }).data;

  it('the right option, when it says it', () => {
    expect(signAltLeak(question, '绿色方块，写着“安全出口”。', undefined)).toBe('安全出口');
    expect(signAltLeak(question, '绿色方块，白色小人跑向一扇门。', undefined)).toBeUndefined();
  });

  it('the sign’s name, unless the question says it already', () => {
    const asked: QuestionData = choice('s2', '看到这个标志应该怎么做？', ['从这里出去', '在这里等', '绕开走', '停下来'], 'A', { sign: 'exit' }).data;
    expect(signAltLeak(asked, '安全出口标志：绿色方块。', '安全出口')).toBe('安全出口');
    expect(signAltLeak(asked, '绿色方块。', '安全出口')).toBeUndefined();
    const says: QuestionData = choice('s3', '地上写着“安全出口”的标志，箭头通向哪里？', ['楼外', '电梯', '楼顶', '仓库'], 'A', { sign: 'exit' }).data;
    expect(signAltLeak(says, '地面上的绿色箭头，写着安全出口。', '安全出口')).toBeUndefined();
  });

  it('a true/false question has no option to give away, only the name', () => {
    const statement = trueFalse('t1', '这个标志表示可以从这里出去。', true).data;
    expect(signAltLeak(statement, '绿色方块，白色小人。', '安全出口')).toBeUndefined();
    expect(signAltLeak(statement, '安全出口：绿色方块。', '安全出口')).toBe('安全出口');
  });
});
