import { z } from 'astro/zod';

/**
 * The id of another entry (a topic, sign or case), written as its file name without extension.
 * Whether the entry exists is checked after all collections load (src/lib/integrity.ts), because a
 * schema sees one file at a time.
 */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能用小写字母、数字和连字符 (kebab-case id)');

/** A heading id inside a page, used in links such as /topics/gas/#leak. */
export const sectionIdSchema = slugSchema;

/**
 * A date written as YYYY-MM-DD. YAML turns an unquoted date into a Date; either way it is kept as the
 * YYYY-MM-DD string, so it prints exactly as written and compares as text.
 */
export const isoDateSchema = z
  .union([z.date().transform((date) => date.toISOString().slice(0, 10)), z.string()])
  .pipe(z.iso.date('日期格式应为 YYYY-MM-DD (date must be YYYY-MM-DD)'));

/** Text that must not be empty or only white space. */
export const textSchema = z.string().trim().min(1);

/** An alternative text for a picture: what it shows and what it means. */
export const altSchema = z.string().trim().min(4, '图片说明太短：写出画面内容和含义 (alt text too short)');
