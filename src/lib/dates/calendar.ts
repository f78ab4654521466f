import { daysInMonth, isIsoDate } from '../../schemas/iso-date.ts';
import type { IsoDate } from './iso-date.ts';

/**
 * A day as year, month (1-12) and day, for arithmetic. Deadlines are whole days in the UK, so
 * these never touch `Date`, whose local-time arithmetic would shift a date by one near midnight
 * or a clock change.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Reads `YYYY-MM-DD`; anything else, or a date that does not exist (30 February), is null. */
export function parseIsoDate(text: string): CalendarDate | null {
  if (!isIsoDate(text)) return null;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function toIsoDate(date: CalendarDate): IsoDate {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

// Days since 1970-01-01, by Howard Hinnant's days_from_civil, so that adding days is integer maths.
function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to`: 0 for the same date, negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** 0 is Sunday, 6 is Saturday, as in `Date.prototype.getUTCDay`. */
export function dayOfWeek(date: CalendarDate): number {
  // 1 January 1970 was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: CalendarDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/**
 * The same day of the month `months` later; when that month is too short, its last day, and
 * `clamped` says so (31 January plus one month is 28 or 29 February).
 */
export function addMonths(date: CalendarDate, months: number): { date: CalendarDate; clamped: boolean } {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = daysInMonth(year, month);
  return { date: { year, month, day: Math.min(date.day, lastDay) }, clamped: date.day > lastDay };
}
