import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common.ts';
import { sourcesSchema } from './source.ts';

/**
 * A lesson plan for teachers (content/lessons/<topic>.mdx): a 40-minute class built on one topic.
 * The MDX body holds the teacher's notes.
 */
export const lessonSchema = z.strictObject({
  /** Lesson title, e.g. 闻到燃气味怎么办. */
  title: textSchema,
  /** The topic it teaches (an id in content/topics/). */
  topic: slugSchema,
  /** Who it is for, e.g. 小学高年级 or 社区居民. */
  audience: textSchema,
  /** Minutes; the steps of `flow` must add up to it. */
  minutes: z.number().int().min(10).max(120).default(40),
  /** What learners can do afterwards. */
  objectives: z.array(textSchema).min(1),
  /** What the teacher prepares. */
  materials: z.array(textSchema).default([]),
  /** The lesson step by step. */
  flow: z
    .array(z.strictObject({ minutes: z.number().int().min(1), title: textSchema, activity: textSchema }))
    .min(1),
  /** Questions to discuss in class. */
  prompts: z.array(textSchema).default([]),
  /** Something to do at home, e.g. draw a family escape plan or write a 安全家书. */
  homeActivity: textSchema,
  /** Sources beyond those of the topic page. */
  sources: sourcesSchema.optional(),
});

export type LessonData = z.infer<typeof lessonSchema>;
