import { dayOfWeek, parseIsoDate, type PlainDate } from './dates';

// Fixed English names, so the wording never depends on the browser's or the server's locale.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = [
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

function toPlainDate(date: string | PlainDate): PlainDate {
  if (typeof date !== 'string') return date;
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a YYYY-MM-DD date: "${date}"`);
  return parsed;
}

/** "28 February 2025". */
export function formatDayMonthYear(date: string | PlainDate): string {
  const { year, month, day } = toPlainDate(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "Friday 28 February 2025", the way UK guidance writes a date. */
export function formatUkDate(date: string | PlainDate): string {
  const plain = toPlainDate(date);
  return `${WEEKDAYS[dayOfWeek(plain)]} ${formatDayMonthYear(plain)}`;
}
