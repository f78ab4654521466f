import * as calendar from './calendar.ts';

/**
 * A day written `YYYY-MM-DD`, as content files, result files and date fields hold it. It has no
 * time zone, so "25 November" stays 25 November wherever the build or the browser runs.
 */
export type IsoDate = string;

// The arithmetic is the calendar module's integer maths; this module only speaks YYYY-MM-DD strings.
function toCalendar(date: IsoDate): calendar.CalendarDate {
  const parsed = calendar.parseIsoDate(date);
  if (!parsed) throw new RangeError(`not a date written YYYY-MM-DD: ${date}`);
  return parsed;
}

/** Adds whole months; a day the target month lacks becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return calendar.toIsoDate(calendar.addMonths(toCalendar(date), months).date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return calendar.daysBetween(toCalendar(from), toCalendar(to));
}

const HOUR_MS = 60 * 60 * 1000;

/** 01:00 GMT on the last Sunday of `month` (0-based), when UK clocks change. */
function lastSundayAtOneGmt(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * Today's date in the UK, as a plain date. Worked out from the UK's summer-time rule (clocks go
 * forward an hour at 01:00 GMT on the last Sunday of March and back at 01:00 GMT on the last Sunday
 * of October, as the Summer Time Order 2002 sets), not with `Intl`: the first formatter with a time
 * zone makes Chromium load its time-zone data, about 60 ms of a school laptop's main thread while
 * an assessment wakes.
 */
export function todayInUk(now: Date = new Date()): IsoDate {
  const at = now.getTime();
  const year = now.getUTCFullYear();
  const summer = at >= lastSundayAtOneGmt(year, 2) && at < lastSundayAtOneGmt(year, 9);
  return new Date(at + (summer ? HOUR_MS : 0)).toISOString().slice(0, 10);
}
