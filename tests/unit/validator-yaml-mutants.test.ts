// More of the YAML reading for content files (src/lib/validator/yaml.ts), at its edges: the cases
// yaml-positions.test.ts does not reach, found by mutation testing. An editor who gets the wrong line, or
// the wrong explanation, for a YAML mistake cannot fix it.
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/lib/validator/yaml.ts';

function problem(text: string) {
  const result = parseYamlText(text, 'content/x.yaml');
  if (!('problems' in result)) throw new Error('expected a problem');
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!;
}
const INDENT_OR_SIGN = /^YAML 格式错误 \(YAML syntax error\): 缩进或符号不对，检查这一行和上一行的空格、冒号和括号 \(/;

describe('each common mistake gets its plain-words explanation', () => {
  it('a line without its colon', () => {
    expect(problem('title: 燃气\nsummary\n')).toMatchObject({ line: 2, column: 1, message: expect.stringMatching(INDENT_OR_SIGN) });
  });

  it('text after a closing quote', () => {
    expect(problem('title: "燃气"安全\n')).toMatchObject({ line: 1, column: 12, message: expect.stringMatching(INDENT_OR_SIGN) });
  });

  it('items of one mapping that do not start at the same column', () => {
    expect(problem('a:\n  - b\n  c: 1\n')).toMatchObject({ line: 3, message: expect.stringMatching(INDENT_OR_SIGN) });
  });

  it('a key split over two lines inside [ ] (strict YAML 1.2)', () => {
    expect(problem('[ a\n b: 1 ]\n')).toMatchObject({
      line: 1,
      column: 3,
      message: expect.stringMatching(/^YAML 格式错误 \(YAML syntax error\): Implicit keys /),
    });
  });

  it('other mistakes keep the parser’s words alone', () => {
    expect(problem('a: b: c\n').message).toBe('YAML 格式错误 (YAML syntax error): Nested mappings are not allowed in compact mappings');
  });
});

describe('quotes and brackets left open', () => {
  it('an empty quoted text "" is closed: the mistake is elsewhere', () => {
    expect(problem('a: ""\nb: [1\n')).toMatchObject({ line: 2, column: 4, message: expect.stringMatching(/括号没有配对/) });
  });

  it('an escaped quote inside a closed text does not leave it open', () => {
    expect(problem('a: "甲\\"乙"\nb: [1\n')).toMatchObject({ line: 2, column: 4, message: expect.stringMatching(/括号没有配对/) });
  });

  it("a backslash does not escape a single quote, so '甲\\' is closed", () => {
    expect(problem("a: '甲\\'\nb: [1\n")).toMatchObject({ line: 2, column: 4, message: expect.stringMatching(/括号没有配对/) });
  });

  it('a bracket that is closed is not blamed for a later mistake', () => {
    expect(problem('a: [1, 2]\nname: 甲\nname: 乙\n')).toMatchObject({ line: 3, column: 1, message: expect.stringMatching(/写了两次/) });
    expect(problem('a: { x: 1 }\nb: "x\n')).toMatchObject({ line: 2, column: 4, message: expect.stringMatching(/引号没有配对/) });
  });

  it('only the first thing left open is named, even when more are open inside it', () => {
    expect(problem('a: [1, "x\n')).toMatchObject({ line: 1, column: 4, message: expect.stringMatching(/括号没有配对：这里的 \[/) });
    expect(problem('a: "x\nb: [1\n')).toMatchObject({ line: 1, column: 4, message: expect.stringMatching(/引号没有配对/) });
  });

  it('a quote or bracket left open at the very start of the file', () => {
    expect(problem('"a\n')).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/引号没有配对：这里的 " 后面/) });
    expect(problem("'\n")).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/引号没有配对：这里的 ' 后面/) });
    expect(problem('[\n')).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/括号没有配对/) });
  });

  it('a quote opened as the very last character of the file', () => {
    expect(problem('a: "')).toMatchObject({ line: 1, column: 4, message: expect.stringMatching(/引号没有配对/) });
  });

  it('a brace “closed” with the wrong bracket is still open', () => {
    expect(problem('a: {x: 1]\n')).toMatchObject({ line: 1, column: 4, message: expect.stringMatching(/这里的 \{ 后面没有结束的 \}/) });
    expect(problem('a: [1}\n')).toMatchObject({ line: 1, column: 4, message: expect.stringMatching(/这里的 \[ 后面没有结束的 \]/) });
  });

  it('a brace closed as the very last character of the file is closed', () => {
    expect(problem('a: {x: 1, x: 2}')).toMatchObject({ line: 1, column: 11, message: expect.stringMatching(/写了两次/) });
  });

  it('with a second document after it, the bracket left open in the first is the one named', () => {
    expect(problem('a: [1\n---\nb: "x\n')).toMatchObject({ line: 1, column: 4, message: expect.stringMatching(/括号没有配对/) });
  });

  it('a quote opened right where a closed text ends is named as the open quote', () => {
    expect(problem('title: "燃气""安全\n')).toMatchObject({ line: 1, column: 12, message: expect.stringMatching(/引号没有配对/) });
  });

  it('a mistake before the open quote is reported where it is, not at the quote', () => {
    expect(problem('name: 甲\nname: 乙\nc: "x\n')).toMatchObject({ line: 2, column: 1, message: expect.stringMatching(/写了两次/) });
  });
});

describe('anchors and aliases', () => {
  const aliases = (count: number) => `a: &a x\nlist: [${Array(count).fill('*a').join(', ')}]\n`;

  it('an anchor may be used up to 49 times; from 50 the file is refused as a resource attack', () => {
    const result = parseYamlText(aliases(49), 'content/x.yaml');
    expect('yaml' in result && (result.yaml.value as { list: string[] }).list).toHaveLength(49);
    expect(problem(aliases(50))).toMatchObject({ field: '(file)', line: 1, message: expect.stringMatching(/^YAML 格式错误 \(YAML syntax error\): /) });
  });
});

describe('finding a place', () => {
  it('an empty file has no place at all', () => {
    const result = parseYamlText('', 'content/x.yaml');
    if (!('yaml' in result)) throw new Error('an empty file parses');
    expect(result.yaml.locate([])).toBeUndefined();
    expect(result.yaml.locate(['title'])).toBeUndefined();
  });

  it('a key left empty does not stop the other keys being found', () => {
    const result = parseYamlText(': a\nb: 1\n', 'content/x.yaml');
    if (!('yaml' in result)) throw new Error('parses');
    expect(result.yaml.locate(['b'])).toEqual({ line: 2, column: 4 });
  });

  it('keys written as numbers are found by number', () => {
    const result = parseYamlText('1: a\n2: b\n', 'content/x.yaml');
    if (!('yaml' in result)) throw new Error('parses');
    expect(result.yaml.locate([2])).toEqual({ line: 2, column: 4 });
  });
});
