import * as calendar from './calendar';

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

// Making a formatter with a time zone costs about 0.4 ms of CPU, formatting with one a few
// microseconds; the build asks for today's date on every article page, so one formatter serves all.
let ukDayFormat: Intl.DateTimeFormat | undefined;

/** Today's date in the UK, as a plain date. */
export function todayInUk(now: Date = new Date()): IsoDate {
  ukDayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });
  return ukDayFormat.format(now);
}
