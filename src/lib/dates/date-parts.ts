import { daysInMonth } from '../../schemas/iso-date';
import { toIsoDate } from './calendar';

/**
 * A date typed as three boxes, day, month and year (the GOV.UK date input pattern). Separate boxes
 * work the same in every browser and language, unlike the browser's own date field.
 */
export interface DateParts {
  /** What was typed in the Day box. */
  day: string;
  /** What was typed in the Month box. */
  month: string;
  /** What was typed in the Year box. */
  year: string;
}

/** The name of each box, as its label reads. */
export type DatePart = keyof DateParts;

export type DatePartsReading =
  /** Nothing typed yet. */
  | { kind: 'empty' }
  /** Some boxes are still empty, or the year is short: likely still being typed. */
  | { kind: 'incomplete'; message: string; parts: DatePart[] }
  /** Everything is typed but it is not a date. */
  | { kind: 'invalid'; message: string; parts: DatePart[] }
  | { kind: 'date'; iso: string };

const PART_ORDER: readonly DatePart[] = ['day', 'month', 'year'];

/**
 * Reads three boxes into a `YYYY-MM-DD` date. `label` names the whole date in messages, which follow
 * the GOV.UK wording ("Date received must include a month"). Spaces are ignored, as people type them.
 */
export function readDateParts(parts: DateParts, label: string): DatePartsReading {
  const text = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = PART_ORDER.filter((part) => text[part] === '');
  if (missing.length === PART_ORDER.length) return { kind: 'empty' };
  if (missing.length > 0) {
    return { kind: 'incomplete', message: `${label} must include a ${missing.join(' and ')}.`, parts: missing };
  }
  const notNumbers = PART_ORDER.filter((part) => !/^\d+$/.test(text[part]));
  if (notNumbers.length > 0) {
    return { kind: 'invalid', message: `${label} must be a real date, in numbers.`, parts: notNumbers };
  }
  if (text.year.length < 4) {
    return { kind: 'incomplete', message: 'Year must include 4 numbers.', parts: ['year'] };
  }
  const day = Number(text.day);
  const month = Number(text.month);
  const year = Number(text.year);
  if (text.year.length > 4 || month < 1 || month > 12) {
    return {
      kind: 'invalid',
      message: `${label} must be a real date.`,
      parts: text.year.length > 4 ? ['year'] : ['month'],
    };
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return { kind: 'invalid', message: `${label} must be a real date.`, parts: ['day'] };
  }
  return { kind: 'date', iso: toIsoDate({ year, month, day }) };
}
