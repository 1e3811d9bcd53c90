import { z } from 'astro/zod';

/**
 * The id of another entry (a topic, sign or case), written as its file name without extension.
 * Whether the entry exists is checked after all collections load (src/lib/integrity.ts), because a
 * schema sees one file at a time.
 */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能用小写字母、数字和连字符 (kebab-case id)');

/** A heading id inside a page, used in links such as /topics/gas/#leak. */
export const sectionIdSchema = slugSchema;

/** True when `text` (YYYY-MM-DD) names a day that exists: 2024-02-29 does, 2023-02-29 and 2024-04-31 do not. */
export function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date written as YYYY-MM-DD, a day that exists on the calendar. Content YAML is read with dates left as
 * the text written (src/lib/validator/yaml.ts), so an impossible date such as 2024-02-30 is rejected here
 * instead of rolling over to 1 March.
 */
export const isoDateSchema = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : '日期应写成 YYYY-MM-DD，例如 2024-06-16 (date must be YYYY-MM-DD)') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应写成 YYYY-MM-DD，例如 2024-06-16 (date must be YYYY-MM-DD)', abort: true })
  .refine(isRealDate, { message: '日历上没有这一天，请核对年、月、日 (not a real calendar date)', abort: true });

/** Text that must not be empty or only white space. */
export const textSchema = z.string().trim().min(1);

/** An alternative text for a picture: what it shows and what it means. */
export const altSchema = z.string().trim().min(4, '图片说明太短：写出画面内容和含义 (alt text too short)');
