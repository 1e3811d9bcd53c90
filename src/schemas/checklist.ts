import { z } from 'astro/zod';
import { sectionIdSchema, slugSchema, textSchema } from './common.ts';

/**
 * The home self-check (content/checklist.yaml, page /tools/checklist/): short things to look at, grouped
 * by where you stand. Each item points to the topic section that explains it and holds its sources.
 */
export const checklistSchema = z.strictObject({
  title: textSchema,
  /** One or two sentences above the list. */
  intro: textSchema,
  groups: z
    .array(
      z.strictObject({
        title: textSchema,
        items: z
          .array(
            z.strictObject({
              /** Stable id: ticks are saved on the device under it. */
              id: slugSchema,
              /** What to look at, as a statement that is true when all is well. */
              text: textSchema,
              /** The topic and section that explain why (and cite the rule). */
              topic: slugSchema,
              section: sectionIdSchema,
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});

export type ChecklistData = z.infer<typeof checklistSchema>;
