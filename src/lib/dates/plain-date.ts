/**
 * Calendar dates as `YYYY-MM-DD` strings. A plain date has no time zone, so "25 November" stays
 * 25 November wherever the build or the browser runs; `Date` is used only in UTC, internally.
 */
export type PlainDate = string;

/** English month names, fixed so that wording never depends on a machine's locale; the SAR calculator uses them too. */
export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function toUtc(date: PlainDate): Date {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(date: Date): PlainDate {
  return date.toISOString().slice(0, 10);
}

/** Adds whole months; a day the target month lacks becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const start = toUtc(date);
  const firstOfTarget = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return fromUtc(firstOfTarget);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** "25 November 2026": the UK long form, independent of the machine's locale. */
export function formatUkDate(date: PlainDate): string {
  const utc = toUtc(date);
  return `${utc.getUTCDate()} ${MONTHS[utc.getUTCMonth()]} ${utc.getUTCFullYear()}`;
}

/** Today's date in the UK, as a plain date. */
export function todayInUk(now: Date = new Date()): PlainDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}
