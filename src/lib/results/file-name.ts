/** Longest school part of a file name: long names make unwieldy downloads. */
const MAX_SLUG_LENGTH = 60;

/** What a downloaded file is called. */
export interface ExportFileNameParts {
  /** The assessment id, which starts every name. */
  assessmentId: string;
  /** What the file holds when it is not the answers themselves, e.g. "action-plan". */
  label?: string;
  /** The school's name; left out of the file name when empty or with no Latin letters or digits. */
  school?: string | undefined;
  /** The date in the name (its UTC calendar day). */
  date: Date;
  /** The file extension, without the dot. */
  extension: 'json' | 'csv';
}

/**
 * A download name such as `cyber-security-checklist-st-marys-primary-2026-11-25.json`: readable,
 * sortable by date, and safe on every file system.
 */
export function exportFileName(parts: ExportFileNameParts): string {
  const pieces = [
    parts.assessmentId,
    parts.label,
    slugifySchool(parts.school ?? ''),
    parts.date.toISOString().slice(0, 10),
  ];
  return `${pieces.filter(Boolean).join('-')}.${parts.extension}`;
}

/** `St Mary's C of E Primary, Ysgol Gymraeg` -> `st-marys-c-of-e-primary-ysgol-gymraeg`. */
export function slugifySchool(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}
