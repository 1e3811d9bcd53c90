import { z } from 'astro/zod';
import { textSchema } from './common.ts';
import { sourcesSchema } from './source.ts';

/**
 * A telephone number the site may tell people to call (content/phone-numbers.yaml). Every `tel:` link
 * on the site must use one of these, so no unconfirmed number can slip into a page.
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
  sources: sourcesSchema,
});

export type PhoneNumberData = z.infer<typeof phoneNumberSchema>;
