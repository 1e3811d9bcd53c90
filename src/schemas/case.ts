import { z } from 'astro/zod';
import { isoDateSchema, slugSchema, textSchema } from './common.ts';
import { sourcesSchema } from './source.ts';

/**
 * A real accident, or a drill that saved lives (content/cases/<slug>.mdx), told from an official
 * investigation report or official release. The MDX body tells what happened and why people died or
 * survived; the frontmatter holds the parts that lists, cards and slides reuse.
 */
export const caseSchema = z.strictObject({
  /** Short title, e.g. 某市某小区电动自行车火灾. */
  title: textSchema,
  /** Date of the accident, YYYY-MM-DD. */
  date: isoDateSchema,
  /** Where: province and city or district; no private addresses. */
  place: textSchema,
  /** `lesson` for an accident, `positive` for a drill or a clear passage that saved lives. */
  kind: z.enum(['lesson', 'positive']).default('lesson'),
  /** Official casualty figures as the report gives them. */
  casualties: z.strictObject({
    deaths: z.number().int().min(0),
    injuries: z.number().int().min(0).optional(),
    /** Anything the report adds, e.g. 直接经济损失 or how many got out. */
    note: textSchema.optional(),
  }),
  /** One sentence for cards: what happened and the lesson. */
  summary: textSchema.max(120),
  /** The direct cause as the report states it. */
  cause: textSchema,
  /** Rules that were broken, each with its article or clause. */
  rules: z.array(z.strictObject({ cite: textSchema, says: textSchema })).default([]),
  /** The actions that would have changed the outcome (or that did, for positive cases). */
  lessons: z.array(textSchema).min(1),
  /** Topics this case teaches (ids in content/topics/). */
  topics: z.array(slugSchema).min(1),
  /** Signs that matter in this case (ids in content/signs/). */
  signs: z.array(slugSchema).default([]),
  /** The official report or release first, then any other sources. */
  sources: sourcesSchema,
});

export type CaseData = z.infer<typeof caseSchema>;
