import { z } from 'astro/zod';
import { altSchema, isoDateSchema, slugSchema, textSchema } from './common.ts';
import { sourcesSchema } from './source.ts';

/** How long a key action may be, in characters: it has to fit one line of a kiosk slide and a phone. */
export const KEY_ACTION_MAX_CHARS = 14;

/**
 * A knowledge page (content/topics/<slug>.mdx). The frontmatter holds the parts every topic has in the
 * same order (CONTENT-GUIDE.md); the MDX body holds the explanatory sections, each an
 * `<h2 id="…">` so that quiz explanations can link to it.
 */
export const topicSchema = z.strictObject({
  /** Page title, e.g. 燃气安全. */
  title: textSchema,
  /** Shorter name for cards, filters and slides, e.g. 燃气. Defaults to the title. */
  shortTitle: textSchema.optional(),
  /** Position in lists; core topics come first. */
  order: z.number().int().min(0),
  /** `core` topics are the five the campaign is about; `more` are the others. */
  tier: z.enum(['core', 'more']),
  /** 一句话要点: one sentence a reader can act on. */
  summary: textSchema.max(80, '一句话要点不超过80字 (summary too long)'),
  /** 3–5 关键动作: short imperatives, reused by kiosk and class slides. */
  keyActions: z
    .array(
      z.strictObject({
        /** The action itself, at most 14 characters, e.g. 关闭燃气总阀. */
        text: textSchema.max(KEY_ACTION_MAX_CHARS, `关键动作不超过${KEY_ACTION_MAX_CHARS}个字 (key action too long)`),
        /** Why, in one short line (at most 30 characters, so the actions still fit a phone's first screen). */
        why: textSchema.max(30, '理由不超过30个字 (why: at most 30 characters)').optional(),
        /**
         * A simple square picture of exactly this action, drawn in this project, for kiosk and class
         * slides (readable at 5–10 m): a file in src/assets/pictures/, checked by the SVG allowlist.
         */
        picture: z
          .strictObject({
            /** File name in src/assets/pictures/, without .svg, e.g. gas-close-valve. */
            file: slugSchema,
            /** What the picture shows and what it means, for people who cannot see it. */
            alt: altSchema,
          })
          .optional(),
      }),
    )
    .min(3, '至少3个关键动作 (at least 3 key actions)')
    .max(5, '最多5个关键动作 (at most 5 key actions)'),
  /** 做: things to do. */
  dos: z.array(textSchema).min(1),
  /** 不做: things not to do. */
  donts: z.array(textSchema).min(1),
  /** 常见误区: a wrong belief and the fact that corrects it. */
  myths: z.array(z.strictObject({ myth: textSchema, fact: textSchema })).default([]),
  /** 法律与标准: the rule in plain words with its article or clause. */
  rules: z
    .array(
      z.strictObject({
        /** Law or standard with its article or clause, e.g. 《消防法》第二十八条. */
        cite: textSchema,
        /** What it says, in everyday words. */
        says: textSchema,
      }),
    )
    .default([]),
  /** Other topics worth reading next. */
  related: z.array(slugSchema).default([]),
  /** Emergency or reporting numbers this topic tells people to call, in the order to call them. */
  call: z.array(z.string().regex(/^\d{3,6}$/)).default([]),
  /** Words people type that mean this topic (煤气, 电瓶车…); indexed for search, never shown. */
  aliases: z.array(textSchema).default([]),
  /** Original SVG illustrations from src/assets/illustrations/, each with its text alternative. */
  illustrations: z
    .array(
      z.strictObject({
        /** File name in src/assets/illustrations/, without .svg. */
        file: slugSchema,
        /** What the picture shows and means. */
        alt: altSchema,
        /** Optional caption shown under it. */
        caption: textSchema.optional(),
      }),
    )
    .default([]),
  /** Where every fact on the page comes from. */
  sources: sourcesSchema,
  /** When an editor last checked the page against its sources. */
  reviewed: isoDateSchema,
});

export type TopicData = z.infer<typeof topicSchema>;
