import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common.ts';
import { sourcesSchema } from './source.ts';

/**
 * Sign categories by shape and safety colour (GB 2893, GB 2894-2008, GB 13495.1-2015 表1).
 * `marking` is the yellow fire-lane road marking, which is painted on the ground rather than hung as a
 * sign but is read the same way.
 */
export const signCategories = ['prohibition', 'warning', 'mandatory', 'escape', 'fire-equipment', 'marking'] as const;

/**
 * A safety sign (content/signs/<slug>.yaml) drawn as an original SVG beside it (content/signs/<slug>.svg).
 */
export const signSchema = z.strictObject({
  /** The sign's name as the standard writes it, e.g. 安全出口. */
  name: textSchema,
  /** The standard's number for the sign where it has one, e.g. 2-01; omitted when not confirmed. */
  code: textSchema.optional(),
  /** Shape and colour family; decides where the gallery lists it. */
  category: z.enum(signCategories),
  /** The standard the sign comes from, e.g. GB 13495.1-2015. */
  standard: textSchema,
  /** Position in the gallery within its category. */
  order: z.number().int().min(0).default(100),
  /** What it means, in one or two everyday sentences. */
  meaning: textSchema,
  /** Where it is placed (and at what height where the standard says). */
  placement: textSchema,
  /** What to do when you see it. */
  action: textSchema,
  /** What people get wrong about it. */
  mistakes: z.array(textSchema).default([]),
  /** Topics that explain it (ids in content/topics/). */
  topics: z.array(slugSchema).default([]),
  /** Other words people use for it; indexed for search, never shown. */
  aliases: z.array(textSchema).default([]),
  /** Where the facts on the sign's page come from. */
  sources: sourcesSchema,
});

export type SignData = z.infer<typeof signSchema>;
