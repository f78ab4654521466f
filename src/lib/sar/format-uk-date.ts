import { MONTHS } from '../dates/plain-date';
import { dayOfWeek, parseIsoDate, type PlainDate } from '../dates/calendar';

// Fixed English names, so the wording never depends on the browser's or the server's locale.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function toPlainDate(date: string | PlainDate): PlainDate {
  if (typeof date !== 'string') return date;
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a YYYY-MM-DD date: "${date}"`);
  return parsed;
}

/**
 * "28 February 2025", as the rest of the site writes dates (src/lib/dates formatUkDate). Its own
 * arithmetic rather than that function's `Date`, which would read years below 100 as 19xx.
 */
export function formatDayMonthYear(date: string | PlainDate): string {
  const { year, month, day } = toPlainDate(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "Friday 28 February 2025", the way UK guidance writes a deadline. */
export function formatUkDateWithWeekday(date: string | PlainDate): string {
  const plain = toPlainDate(date);
  return `${WEEKDAYS[dayOfWeek(plain)]} ${formatDayMonthYear(plain)}`;
}
