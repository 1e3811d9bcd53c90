import { z } from 'astro/zod';
import { isoDateSchema, textSchema } from './common.ts';
import { sourcesSchema } from './source.ts';

/**
 * The national Safety Production Month, in one file (content/campaign.yaml): next June's edition is one
 * more entry in `editions`.
 */
export const campaignSchema = z.strictObject({
  /** The campaign's name, 全国“安全生产月”. */
  name: textSchema,
  /** The month it runs in (6 = June). */
  month: z.number().int().min(1).max(12),
  /** 全国“安全宣传咨询日”, as month and day. */
  consultationDay: z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }),
  /** The year whose theme this site is built around (2024: 畅通生命通道). */
  focusYear: z.number().int(),
  /** Where the month and the consultation day come from. */
  sources: sourcesSchema,
  /** One entry per year, each with its source. */
  editions: z
    .array(
      z.strictObject({
        year: z.number().int().min(2002),
        /** 第N个全国“安全生产月”. */
        number: z.number().int().min(1),
        /** The theme exactly as announced, with its full-width dash where it has a subtitle. */
        theme: textSchema,
        /** Launch ceremony date, where a source gives it. */
        launched: isoDateSchema.optional(),
        sources: sourcesSchema,
      }),
    )
    .min(1),
});

export type CampaignData = z.infer<typeof campaignSchema>;
