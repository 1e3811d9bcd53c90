// YAML for content files (src/lib/validator/yaml.ts): strict YAML 1.2, dates kept as written, and every
// value's place in the file, so a problem is reported at its line and column; syntax errors in plain words.
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/lib/validator/yaml.ts';

function parsed(text: string, firstLine?: number) {
  const result = parseYamlText(text, 'content/x.yaml', firstLine);
  if ('problems' in result) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.yaml;
}
function problem(text: string, firstLine?: number) {
  const result = parseYamlText(text, 'content/x.yaml', firstLine);
  if (!('problems' in result)) throw new Error('expected a problem');
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!;
}

describe('reading YAML', () => {
  it('gives plain data, with dates kept as the text that was written', () => {
    expect(parsed('date: 2024-02-30\nyes: yes\nn: 010\nlist: [a, 1, true, null]\n').value).toEqual({
      date: '2024-02-30',
      yes: 'yes',
      n: 10,
      list: ['a', 1, true, null],
    });
  });

  it('finds a field’s line and column, in a mapping or in a list', () => {
    const yaml = parsed('title: 燃气\nkeyActions:\n  - text: 关阀\n  - text: 开窗\n    why: 通风\n');
    expect(yaml.locate([])).toEqual({ line: 1, column: 1 });
    expect(yaml.locate(['title'])).toEqual({ line: 1, column: 8 });
    expect(yaml.locate(['keyActions', 1, 'why'])).toEqual({ line: 5, column: 10 });
    expect(yaml.locate(['keyActions', '1', 'text'])).toEqual({ line: 3, column: 3 });
  });

  it('for a field that is not there, gives the nearest part that is', () => {
    const yaml = parsed('title: 燃气\nkeyActions:\n  - text: 关阀\n');
    expect(yaml.locate(['keyActions', 0, 'why'])).toEqual({ line: 3, column: 5 });
    expect(yaml.locate(['keyActions', 5])).toEqual({ line: 3, column: 3 });
    expect(yaml.locate(['title', 'x'])).toEqual({ line: 1, column: 8 });
    expect(yaml.locate(['sources'])).toEqual({ line: 1, column: 1 });
  });

  it('a field written without a value is placed where the value would go, or at its key', () => {
    expect(parsed('title:\nsummary: 甲\n').locate(['title'])).toEqual({ line: 1, column: 7 });
    expect(parsed('{ title, b: 1 }\n').locate(['title'])).toEqual({ line: 1, column: 3 });
  });

  it('counts lines from where the YAML starts in its file (after an MDX file’s ---)', () => {
    expect(parsed('title: 燃气\nsummary: 甲\n', 2).locate(['summary'])).toEqual({ line: 3, column: 10 });
    expect(problem('a: 1\nb: [\n', 2)).toMatchObject({ line: 3 });
  });

  it('an empty document has no place to point at', () => {
    expect(parsed('').value).toBeNull();
  });
});

describe('YAML mistakes, where they are, in plain words', () => {
  it('the same field twice', () => {
    expect(problem('name: 甲\nname: 乙\n')).toEqual({
      file: 'content/x.yaml',
      field: '(file)',
      line: 2,
      column: 1,
      message: expect.stringMatching(/^YAML 格式错误 \(YAML syntax error\): 同一个字段写了两次 \(duplicate key; [^\n]*\)$/),
    });
  });

  it('a tab used for indentation', () => {
    expect(problem('groups:\n\t- a\n').message).toMatch(/缩进请用空格，不要用 Tab 键/);
  });

  it('bad indentation or a missing colon', () => {
    expect(problem('a:\n  b: 1\n c: 2\n').message).toMatch(
      /^YAML 格式错误 \(YAML syntax error\): 缩进或符号不对，检查这一行和上一行的空格、冒号和括号 \([^\n]+\)$/,
    );
  });

  it('a YAML tag', () => {
    expect(problem('a: !!js/function "f"\n').message).toMatch(/不支持 YAML 标签（! 开头的写法） \(unsupported tag; /);
  });

  it('an unclosed double or single quote, where it opens', () => {
    expect(problem('a: 1\nb: "甲\nc: 2\n')).toMatchObject({ line: 2, column: 4, message: expect.stringMatching(/引号没有配对：这里的 " 后面没有结束的 "/) });
    expect(problem("a: 1\nb: '甲\n")).toMatchObject({ line: 2, column: 4, message: expect.stringMatching(/这里的 ' 后面没有结束的 '/) });
    expect(problem('a: "甲\\"\n').message).toMatch(/引号没有配对/);
  });

  it('an unclosed bracket or brace, where it opens', () => {
    expect(problem('a: 1\nb: [1, 2\n')).toMatchObject({ line: 2, column: 4, message: expect.stringMatching(/括号没有配对：这里的 \[ 后面没有结束的 \]/) });
    expect(problem('a: { x: 1\n')).toMatchObject({ line: 1, column: 4, message: expect.stringMatching(/这里的 \{ 后面没有结束的 \}/) });
  });

  it('a quote closed properly does not count as unclosed', () => {
    expect(problem('a: "甲\\\\"\nb: "乙"\na: 1\n').message).toMatch(/写了两次/);
  });

  it('any other mistake in the parser’s own words, without its line and column', () => {
    const { message } = problem('a: 1\n---\nb: 2\n');
    expect(message).toMatch(/^YAML 格式错误 \(YAML syntax error\): /);
    expect(message).not.toMatch(/at line \d+, column \d+/);
  });

  it('too many aliases (a “billion laughs”) is refused', () => {
    const text = [
      'a: &a [x, x]',
      ...Array.from({ length: 9 }, (_, index) => `${'bcdefghij'[index]}: &${'bcdefghij'[index]} [*${'abcdefghij'[index]}, *${'abcdefghij'[index]}]`),
    ].join('\n');
    expect(problem(text)).toMatchObject({ field: '(file)', line: 1, message: expect.stringMatching(/^YAML 格式错误 \(YAML syntax error\): /) });
    expect(problem(text, 2)).toMatchObject({ line: 2 });
  });
});
