import type { DashboardFile } from './model';

/** A school name compared without case or spaces: "St Mary's" and "ST  MARY'S " are one school. */
export function schoolKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLocaleLowerCase('en-GB');
}

/**
 * Ids of every file whose school another of these files also names, so that each copy is flagged,
 * not only the later one. Files without a school name are never duplicates: nothing says they match.
 */
export function findDuplicateSchools(files: readonly DashboardFile[]): Set<string> {
  const byKey = new Map<string, string[]>();
  for (const file of files) {
    const key = file.school === undefined ? '' : schoolKey(file.school);
    if (key === '') continue;
    byKey.set(key, [...(byKey.get(key) ?? []), file.id]);
  }
  return new Set([...byKey.values()].filter((ids) => ids.length > 1).flat());
}
