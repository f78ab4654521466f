import { z } from 'astro/zod';
import { isIsoDate } from './iso-date';
import {
  ACTION_STATUSES,
  MAX_NOTE_LENGTH,
  MAX_OWNER_LENGTH,
  MAX_SCHOOL_NAME_LENGTH,
  RESULT_FILE_FORMAT,
  RESULT_FILE_FORMAT_VERSION,
  RESULT_FILE_FORMAT_VERSION_UNTRACKED,
} from './result-format';

/** Which assessment a results file's answers belong to. */
export const resultAssessmentSchema = z.strictObject({
  /** The assessment's id (its file name under content/assessments). */
  id: z.string().min(1),
  /** The assessment's version when the answers were given: question ids may change between versions. */
  version: z.int().positive(),
  /** The assessment's title at the time, so a person can tell files apart and be told what a file is for. */
  title: z.string().min(1).max(200),
});

/** Who is doing one action of the plan, by when, and how far it has got. */
export const actionTrackingSchema = z.strictObject({
  /** Who is responsible, as typed (a name or a role); left out when nobody is named. */
  owner: z.string().min(1).max(MAX_OWNER_LENGTH).optional(),
  /** When it should be done, YYYY-MM-DD; left out when no date is set. */
  due: z.string().refine(isIsoDate, 'must be a real day written YYYY-MM-DD').optional(),
  /** Where it has got to: "not-started", "in-progress" or "done". */
  status: z.enum(ACTION_STATUSES),
});

/** The fields every version of the file has. */
const commonFields = {
  /** Names the file type; always "school-assessment-result". */
  format: z.literal(RESULT_FILE_FORMAT),
  /** The assessment (id, version and title) the answers were given against. */
  assessment: resultAssessmentSchema,
  /** The school's name, as the person typed it; left out when they gave none. */
  school: z.string().max(MAX_SCHOOL_NAME_LENGTH).optional(),
  /** When the answers were saved, as an ISO 8601 date and time. */
  savedAt: z.iso.datetime({ offset: true }),
  /** The option id chosen for each answered question id. */
  answers: z.record(z.string(), z.string()),
};

/** Version 1: answers only, written before notes and action tracking. Still read. */
export const resultFileV1Schema = z.strictObject({
  ...commonFields,
  /** Version of this file format: 1. */
  formatVersion: z.literal(RESULT_FILE_FORMAT_VERSION_UNTRACKED),
});

/** Version 2, what this site writes: the answers, each question's note and each action's tracking. */
export const resultFileV2Schema = z.strictObject({
  ...commonFields,
  /** Version of this file format: 2. */
  formatVersion: z.literal(RESULT_FILE_FORMAT_VERSION),
  /** The note kept against each question id (where the evidence is); questions without one are left out. */
  notes: z.record(z.string(), z.string().min(1).max(MAX_NOTE_LENGTH)),
  /** Owner, due date and status per question id whose action is tracked; untouched actions are left out. */
  actions: z.record(z.string(), actionTrackingSchema),
});

/**
 * A JSON export of one school's answers to one assessment. It carries answers, notes and action
 * tracking only: scores are always recomputed from the answers and the current definition, never
 * read from a file. A reader rejects versions it does not know.
 */
export const resultFileSchema = z.discriminatedUnion('formatVersion', [resultFileV1Schema, resultFileV2Schema]);

export type ResultFile = z.infer<typeof resultFileSchema>;
export type ResultFileV2 = z.infer<typeof resultFileV2Schema>;
export type ActionTracking = z.infer<typeof actionTrackingSchema>;
