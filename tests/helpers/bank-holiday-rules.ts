/**
 * The rules UK bank holidays follow, used by the tests to check src/data/uk-bank-holidays.json
 * for the years GOV.UK does not list yet. One-off days (a coronation, a jubilee) are announced
 * by proclamation and cannot be computed; the data file notes any.
 */
import { addDays, dayOfWeek, isWeekend, toIsoDate, type CalendarDate } from '../../src/lib/dates/calendar';
import type { Division } from '../../src/lib/sar/divisions';

export interface BankHoliday {
  /** YYYY-MM-DD */
  readonly date: string;
  /** GOV.UK's name for the day, with "(substitute day)" when it replaces a weekend date. */
  readonly title: string;
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

function firstMonday(year: number, month: number): CalendarDate {
  const first = { year, month, day: 1 };
  return addDays(first, (8 - dayOfWeek(first)) % 7);
}

function lastMonday(year: number, month: number): CalendarDate {
  const firstOfNext = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  const lastDay = addDays(firstOfNext, -1);
  return addDays(lastDay, -((dayOfWeek(lastDay) + 6) % 7));
}

interface FixedHoliday {
  month: number;
  day: number;
  title: string;
}

const FIXED: Record<Division, FixedHoliday[]> = {
  'england-and-wales': [
    { month: 1, day: 1, title: 'New Year’s Day' },
    { month: 12, day: 25, title: 'Christmas Day' },
    { month: 12, day: 26, title: 'Boxing Day' },
  ],
  scotland: [
    { month: 1, day: 1, title: 'New Year’s Day' },
    { month: 1, day: 2, title: '2nd January' },
    { month: 11, day: 30, title: 'St Andrew’s Day' },
    { month: 12, day: 25, title: 'Christmas Day' },
    { month: 12, day: 26, title: 'Boxing Day' },
  ],
  'northern-ireland': [
    { month: 1, day: 1, title: 'New Year’s Day' },
    { month: 3, day: 17, title: 'St Patrick’s Day' },
    { month: 7, day: 12, title: 'Battle of the Boyne (Orangemen’s Day)' },
    { month: 12, day: 25, title: 'Christmas Day' },
    { month: 12, day: 26, title: 'Boxing Day' },
  ],
};

function movableHolidays(year: number, division: Division): BankHoliday[] {
  const easter = easterSunday(year);
  const holiday = (date: CalendarDate, title: string) => ({ date: toIsoDate(date), title });
  return [
    holiday(addDays(easter, -2), 'Good Friday'),
    // Easter Monday is not a bank holiday in Scotland.
    ...(division === 'scotland' ? [] : [holiday(addDays(easter, 1), 'Easter Monday')]),
    holiday(firstMonday(year, 5), 'Early May bank holiday'),
    holiday(lastMonday(year, 5), 'Spring bank holiday'),
    holiday(division === 'scotland' ? firstMonday(year, 8) : lastMonday(year, 8), 'Summer bank holiday'),
  ];
}

/**
 * A year's bank holidays in one division. A fixed date on a weekend moves to the next weekday that
 * is not already a holiday, which gives GOV.UK's pairs: Christmas on a Saturday and Boxing Day on a
 * Sunday become Monday 27 and Tuesday 28 December; in Scotland, New Year's Day on a Sunday leaves
 * 2 January on the Monday and moves New Year's Day to Tuesday 3 January.
 */
export function ruleBasedBankHolidays(year: number, division: Division): BankHoliday[] {
  const fixed = FIXED[division].map((holiday) => ({
    ...holiday,
    date: { year, month: holiday.month, day: holiday.day },
  }));
  const taken = new Set(fixed.filter(({ date }) => !isWeekend(date)).map(({ date }) => toIsoDate(date)));
  const fixedHolidays = fixed.map(({ date, title }) => {
    if (!isWeekend(date)) return { date: toIsoDate(date), title };
    let substitute = date;
    while (isWeekend(substitute) || taken.has(toIsoDate(substitute))) substitute = addDays(substitute, 1);
    taken.add(toIsoDate(substitute));
    return { date: toIsoDate(substitute), title: `${title} (substitute day)` };
  });
  return [...fixedHolidays, ...movableHolidays(year, division)].sort((a, b) => a.date.localeCompare(b.date));
}
