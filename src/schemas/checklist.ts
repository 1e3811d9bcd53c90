import { z } from 'astro/zod';
import { sectionIdSchema, slugSchema, textSchema } from './common.ts';

/** The areas of the home self-check, in the order the page shows them. */
export const CHECKLIST_AREAS = ['life-passage', 'gas', 'ebike', 'electricity', 'escape'] as const;

/**
 * How soon an unticked item should be fixed, for the "what to fix first" result:
 * `high` — it blocks the way out or could start a fire or poisoning any day (a locked exit, a charging e-bike
 * indoors, a rubber gas hose); `medium` — it makes a fire or an accident worse when one happens; `low` —
 * preparation that helps on the day.
 */
export const RISKS = ['high', 'medium', 'low'] as const;

/**
 * The home self-check (content/checklist.yaml, page /tools/checklist/): short things to look at, grouped
 * by area. Each item points to the topic section that explains it and holds its sources; its tip says what to
 * do when the item is not yet true, in that section's own words.
 */
export const checklistSchema = z.strictObject({
  title: textSchema,
  /** One or two sentences above the list. */
  intro: textSchema,
  groups: z
    .array(
      z.strictObject({
        /** Which area this group checks; each area once. */
        area: z.enum(CHECKLIST_AREAS),
        /** The area's heading, e.g. 生命通道：楼道、楼梯和出口. */
        title: textSchema,
        items: z
          .array(
            z.strictObject({
              /** Stable id: ticks are saved on the device under it. */
              id: slugSchema,
              /** What to look at, as a statement that is true when all is well. */
              text: textSchema,
              /** What to do when it is not true yet: one or two sentences that say only what the linked section says. */
              tip: textSchema.max(90, '提示不超过90个字 (tip: at most 90 characters)'),
              /** How soon to fix it (see RISKS). */
              risk: z.enum(RISKS),
              /** The topic and section that explain why and how (and cite the rule). */
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
export type ChecklistArea = (typeof CHECKLIST_AREAS)[number];
export type Risk = (typeof RISKS)[number];
