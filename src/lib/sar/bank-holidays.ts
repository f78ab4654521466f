import data from '../../data/uk-bank-holidays.json';
import { compareDates, parseIsoDate, toIsoDate, type CalendarDate } from '../dates/calendar';
import { DIVISIONS, type Division } from './divisions';

function requireDate(text: string): CalendarDate {
  const date = parseIsoDate(text);
  if (!date) throw new Error(`uk-bank-holidays.json: "${text}" is not a YYYY-MM-DD date`);
  return date;
}

/** The first and last dates the data file covers; outside them a working day cannot be known. */
export const BANK_HOLIDAY_COVERAGE = { from: requireDate(data.from), to: requireDate(data.to) } as const;

const titlesByDivision = new Map<Division, Map<string, string>>(
  DIVISIONS.map((division) => [division, new Map(data.divisions[division].map(({ date, title }) => [date, title]))]),
);

export function isCovered(date: CalendarDate): boolean {
  return compareDates(date, BANK_HOLIDAY_COVERAGE.from) >= 0 && compareDates(date, BANK_HOLIDAY_COVERAGE.to) <= 0;
}

/** The bank holiday's name when `date` is one in `division`, otherwise undefined. */
export function bankHolidayOn(date: CalendarDate, division: Division): string | undefined {
  return titlesByDivision.get(division)?.get(toIsoDate(date));
}
