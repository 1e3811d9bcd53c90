import { z } from 'astro/zod';
import { textSchema } from './common.ts';
import { sourcesSchema } from './source.ts';

/**
 * A telephone number the site may show (content/phone-numbers.yaml). Every number in the site's text and
 * every `tel:` link must be one of these, so no unconfirmed number can slip into a page.
 */
export const phoneNumberSchema = z.strictObject({
  /** Digits only, e.g. 119. */
  number: z.string().regex(/^\d{3,6}$/),
  /** Short name, e.g. 火警. */
  name: textSchema,
  /** What to call it for. */
  use: textSchema,
  /** Emergency lines go in the always-visible call bar. */
  emergency: z.boolean(),
  /**
   * Whether the site may tell people to call it (a `tel:` link, a topic's `call` list). `false` for a number
   * the site only names: a local line that differs from city to city, or another region's number quoted to
   * correct a myth. Every number in the site's text must be on this list either way.
   */
  callable: z.boolean().default(true),
  sources: sourcesSchema,
});

export type PhoneNumberData = z.infer<typeof phoneNumberSchema>;
