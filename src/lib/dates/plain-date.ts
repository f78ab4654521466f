import * as calendar from './calendar';

/**
 * Calendar dates as `YYYY-MM-DD` strings, as content files and the DOM write them. A plain date has
 * no time zone, so "25 November" stays 25 November wherever the build or the browser runs.
 */
export type PlainDate = string;

/** English month names, fixed so that wording never depends on a machine's locale; the SAR calculator uses them too. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// The arithmetic is the calendar module's integer maths; this module only speaks YYYY-MM-DD strings.
function toCalendar(date: PlainDate): calendar.PlainDate {
  const parsed = calendar.parseIsoDate(date);
  if (!parsed) throw new RangeError(`not a date written YYYY-MM-DD: ${date}`);
  return parsed;
}

/** Adds whole months; a day the target month lacks becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: PlainDate, months: number): PlainDate {
  return calendar.toIsoDate(calendar.addMonths(toCalendar(date), months).date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return calendar.daysBetween(toCalendar(from), toCalendar(to));
}

/** "25 November 2026": the UK long form, independent of the machine's locale. */
export function formatUkDate(date: PlainDate): string {
  const { year, month, day } = toCalendar(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

let ukDayFormat: Intl.DateTimeFormat | undefined;

/**
 * Today's date in the UK, as a plain date. The formatter is made once, on first use: making one
 * costs far more than formatting, and the trust dashboard formats a date for every file.
 */
export function todayInUk(now: Date = new Date()): PlainDate {
  ukDayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });
  return ukDayFormat.format(now);
}
