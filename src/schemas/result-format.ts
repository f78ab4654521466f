// The constants of the results file format, kept apart from its zod schema (result.ts) so that the
// code that saves and exports answers on every assessment page does not bundle zod.

/** The value of `format` that names a results file; readers reject any other. */
export const RESULT_FILE_FORMAT = 'school-assessment-result';

/** The file format version this site writes; raised when the shape changes. */
export const RESULT_FILE_FORMAT_VERSION = 2;

/** The version written before notes and action tracking; still read, as a file without them. */
export const RESULT_FILE_FORMAT_VERSION_UNTRACKED = 1;

/** Longest school name a results file may carry, in UTF-16 code units (as `String.length` counts). */
export const MAX_SCHOOL_NAME_LENGTH = 200;

/** Files above this are refused before they are read: an export is a few kilobytes. */
export const MAX_RESULT_FILE_BYTES = 1024 * 1024;

/** Longest note a person may keep against a question ("where is the evidence?"), in UTF-16 code units. */
export const MAX_NOTE_LENGTH = 1000;

/** Longest action owner (a name or a role), in UTF-16 code units. */
export const MAX_OWNER_LENGTH = 100;

/** Where an action in the plan has got to, in the order a person moves through them. */
export const ACTION_STATUSES = ['not-started', 'in-progress', 'done'] as const;

export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Each status as people read it. */
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};
