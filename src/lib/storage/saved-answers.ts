import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import { fitAnswers } from '../results/fit-answers';
import { normalizeSchoolName, withSchool } from '../results/school';
import { answersKey, corruptKey } from './keys';
import { parseSavedRecord, SAVED_RECORD_VERSION, type SavedRecord } from './saved-record';
import type { StorageLike } from './storage-like';

/** What was found under an assessment's key. */
export type LoadResult =
  | { status: 'empty' }
  | {
      status: 'loaded';
      /** Answers that fit the current definition. */
      answers: Answers;
      school?: string;
      /** When the answers were last saved, ISO 8601. */
      savedAt: string;
      /** Set when the assessment changed since the answers were saved, or some did not fit. */
      notice?: string;
    }
  /** The value could not be read; it was copied to `movedTo` and removed, or left where it was when `movedTo` is null. */
  | { status: 'corrupt'; movedTo: string | null }
  /** Storage is turned off or blocked: answers can be given but not kept. */
  | { status: 'unavailable' };

export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'quota' };

/** Answers another tab saved, for keeping tabs in step. */
export interface SyncedAnswers {
  answers: Answers;
  school?: string;
}

/**
 * The saved answers for an assessment. It only reads, except that a value it cannot read is moved
 * aside to a `sbp:corrupt:` key stamped with `now`, so the person can start again without losing
 * it. After a version change the fitted answers are not written back: the next save does that.
 */
export function loadSaved(
  storage: StorageLike,
  assessmentId: string,
  definition: AssessmentDefinition,
  now: Date,
): LoadResult {
  const key = answersKey(assessmentId);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'empty' };
  const record = parseSavedRecord(raw);
  if (record === null) return { status: 'corrupt', movedTo: moveAside(storage, assessmentId, raw, now) };
  return { status: 'loaded', ...fitRecord(record, definition) };
}

/** Saves the answers and school name against the assessment's current version. */
export function saveAnswers(
  storage: StorageLike,
  assessmentId: string,
  definition: AssessmentDefinition,
  answers: Answers,
  school: string | undefined,
  now: Date,
): SaveResult {
  const record: SavedRecord = {
    v: SAVED_RECORD_VERSION,
    assessmentVersion: definition.version,
    answers,
    ...withSchool(normalizeSchoolName(school)),
    savedAt: now.toISOString(),
  };
  try {
    storage.setItem(answersKey(assessmentId), JSON.stringify(record));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
}

/** Forgets the saved answers ("start again"). Values kept aside as corrupt are left alone. */
export function clearSaved(
  storage: StorageLike,
  assessmentId: string,
): { ok: true } | { ok: false; reason: 'unavailable' } {
  try {
    storage.removeItem(answersKey(assessmentId));
    return { ok: true };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}

/**
 * The answers to show after a `storage` event from another tab, or null when the event is not about
 * this assessment or its value cannot be read. A removed key (or a cleared storage, where the event's
 * key is null) gives no answers, so "start again" in one tab empties the others. Never save in
 * response: that would echo back and forth between tabs.
 */
export function readStorageEvent(
  key: string | null,
  newValue: string | null,
  assessmentId: string,
  definition: AssessmentDefinition,
): SyncedAnswers | null {
  if (key !== null && key !== answersKey(assessmentId)) return null;
  if (key === null || newValue === null) return { answers: {} };
  const record = parseSavedRecord(newValue);
  if (record === null) return null;
  const { answers, school } = fitRecord(record, definition);
  return { answers, ...withSchool(school) };
}

function fitRecord(record: SavedRecord, definition: AssessmentDefinition) {
  const { answers, notice } = fitAnswers(definition, record.answers, record.assessmentVersion, 'saved');
  return {
    answers,
    ...withSchool(normalizeSchoolName(record.school)),
    savedAt: record.savedAt,
    ...(notice === undefined ? {} : { notice }),
  };
}

/** Copies an unreadable value to a corrupt key, then removes the original; null when the copy failed. */
function moveAside(storage: StorageLike, assessmentId: string, raw: string, now: Date): string | null {
  const target = corruptKey(assessmentId, now);
  try {
    storage.setItem(target, raw);
  } catch {
    return null;
  }
  try {
    storage.removeItem(answersKey(assessmentId));
  } catch {
    // The copy is safe; the next load will find the original again and copy it once more.
  }
  return target;
}

/** Browsers name a full storage differently: QuotaExceededError, or Firefox's older name. */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
