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
    // Pushed, not copied: with thousands of files for one school a copy each time is quadratic.
    const ids = byKey.get(key);
    if (ids) ids.push(file.id);
    else byKey.set(key, [file.id]);
  }
  return new Set([...byKey.values()].filter((ids) => ids.length > 1).flat());
}
