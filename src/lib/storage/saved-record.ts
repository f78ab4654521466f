import type { Answers } from '../../schemas/assessment';
import { isRecord, parseJsonRecord } from '../json/record';

/** Version of the stored record's shape (not the assessment's version). */
export const SAVED_RECORD_VERSION = 1;

/** What `sbp:answers:<assessment id>` holds, as JSON. */
export interface SavedRecord {
  /** Shape version of this record. */
  v: typeof SAVED_RECORD_VERSION;
  /** The assessment's version when the answers were saved. */
  assessmentVersion: number;
  /** Option id per question id. */
  answers: Answers;
  /** The school name the person typed, if any. */
  school?: string;
  /** When the answers were saved, ISO 8601. */
  savedAt: string;
}

/**
 * The record in a stored value, or null when it is not JSON or not the shape above. Hand-written
 * rather than zod because it runs on every assessment page, where each kilobyte of script counts.
 */
export function parseSavedRecord(raw: string): SavedRecord | null {
  const value = parseJsonRecord(raw);
  if (!value) return null;
  const { v, assessmentVersion, answers, school, savedAt } = value;
  const valid =
    v === SAVED_RECORD_VERSION &&
    Number.isInteger(assessmentVersion) &&
    isStringRecord(answers) &&
    (school === undefined || typeof school === 'string') &&
    typeof savedAt === 'string';
  return valid ? (value as unknown as SavedRecord) : null;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((answer) => typeof answer === 'string');
}
