import { z } from 'astro/zod';
import { ISO_DATE_PATTERN, isIsoDate } from './iso-date.ts';
import { KEBAB_ID } from './kebab-id.ts';

export { KEBAB_ID };

/** A kebab-case id, as used for file names, slugs and question ids. */
export const ID_PATTERN = new RegExp(`^${KEBAB_ID}$`);

/** A kebab-case id, as used for file names, slugs and question ids. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must be lower-case words joined by hyphens, e.g. "cyber-security"');

/**
 * A calendar date written YYYY-MM-DD. YAML parsers disagree on whether an unquoted date is a
 * string or a Date, so both are accepted and the result is always the plain string.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(ISO_DATE_PATTERN, 'must be a date written YYYY-MM-DD')
    .refine(isRealDate, 'is not a real calendar date'),
);

/** An https URL: sources and links out must not downgrade to plain http. */
export const httpsUrlSchema = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

// Only judged once the format is right, so a badly written date gets one message, not two.
function isRealDate(value: string): boolean {
  return !ISO_DATE_PATTERN.test(value) || isIsoDate(value);
}
