import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common.ts';
import { sourcesSchema } from './source.ts';

/** Letters used for the four options of a choice question. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D'] as const;

/** An explanation has to fit under a question on a phone: about 80 characters. */
export const EXPLANATION_MAX_CHARS = 90;

const questionBase = {
  /** Unique across the bank, e.g. gas-012. Used for the mistakes book, so never reuse one. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The topic it tests (an id in content/topics/). */
  topic: slugSchema,
  /** The section of that topic page that teaches the answer (an h2 id on the page). */
  section: slugSchema,
  /** The question. */
  question: textSchema,
  /** Why the answer is right (and why the tempting wrong option is wrong). */
  explanation: textSchema.max(EXPLANATION_MAX_CHARS, `解析不超过${EXPLANATION_MAX_CHARS}字 (explanation too long)`),
  /** A sign to show with the question (an id in content/signs/). */
  sign: slugSchema.optional(),
  /**
   * The sign picture's text alternative for this question: shape, colour and pictogram, without the
   * sign's name or the answer (screen-reader users hear it before the options). Required with `sign`;
   * src/lib/quiz-lint.ts checks it.
   */
  signAlt: textSchema.optional(),
  /** Where the answer comes from. */
  sources: sourcesSchema,
};

/**
 * One quiz question. Files in content/quiz/ hold a YAML list of these; `type: choice` has four options
 * and the letter of the right one, `type: truefalse` has a statement and whether it is true.
 */
export const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...questionBase,
    type: z.literal('choice'),
    /** Exactly four options, all different. */
    options: z
      .array(textSchema)
      .length(4, '选择题需要4个选项 (exactly 4 options)')
      .refine((options) => new Set(options).size === options.length, '选项不能重复 (duplicate options)'),
    /** The letter of the right option. */
    answer: z.enum(OPTION_LETTERS, '答案应为 A、B、C 或 D (answer must be A–D)'),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('truefalse'),
    /** Whether the statement in `question` is true. */
    answer: z.boolean(),
  }),
]);

export type QuestionData = z.infer<typeof questionSchema>;
