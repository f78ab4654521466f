import { MAX_SCHOOL_NAME_LENGTH } from '../../schemas/result-format';

/**
 * A school name as it is kept and exported: trimmed, inner runs of spaces made single, cut to the
 * length a results file allows, and undefined when nothing is left. The cut never splits a
 * character made of two UTF-16 code units.
 */
export function normalizeSchoolName(name: string | null | undefined): string | undefined {
  const trimmed = (name ?? '').replace(/\s+/g, ' ').trim();
  if (trimmed === '') return undefined;
  let cut = trimmed.slice(0, MAX_SCHOOL_NAME_LENGTH);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}
