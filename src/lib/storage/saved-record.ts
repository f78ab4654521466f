import type { Answers } from '../../schemas/assessment';
import { isRecord, parseJsonRecord } from '../json/record';
import { TRACKED_FIELDS } from '../results/tracking';
import { NOTHING_TRACKED, type Stamp, type StampedAnswers } from './stamped';

/** Version of the stored record's shape (not the assessment's version). */
export const SAVED_RECORD_VERSION = 2;

/** What `sbp:answers:<assessment id>` holds, as JSON. */
export interface SavedRecord {
  /** Shape version of this record. */
  v: typeof SAVED_RECORD_VERSION;
  /** The assessment's version when the answers were saved. */
  assessmentVersion: number;
  /** Per question id, the option chosen (null once cleared) and when. */
  answers: Record<string, Stamp>;
  /** The school name the person typed (null when none) and when. */
  school: Stamp;
  /**
   * Per field (note, owner, due, status), per question id, the value and when it was given. Added
   * within version 2 and optional, so records written before it, and tabs still running the
   * earlier script, read each other's records instead of setting them aside as unreadable.
   */
  tracked?: StampedAnswers['tracked'];
  /** When the record was last written, ISO 8601. */
  savedAt: string;
}

/** Version 1 of the record, written before answers had their own times; still read. */
interface SavedRecordV1 {
  v: 1;
  assessmentVersion: number;
  /** Option id per question id. */
  answers: Answers;
  school?: string;
  savedAt: string;
}

/** The parts of a stored record that the rest of the site uses, whichever version it was. */
export interface ReadRecord {
  assessmentVersion: number;
  stamped: StampedAnswers;
  savedAt: string;
}

/**
 * The record in a stored value, or null when it is not JSON or not either shape above. A version 1
 * record's answers all take the time it was saved. Hand-written rather than zod because it runs on
 * every assessment page, where each kilobyte of script counts.
 */
export function parseSavedRecord(raw: string): ReadRecord | null {
  const value = parseJsonRecord(raw);
  if (!value) return null;
  const { v, assessmentVersion, answers, school, tracked, savedAt } = value;
  if (!Number.isInteger(assessmentVersion) || typeof savedAt !== 'string') return null;
  const version = assessmentVersion as number;
  if (v === SAVED_RECORD_VERSION) {
    const valid =
      isStampMap(answers) &&
      isStamp(school) &&
      (tracked === undefined || TRACKED_FIELDS.every((field) => isStampMap(isRecord(tracked) ? tracked[field] : null)));
    const stamped = { answers, school, tracked: tracked ?? NOTHING_TRACKED } as StampedAnswers;
    return valid ? { assessmentVersion: version, stamped, savedAt } : null;
  }
  if (v === 1 && isStringRecord(answers) && (school === undefined || typeof school === 'string')) {
    return {
      assessmentVersion: version,
      stamped: fromVersion1({
        v,
        assessmentVersion: version,
        answers,
        savedAt,
        ...(school === undefined ? {} : { school }),
      }),
      savedAt,
    };
  }
  return null;
}

/** The record to store for these answers. */
export function toSavedRecord(assessmentVersion: number, stamped: StampedAnswers, now: Date): SavedRecord {
  return {
    v: SAVED_RECORD_VERSION,
    assessmentVersion,
    answers: stamped.answers,
    school: stamped.school,
    tracked: stamped.tracked,
    savedAt: now.toISOString(),
  };
}

function fromVersion1(record: SavedRecordV1): StampedAnswers {
  const time = Date.parse(record.savedAt);
  const at = Number.isNaN(time) ? 0 : time;
  return {
    answers: Object.fromEntries(Object.entries(record.answers).map(([id, value]) => [id, { value, at }])),
    school: record.school === undefined ? { value: null, at: 0 } : { value: record.school, at },
    tracked: NOTHING_TRACKED,
  };
}

function isStamp(value: unknown): value is Stamp {
  return (
    isRecord(value) &&
    (value.value === null || typeof value.value === 'string') &&
    typeof value.at === 'number' &&
    Number.isFinite(value.at)
  );
}

function isStampMap(value: unknown): value is Record<string, Stamp> {
  return isRecord(value) && Object.values(value).every(isStamp);
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((answer) => typeof answer === 'string');
}
