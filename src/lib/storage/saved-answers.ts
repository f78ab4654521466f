import type { AssessmentDefinition } from '../../schemas/assessment';
import { questionsOf } from '../assessment/answers';
import { fitAnswers } from '../results/fit-answers';
import { normalizeSchoolName } from '../results/school';
import { answersKey, corruptKey } from './keys';
import { parseSavedRecord, toSavedRecord, type ReadRecord } from './saved-record';
import { answersOf, mapTracked, mergeStamped, NOTHING_STAMPED, sameStamped, type StampedAnswers } from './stamped';
import type { StorageLike } from './storage-like';

/** What was found under an assessment's key. */
export type LoadResult =
  | { status: 'empty' }
  | {
      status: 'loaded';
      /** Answers that fit the current definition, each with when it was given. */
      saved: StampedAnswers;
      /** When the answers were last saved, ISO 8601. */
      savedAt: string;
      /** Set when the assessment changed since the answers were saved, or some did not fit. */
      notice?: string;
    }
  /**
   * The value could not be read; it was copied to `movedTo` and removed, or left where it was when
   * `movedTo` is null, in which case nothing will be saved over it.
   */
  | { status: 'corrupt'; movedTo: string | null }
  /** Storage is turned off or blocked: answers can be given but not kept. */
  | { status: 'unavailable' };

export type SaveResult =
  /** `saved` is what is stored now: these answers merged with any another tab saved meanwhile. */
  | { ok: true; saved: StampedAnswers }
  /** `unreadable`: a value that could not be read is in the way, and is never written over. */
  | { ok: false; reason: 'unavailable' | 'quota' | 'unreadable' };

/** What another tab's save means for this one. */
export interface SyncedAnswers {
  /** The answers to show: this tab's merged with the other's, the newer winning per question. */
  saved: StampedAnswers;
  /** True when this tab has answers the stored value lacks, so it should save the merge. */
  storageBehind: boolean;
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
  const { saved, notice } = fitRecord(record, definition);
  return { status: 'loaded', saved, savedAt: record.savedAt, ...(notice === undefined ? {} : { notice }) };
}

/**
 * Saves the answers against the assessment's current version, merged question by question with
 * whatever is stored (another tab may have saved since this one read), and gives back the merge.
 * A stored value that cannot be read is never overwritten: the save is refused instead.
 */
export function saveAnswers(
  storage: StorageLike,
  assessmentId: string,
  definition: AssessmentDefinition,
  answers: StampedAnswers,
  now: Date,
): SaveResult {
  const key = answersKey(assessmentId);
  try {
    const raw = storage.getItem(key);
    const stored = raw === null ? null : parseSavedRecord(raw);
    if (raw !== null && stored === null) return { ok: false, reason: 'unreadable' };
    const saved = stored ? mergeStamped(fitRecord(stored, definition).saved, answers) : answers;
    storage.setItem(key, JSON.stringify(toSavedRecord(definition.version, saved, now)));
    return { ok: true, saved };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
}

/**
 * Forgets the saved answers ("start again"). Values kept aside as corrupt are left alone, and so
 * is a value that could not be read and could not be moved aside.
 */
export function clearSaved(
  storage: StorageLike,
  assessmentId: string,
): { ok: true } | { ok: false; reason: 'unavailable' } {
  const key = answersKey(assessmentId);
  try {
    const raw = storage.getItem(key);
    if (raw !== null && parseSavedRecord(raw) !== null) storage.removeItem(key);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}

/**
 * What to show after a `storage` event from another tab, or null when the event is not about this
 * assessment or its value cannot be read. The other tab's answers are merged with `mine`, so an
 * answer this tab gave at the same moment is not lost; `storageBehind` then says this tab must save
 * the merge. A removed key (or a cleared storage, where the event's key is null) gives no answers,
 * so "start again" in one tab empties the others.
 */
export function readStorageEvent(
  key: string | null,
  newValue: string | null,
  assessmentId: string,
  definition: AssessmentDefinition,
  mine: StampedAnswers,
): SyncedAnswers | null {
  if (key !== null && key !== answersKey(assessmentId)) return null;
  if (key === null || newValue === null) return { saved: NOTHING_STAMPED, storageBehind: false };
  const record = parseSavedRecord(newValue);
  if (record === null) return null;
  const theirs = fitRecord(record, definition).saved;
  const saved = mergeStamped(theirs, mine);
  return { saved, storageBehind: !sameStamped(saved, theirs) };
}

/**
 * The record's answers that fit the current definition (cleared answers kept for questions that
 * still exist, so they go on winning over older answers elsewhere), and the notice to give.
 */
function fitRecord(record: ReadRecord, definition: AssessmentDefinition): { saved: StampedAnswers; notice?: string } {
  const { stamped } = record;
  const { answers: kept, notice } = fitAnswers(definition, answersOf(stamped), record.assessmentVersion, 'saved');
  const questionIds = new Set(questionsOf(definition).map((question) => question.id));
  const answers = Object.fromEntries(
    Object.entries(stamped.answers).filter(([id, { value }]) =>
      value === null ? questionIds.has(id) : Object.hasOwn(kept, id),
    ),
  );
  const school = normalizeSchoolName(stamped.school.value) ?? null;
  // Notes and tracking go with their question: kept while it exists, whatever its answer.
  const tracked = mapTracked((field) =>
    Object.fromEntries(Object.entries(stamped.tracked[field]).filter(([id]) => questionIds.has(id))),
  );
  return {
    saved: { answers, school: { value: school, at: stamped.school.at }, tracked },
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
