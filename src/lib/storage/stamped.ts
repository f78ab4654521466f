import type { Answers } from '../../schemas/assessment';
import { readOwn } from '../assessment/answers';
import {
  trackedValuesOf,
  trackingFrom,
  TRACKED_FIELDS,
  type TrackedField,
  type TrackedValues,
  type Tracking,
} from '../results/tracking';

/** One answer (or the school name) and when it was given; a null value records that it was cleared. */
export interface Stamp {
  /** The option id or the school name; null when it was cleared (a "tombstone"). */
  value: string | null;
  /** When it was given or cleared, in milliseconds since 1970. */
  at: number;
}

/**
 * Answers as they are saved and merged: each with its own time, so that two tabs answering
 * different questions at once both keep their answers, and the newer of two answers to one question
 * wins. Clearing an answer is a stamp too, so an older answer elsewhere cannot bring it back.
 */
export interface StampedAnswers {
  /** Per question id. */
  answers: Record<string, Stamp>;
  /** The school name the person typed. */
  school: Stamp;
  /**
   * Per field, per question id: the question's note, and its action's owner, due date and status.
   * Each is stamped on its own, so two tabs editing different fields of one action both keep theirs.
   */
  tracked: Record<TrackedField, Record<string, Stamp>>;
}

/** No field of any question tracked. */
export const NOTHING_TRACKED: StampedAnswers['tracked'] = { note: {}, owner: {}, due: {}, status: {} };

/** Nothing answered, nothing typed. */
export const NOTHING_STAMPED: StampedAnswers = {
  answers: {},
  school: { value: null, at: 0 },
  tracked: NOTHING_TRACKED,
};

/**
 * The stamp that wins: the later one, or for two at the same millisecond the greater value (a
 * cleared answer counting as least), so every tab that merges the same two stamps keeps the same one.
 */
export function newerStamp(a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return (a.value ?? '') >= (b.value ?? '') ? a : b;
}

/** Both sets merged question by question and field by field, the newer stamp winning each. */
export function mergeStamped(a: StampedAnswers, b: StampedAnswers): StampedAnswers {
  return {
    answers: mergeStamps(a.answers, b.answers),
    school: newerStamp(a.school, b.school) ?? NOTHING_STAMPED.school,
    tracked: mapTracked((field) => mergeStamps(a.tracked[field], b.tracked[field])),
  };
}

/** True when both hold the same stamps, so neither has anything the other lacks. */
export function sameStamped(a: StampedAnswers, b: StampedAnswers): boolean {
  return (
    sameStamps(a.answers, b.answers) &&
    sameStamp(a.school, b.school) &&
    TRACKED_FIELDS.every((field) => sameStamps(a.tracked[field], b.tracked[field]))
  );
}

/** The answers given and not cleared, as the scoring engine takes them. */
export function answersOf(stamped: StampedAnswers): Answers {
  return valuesOf(stamped.answers);
}

/** The notes and action tracking kept, as the results, exports and share link take them. */
export function trackingOf(stamped: StampedAnswers): Tracking {
  return trackingFrom(typedOf(stamped));
}

/** Every tracked field exactly as typed (untrimmed, blank notes too), for the fields someone is typing in. */
export function typedOf(stamped: StampedAnswers): TrackedValues {
  return mapTracked((field) => valuesOf(stamped.tracked[field]));
}

/** The school name, or '' when none was given or it was cleared. */
export function schoolOf(stamped: StampedAnswers): string {
  return stamped.school.value ?? '';
}

/**
 * `next` stamped at `at`: answers that changed or are new get the new time, answers no longer there
 * are recorded as cleared, and unchanged answers keep their time. A stamp never goes back in time or
 * repeats its old time, so a quick second change to one question still wins over the first.
 */
export function stampAnswers(current: StampedAnswers, next: Answers, at: number): StampedAnswers {
  return { ...current, answers: stampValues(current.answers, next, at) };
}

/** `next` stamped against `current` as `stampAnswers` describes; '' counts as cleared. */
function stampValues(current: Record<string, Stamp>, next: Record<string, string>, at: number): Record<string, Stamp> {
  return Object.fromEntries(
    idsOf(current, next).map((id) => {
      const value = readOwn(next, id) || null;
      const before = readOwn(current, id);
      return [id, before && before.value === value ? before : { value, at: after(before, at) }];
    }),
  );
}

/** Two maps merged id by id, the newer stamp winning each. */
function mergeStamps(a: Record<string, Stamp>, b: Record<string, Stamp>): Record<string, Stamp> {
  // fromEntries, not assignment, so that an id such as "__proto__" stays an ordinary key.
  return Object.fromEntries(
    idsOf(a, b).flatMap((id) => {
      const winner = newerStamp(readOwn(a, id), readOwn(b, id));
      return winner ? [[id, winner]] : [];
    }),
  );
}

function sameStamps(a: Record<string, Stamp>, b: Record<string, Stamp>): boolean {
  const ids = Object.keys(a);
  return ids.length === Object.keys(b).length && ids.every((id) => sameStamp(readOwn(a, id), readOwn(b, id)));
}

/** The values given and not cleared. */
function valuesOf(stamps: Record<string, Stamp>): Record<string, string> {
  return Object.fromEntries(Object.entries(stamps).flatMap(([id, { value }]) => (value === null ? [] : [[id, value]])));
}

/** One value per tracked field, made by `each`. */
export function mapTracked<T>(each: (field: TrackedField) => T): Record<TrackedField, T> {
  return { note: each('note'), owner: each('owner'), due: each('due'), status: each('status') };
}

/** The school name stamped at `at`, unless it is unchanged; '' clears it. */
export function stampSchool(current: StampedAnswers, school: string, at: number): StampedAnswers {
  const value = school === '' ? null : school;
  if (current.school.value === value) return current;
  return { ...current, school: { value, at: after(current.school, at) } };
}

/** One field of one question (a note, an owner, a due date, a status) stamped at `at`; '' clears it. */
export function stampTracked(
  current: StampedAnswers,
  field: TrackedField,
  questionId: string,
  value: string,
  at: number,
): StampedAnswers {
  const stamps = stampValues(current.tracked[field], { ...valuesOf(current.tracked[field]), [questionId]: value }, at);
  return { ...current, tracked: { ...current.tracked, [field]: stamps } };
}

/** All notes and tracking replaced by `next` (an imported file's), stamped at `at` where they change. */
export function stampTracking(current: StampedAnswers, next: Tracking, at: number): StampedAnswers {
  const values = trackedValuesOf(next);
  return { ...current, tracked: mapTracked((field) => stampValues(current.tracked[field], values[field], at)) };
}

function after(before: Stamp | undefined, at: number): number {
  return before ? Math.max(at, before.at + 1) : at;
}

function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  return a?.value === b?.value && a?.at === b?.at;
}

function idsOf(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}
