// The constants of the results file format, kept apart from its zod schema (result.ts) so that the
// code that saves and exports answers on every assessment page does not bundle zod.

/** The value of `format` that names a results file; readers reject any other. */
export const RESULT_FILE_FORMAT = 'school-assessment-result';

/** The file format version this site writes and reads; raised when the shape changes. */
export const RESULT_FILE_FORMAT_VERSION = 1;

/** Longest school name a results file may carry, in UTF-16 code units (as `String.length` counts). */
export const MAX_SCHOOL_NAME_LENGTH = 200;

/** Files above this are refused before they are read: an export is a few kilobytes. */
export const MAX_RESULT_FILE_BYTES = 1024 * 1024;
