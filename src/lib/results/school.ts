import { MAX_SCHOOL_NAME_LENGTH } from '../../schemas/result-format';

/**
 * Invisible characters that have no place in a name and can disguise one: control characters, and
 * zero-width spaces, bidi embeddings and overrides, and the byte order mark (format characters that
 * join letters in some scripts are kept).
 */
const INVISIBLE = /[\p{Cc}\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/**
 * A school name as it is kept, shown and exported: invisible characters taken out (line breaks and
 * tabs become spaces), trimmed, inner runs of spaces made single, cut to the
 * length a results file allows, and undefined when nothing is left. The cut never splits a
 * character made of two UTF-16 code units.
 */
export function normalizeSchoolName(name: string | null | undefined): string | undefined {
  const trimmed = (name ?? '').replace(/\s+/g, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (trimmed === '') return undefined;
  return cutText(trimmed, MAX_SCHOOL_NAME_LENGTH).trimEnd();
}

/** The text cut to `length` UTF-16 code units (as `String.length` counts), never splitting a character made of two. */
export function cutText(text: string, length: number): string {
  const cut = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The school as an optional field: left out rather than undefined, as the record and file types want. */
export function withSchool(school: string | undefined): { school?: string } {
  return school === undefined ? {} : { school };
}
