// What an editor reads when a field breaks its schema (src/lib/validator/schema.ts): plain Chinese first,
// English in brackets, the field's path, and its line and column in the file.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/integrity.ts';
import { explainIssue, runSchema } from '../../src/lib/validator/schema.ts';
import { parseYamlText } from '../../src/lib/validator/yaml.ts';

const schema = z.strictObject({
  title: z.string(),
  order: z.number().int().min(0).max(99),
  tier: z.enum(['core', 'more']),
  tags: z.array(z.string().min(1)).min(2).max(3),
  name: z.string().min(3).max(5),
  short: z.string().min(1),
  ok: z.boolean(),
  when: z.strictObject({ day: z.number() }),
  url: z.url({ protocol: /^https?$/ }),
  id: z.string().regex(/^[a-z]+$/),
  email: z.email(),
  said: z.string().max(2, '最多2个字 (at most 2)'),
  count: z.number().max(3),
  even: z.number().multipleOf(2),
});

const VALID = {
  title: '甲',
  order: 1,
  tier: 'core',
  tags: ['a', 'b'],
  name: '三个字',
  short: 'x',
  ok: true,
  when: { day: 1 },
  url: 'https://example.cn/',
  id: 'abc',
  email: 'a@example.cn',
  said: '好',
  count: 1,
  even: 2,
};

function messagesFor(change: Record<string, unknown>): Record<string, string> {
  const problems: Problem[] = [];
  expect(runSchema(schema, { ...VALID, ...change }, { file: 'x.yaml', problems })).toBeUndefined();
  return Object.fromEntries(problems.map((problem) => [problem.field, problem.message]));
}

describe('a field that breaks its schema', () => {
  it('valid data is returned as parsed, with no problems', () => {
    const problems: Problem[] = [];
    expect(runSchema(schema, VALID, { file: 'x.yaml', problems })).toEqual(VALID);
    expect(problems).toEqual([]);
  });

  it('a missing field, and a value of the wrong type, name what is expected', () => {
    const { title: _title, ...rest } = VALID;
    const problems: Problem[] = [];
    runSchema(schema, rest, { file: 'x.yaml', problems });
    expect(problems).toEqual([{ file: 'x.yaml', field: 'title', message: '缺少这个字段，应填写文字 (text) (required field is missing)' }]);
    expect(messagesFor({ order: '第一', ok: 'yes', tags: 5, when: null, title: ['a'] })).toEqual({
      order: '应为数字 (number)，这里写的是文字 (text) (expected number)',
      ok: '应为true 或 false (true/false)，这里写的是文字 (text) (expected boolean)',
      tags: '应为列表 (list)，这里写的是数字 (number) (expected array)',
      when: '应为一组字段 (mapping)，这里写的是空值 (null) (expected object)',
      title: '应为文字 (text)，这里写的是列表 (list) (expected string)',
    });
    expect(messagesFor({ title: { a: 1 }, ok: 1 })).toEqual({
      title: '应为文字 (text)，这里写的是一组字段 (mapping) (expected string)',
      ok: '应为true 或 false (true/false)，这里写的是数字 (number) (expected boolean)',
    });
    expect(messagesFor({ title: true })).toEqual({ title: '应为文字 (text)，这里写的是true 或 false (true/false) (expected string)' });
  });

  it('too short, too few, too small', () => {
    expect(messagesFor({ short: '', name: '甲', tags: ['a'], order: -1 })).toEqual({
      short: '不能为空 (must not be empty)',
      name: '至少3个字 (at least 3 characters)',
      tags: '至少要有2项 (at least 2 item(s))',
      order: '不能小于0 (must be at least 0)',
    });
  });

  it('too long, too many, too large', () => {
    expect(messagesFor({ name: '一二三四五六', tags: ['a', 'b', 'c', 'd'], order: 100 })).toEqual({
      name: '不能超过5个字 (at most 5 characters)',
      tags: '最多3项 (at most 3 items)',
      order: '不能大于99 (must be at most 99)',
    });
  });

  it('a value that is not one of the choices lists them', () => {
    expect(messagesFor({ tier: 'top' })).toEqual({ tier: '只能是以下之一：core、more (must be one of: core, more)' });
  });

  it('an address, a pattern or another format', () => {
    expect(messagesFor({ url: 'javascript:alert(1)', id: 'ABC', email: 'nobody' })).toEqual({
      url: '网址应以 https:// 或 http:// 开头 (must be an https:// or http:// address)',
      id: '写法不对，只能用规定的字符 (wrong format)',
      email: '格式不对 (invalid email)',
    });
  });

  it('any other fault is named by its code', () => {
    expect(messagesFor({ even: 3 })).toEqual({ even: '内容不对 (not_multiple_of)' });
    expect(messagesFor({ order: 1.5 })).toEqual({ order: '应为int，这里写的是数字 (number) (expected int)' });
  });

  it('keeps a message the schema itself gives', () => {
    expect(messagesFor({ said: '三个字' })).toEqual({ said: '最多2个字 (at most 2)' });
  });

  it('an unknown field is named as its own path, with a hint it may be misspelt', () => {
    expect(messagesFor({ titel: '甲', when: { day: 1, hour: 2 } })).toEqual({
      titel: '不认识的字段“titel”：是不是拼错了，或者放错了位置？(unknown field "titel": misspelt or in the wrong place?)',
      'when.hour': '不认识的字段“hour”：是不是拼错了，或者放错了位置？(unknown field "hour": misspelt or in the wrong place?)',
    });
  });
});

describe('where a problem is', () => {
  const text =
    'title: 甲\norder: 第一\ntier: core\ntags: [a, b]\nname: 三个字\nshort: x\nok: true\nwhen: { day: 1, hour: 2 }\nurl: https://example.cn/\nid: abc\nemail: a@example.cn\nsaid: 好\ncount: 1\neven: 2\n';

  it('each problem carries the line and column of its field', () => {
    const parsed = parseYamlText(text, 'x.yaml');
    if ('problems' in parsed) throw new Error('fixture YAML does not parse');
    const problems: Problem[] = [];
    runSchema(schema, parsed.yaml.value, { file: 'x.yaml', yaml: parsed.yaml, problems });
    expect(problems.map(({ field, line, column }) => ({ field, line, column }))).toEqual([
      { field: 'order', line: 2, column: 8 },
      { field: 'when.hour', line: 8, column: 23 },
    ]);
  });

  it('in a list file, fields are named after the entry’s id and found inside its item', () => {
    const parsed = parseYamlText(`- ${text.replace(/\n(?=.)/g, '\n  ')}`, 'x.yaml');
    if ('problems' in parsed) throw new Error('fixture YAML does not parse');
    const problems: Problem[] = [];
    runSchema(schema, (parsed.yaml.value as unknown[])[0], { file: 'x.yaml', yaml: parsed.yaml, yamlPath: [0], prefix: 'gas-001.', problems });
    expect(problems.map(({ field, line, column }) => ({ field, line, column }))).toEqual([
      { field: 'gas-001.order', line: 2, column: 10 },
      { field: 'gas-001.when.hour', line: 8, column: 25 },
    ]);
  });

  it('a fault of the whole entry is named after the entry, or the file', () => {
    const problems: Problem[] = [];
    runSchema(schema, 'text', { file: 'x.yaml', problems });
    runSchema(schema, 'text', { file: 'x.yaml', prefix: 'gas-001.', problems });
    expect(problems.map((problem) => problem.field)).toEqual(['(file)', 'gas-001']);
    expect(problems[0]!.message).toBe('应为一组字段 (mapping)，这里写的是文字 (text) (expected object)');
  });
});

describe('an unknown field’s message', () => {
  it('has no general message of its own: runSchema names each unknown field by itself', () => {
    expect(explainIssue({ code: 'unrecognized_keys', keys: ['titel'], input: {}, path: [] } as unknown as Parameters<typeof explainIssue>[0])).toBe('');
  });
});
