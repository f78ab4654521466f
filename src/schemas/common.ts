import { z } from 'astro/zod';

/** A kebab-case id, as used for file names, slugs and question ids. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "cyber-security"');

/**
 * A calendar date written YYYY-MM-DD. YAML parsers disagree on whether an unquoted date is a
 * string or a Date, so both are accepted and the result is always the plain string.
 */
export const plainDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine(isRealDate, 'is not a real calendar date'),
);

/** An https URL: sources and links out must not downgrade to plain http. */
export const httpsUrlSchema = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

// Only judged once the format is right, so a badly written date gets one message, not two.
function isRealDate(value: string): boolean {
  return !/^\d{4}-\d{2}-\d{2}$/.test(value) || isPlainDate(value);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isPlainDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
