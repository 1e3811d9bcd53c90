/**
 * Runs a Zod schema over parsed content and turns each issue into a problem a non-programmer can act on:
 * plain Chinese first, the English in brackets, the field path and its line and column in the file.
 * Messages written in the schemas themselves are kept; Zod's own English defaults are replaced.
 */
import type { z } from 'astro/zod';
import type { Problem } from '../integrity.ts';
import type { ParsedYaml } from './yaml.ts';

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '文字 (text)',
  number: '数字 (number)',
  boolean: 'true 或 false (true/false)',
  array: '列表 (list)',
  object: '一组字段 (mapping)',
  date: '日期 (date)',
};

function describeInput(input: unknown): string {
  if (input === null) return '空值 (null)';
  if (Array.isArray(input)) return '列表 (list)';
  return TYPE_NAMES[typeof input] ?? typeof input;
}

/** The message for an issue whose schema gave none: what is wrong and what is expected. */
export function explainIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `缺少这个字段，应填写${expected} (required field is missing)`;
      return `应为${expected}，这里写的是${describeInput(issue.input)} (expected ${issue.expected})`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? '不能为空 (must not be empty)' : `至少${min}个字 (at least ${min} characters)`;
      if (issue.origin === 'array') return `至少要有${min}项 (at least ${min} item(s))`;
      return `不能小于${min} (must be at least ${min})`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `不能超过${max}个字 (at most ${max} characters)`;
      if (issue.origin === 'array') return `最多${max}项 (at most ${max} items)`;
      return `不能大于${max} (must be at most ${max})`;
    }
    case 'invalid_value':
      return `只能是以下之一：${issue.values.map((value) => String(value)).join('、')} (must be one of: ${issue.values.map((value) => String(value)).join(', ')})`;
    case 'invalid_format':
      if (issue.format === 'url') return '网址应以 https:// 或 http:// 开头 (must be an https:// or http:// address)';
      if (issue.format === 'regex') return '写法不对，只能用规定的字符 (wrong format)';
      return `格式不对 (invalid ${issue.format})`;
    case 'unrecognized_keys':
      return '';
    default:
      return `内容不对 (${issue.code})`;
  }
}

/** The field path as the messages show it: `keyActions.0.text`, or `prefix.` before it for list files. */
function pathText(prefix: string, path: readonly PropertyKey[]): string {
  return prefix + path.map(String).join('.');
}

/**
 * Validates `raw` with `schema`. On success returns the parsed data; otherwise pushes one problem per issue
 * (an unknown field is named as its own path) and returns undefined.
 */
export function runSchema<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  options: { file: string; yaml?: ParsedYaml | undefined; yamlPath?: readonly PropertyKey[]; prefix?: string; problems: Problem[] },
): z.infer<S> | undefined {
  const { file, yaml, yamlPath = [], prefix = '', problems } = options;
  const result = schema.safeParse(raw, { error: (issue) => explainIssue(issue as Issue) || undefined });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file,
          field: pathText(prefix, path),
          ...yaml?.locate([...yamlPath, ...path]),
          message: `不认识的字段“${key}”：是不是拼错了，或者放错了位置？(unknown field "${key}": misspelt or in the wrong place?)`,
        });
      }
      continue;
    }
    const field = issue.path.length > 0 ? pathText(prefix, issue.path) : prefix ? prefix.replace(/\.$/, '') : '(file)';
    problems.push({ file, field, ...yaml?.locate([...yamlPath, ...issue.path]), message: issue.message });
  }
  return undefined;
}
