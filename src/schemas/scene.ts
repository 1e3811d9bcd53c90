import { z } from 'astro/zod';
import { altSchema, slugSchema, textSchema } from './common.ts';
import { sourcesSchema } from './source.ts';

/**
 * A find-the-hazards picture (content/scenes/<slug>.yaml + <slug>.svg): an original drawing of a
 * stairwell, corridor or shop front with signs in place and hazards to find. Without JavaScript it is
 * the picture and the list of hazards; with it, a game where each found hazard is explained.
 */
export const sceneSchema = z.strictObject({
  /** Title, e.g. 楼道里的隐患. */
  title: textSchema,
  /** One sentence that sets the task. */
  intro: textSchema,
  /** What the whole picture shows, for people who cannot see it. */
  alt: altSchema,
  /** Position among the scenes. */
  order: z.number().int().min(0).default(100),
  /** The hazards to find, in the order the list shows them. */
  hazards: z
    .array(
      z.strictObject({
        /** Stable id, e.g. ebike-charging. */
        id: slugSchema,
        /** What is wrong, short: 楼道里给电动自行车充电. */
        label: textSchema,
        /** Why it is dangerous and what to do instead. */
        explanation: textSchema,
        /** The rule it breaks, with its article or clause. */
        rule: textSchema,
        /** The topic that teaches it (an id in content/topics/). */
        topic: slugSchema,
        /**
         * Where it is in the picture, in the SVG's viewBox units: the tap target. Make it generous
         * (at least 44×44 at phone size).
         */
        box: z.strictObject({
          x: z.number().min(0),
          y: z.number().min(0),
          width: z.number().positive(),
          height: z.number().positive(),
        }),
      }),
    )
    .min(3),
  sources: sourcesSchema,
});

export type SceneData = z.infer<typeof sceneSchema>;
