import type { Answers } from '../../schemas/assessment';
import { readOwn } from '../assessment/answers';

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
}

/** Nothing answered, nothing typed. */
export const NOTHING_STAMPED: StampedAnswers = { answers: {}, school: { value: null, at: 0 } };

/**
 * The stamp that wins: the later one, or for two at the same millisecond the greater value (a
 * cleared answer counting as least), so every tab that merges the same two stamps keeps the same one.
 */
export function newerStamp(a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return (a.value ?? '') >= (b.value ?? '') ? a : b;
}

/** Both sets of answers merged question by question, the newer stamp winning each. */
export function mergeStamped(a: StampedAnswers, b: StampedAnswers): StampedAnswers {
  // fromEntries, not assignment, so that an id such as "__proto__" stays an ordinary key.
  const answers = Object.fromEntries(
    idsOf(a.answers, b.answers).flatMap((id) => {
      const winner = newerStamp(readOwn(a.answers, id), readOwn(b.answers, id));
      return winner ? [[id, winner]] : [];
    }),
  );
  return { answers, school: newerStamp(a.school, b.school) ?? NOTHING_STAMPED.school };
}

/** True when both hold the same stamps, so neither has anything the other lacks. */
export function sameStamped(a: StampedAnswers, b: StampedAnswers): boolean {
  const ids = Object.keys(a.answers);
  return (
    ids.length === Object.keys(b.answers).length &&
    ids.every((id) => sameStamp(readOwn(a.answers, id), readOwn(b.answers, id))) &&
    sameStamp(a.school, b.school)
  );
}

/** The answers given and not cleared, as the scoring engine takes them. */
export function answersOf(stamped: StampedAnswers): Answers {
  return Object.fromEntries(
    Object.entries(stamped.answers).flatMap(([id, { value }]) => (value === null ? [] : [[id, value]])),
  );
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
  const answers = Object.fromEntries(
    idsOf(current.answers, next).map((id) => {
      const value = readOwn(next, id) ?? null;
      const before = readOwn(current.answers, id);
      return [id, before && before.value === value ? before : { value, at: after(before, at) }];
    }),
  );
  return { ...current, answers };
}

/** The school name stamped at `at`, unless it is unchanged; '' clears it. */
export function stampSchool(current: StampedAnswers, school: string, at: number): StampedAnswers {
  const value = school === '' ? null : school;
  if (current.school.value === value) return current;
  return { ...current, school: { value, at: after(current.school, at) } };
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
