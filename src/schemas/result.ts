import { z } from 'astro/zod';
import { MAX_SCHOOL_NAME_LENGTH, RESULT_FILE_FORMAT, RESULT_FILE_FORMAT_VERSION } from './result-format';

/** Which assessment a results file's answers belong to. */
export const resultAssessmentSchema = z.strictObject({
  /** The assessment's id (its file name under content/assessments). */
  id: z.string().min(1),
  /** The assessment's version when the answers were given: question ids may change between versions. */
  version: z.int().positive(),
  /** The assessment's title at the time, so a person can tell files apart and be told what a file is for. */
  title: z.string().min(1).max(200),
});

/**
 * A JSON export of one school's answers to one assessment. It carries answers only: scores are always
 * recomputed from the answers and the current definition, never read from a file.
 */
export const resultFileSchema = z.strictObject({
  /** Names the file type; always "school-assessment-result". */
  format: z.literal(RESULT_FILE_FORMAT),
  /** Version of this file format; a reader rejects versions it does not know. */
  formatVersion: z.literal(RESULT_FILE_FORMAT_VERSION),
  /** The assessment (id, version and title) the answers were given against. */
  assessment: resultAssessmentSchema,
  /** The school's name, as the person typed it; left out when they gave none. */
  school: z.string().max(MAX_SCHOOL_NAME_LENGTH).optional(),
  /** When the answers were saved, as an ISO 8601 date and time. */
  savedAt: z.iso.datetime({ offset: true }),
  /** The option id chosen for each answered question id. */
  answers: z.record(z.string(), z.string()),
});

export type ResultFile = z.infer<typeof resultFileSchema>;
