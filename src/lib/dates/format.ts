import { dayOfWeek, parseIsoDate, type CalendarDate } from './calendar';
import type { IsoDate } from './iso-date';

// Fixed English names, so the wording never depends on the browser's or the server's locale.
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
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface DateStyle {
  /** "Friday 28 February 2025", the way UK guidance writes a deadline. */
  weekday?: boolean;
  /** "20 Nov 2026", short enough for a table cell. */
  shortMonth?: boolean;
}

/**
 * "25 November 2026", the one way the site writes a date. Integer arithmetic rather than `Date`,
 * which would shift a day near midnight and read years below 100 as 19xx.
 */
export function formatUkDate(date: IsoDate | CalendarDate, style: DateStyle = {}): string {
  const parsed = typeof date === 'string' ? parseIsoDate(date) : date;
  if (!parsed) throw new RangeError(`Not a YYYY-MM-DD date: "${String(date)}"`);
  const monthName = MONTHS[parsed.month - 1] ?? '';
  const text = `${parsed.day} ${style.shortMonth ? monthName.slice(0, 3) : monthName} ${parsed.year}`;
  return style.weekday ? `${WEEKDAYS[dayOfWeek(parsed)]} ${text}` : text;
}
