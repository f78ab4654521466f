import { describe, expect, it } from 'vitest';
import data from '../../src/data/uk-bank-holidays.json';
import { bankHolidayOn, BANK_HOLIDAY_COVERAGE } from '../../src/lib/sar/bank-holidays';
import { easterSunday, ruleBasedBankHolidays } from '../helpers/bank-holiday-rules';
import { isWeekend, parseIsoDate, toIsoDate } from '../../src/lib/dates/calendar';
import { DIVISIONS, type Division } from '../../src/lib/sar/divisions';
import { rollToWorkingDay } from '../../src/lib/sar/working-days';

const date = (iso: string) => {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(`bad test date ${iso}`);
  return parsed;
};
const YEARS = [2024, 2025, 2026, 2027, 2028, 2029, 2030];
const datesIn = (division: Division, year: number) =>
  data.divisions[division].filter(({ date }) => date.startsWith(`${year}-`)).map(({ date }) => date);

describe('the bank holiday data file', () => {
  it('names its source and the range it covers', () => {
    expect(data.sourceUrl).toBe('https://www.gov.uk/bank-holidays');
    expect(data.from).toBe('2024-01-01');
    expect(data.to).toBe('2030-12-31');
    expect(Object.keys(data.divisions).sort()).toEqual([...DIVISIONS].sort());
  });

  it.each(DIVISIONS)('lists real weekdays for %s, in order, once each, within the range', (division) => {
    const dates = data.divisions[division].map(({ date }) => date);
    expect(dates).toEqual([...new Set(dates)].sort());
    for (const iso of dates) {
      expect(isWeekend(date(iso)), iso).toBe(false);
      expect(iso >= data.from && iso <= data.to, iso).toBe(true);
    }
  });

  // No one-off bank holiday is known for 2024 to 2030, so every year must follow the rules exactly.
  it.each(DIVISIONS.flatMap((division) => YEARS.map((year) => [division, year] as const)))(
    'matches the rules for %s in %i',
    (division, year) => {
      const listed = data.divisions[division].filter(({ date }) => date.startsWith(`${year}-`));
      expect(listed).toEqual(ruleBasedBankHolidays(year, division));
    },
  );
});

describe('dates GOV.UK publishes', () => {
  it('has England and Wales 2025', () => {
    expect(datesIn('england-and-wales', 2025)).toEqual([
      '2025-01-01',
      '2025-04-18',
      '2025-04-21',
      '2025-05-05',
      '2025-05-26',
      '2025-08-25',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('has Scotland 2026, with 2 January, the first Monday in August and St Andrew’s Day', () => {
    expect(datesIn('scotland', 2026)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-04-03',
      '2026-05-04',
      '2026-05-25',
      '2026-08-03',
      '2026-11-30',
      '2026-12-25',
      '2026-12-28',
    ]);
  });

  it('has Northern Ireland 2024, with St Patrick’s Day moved off a Sunday', () => {
    expect(datesIn('northern-ireland', 2024)).toEqual([
      '2024-01-01',
      '2024-03-18',
      '2024-03-29',
      '2024-04-01',
      '2024-05-06',
      '2024-05-27',
      '2024-07-12',
      '2024-08-26',
      '2024-12-25',
      '2024-12-26',
    ]);
  });

  it.each(DIVISIONS)(
    'moves Christmas in %s: Boxing Day on Saturday 2026, both days on the 2027 weekend',
    (division) => {
      expect(bankHolidayOn(date('2026-12-28'), division)).toBe('Boxing Day (substitute day)');
      expect(bankHolidayOn(date('2027-12-27'), division)).toBe('Christmas Day (substitute day)');
      expect(bankHolidayOn(date('2027-12-28'), division)).toBe('Boxing Day (substitute day)');
    },
  );
});

describe('the rules', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    // Extremes of the Gregorian computus.
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
  ])('puts Easter Sunday %i on %s', (year, expected) => {
    expect(toIsoDate(easterSunday(year))).toBe(expected);
  });

  it('gives Scotland Good Friday but not Easter Monday', () => {
    expect(bankHolidayOn(date('2026-04-03'), 'scotland')).toBe('Good Friday');
    expect(bankHolidayOn(date('2026-04-06'), 'scotland')).toBeUndefined();
    expect(bankHolidayOn(date('2026-04-06'), 'england-and-wales')).toBe('Easter Monday');
  });

  it('gives Scotland Monday 2 and Tuesday 3 January when 1 January is a Sunday', () => {
    // 2023 is outside the data file; the next such year is 2034.
    expect(
      ruleBasedBankHolidays(2023, 'scotland')
        .slice(0, 2)
        .map(({ date }) => date),
    ).toEqual(['2023-01-02', '2023-01-03']);
  });

  it('moves Scotland’s 2 January and both New Year days off a weekend', () => {
    expect(datesIn('scotland', 2027).slice(0, 2)).toEqual(['2027-01-01', '2027-01-04']);
    expect(datesIn('scotland', 2028).slice(0, 2)).toEqual(['2028-01-03', '2028-01-04']);
  });

  it('gives Northern Ireland the Battle of the Boyne, moved to Monday 13 July in 2026', () => {
    expect(bankHolidayOn(date('2026-07-13'), 'northern-ireland')).toBe(
      'Battle of the Boyne (Orangemen’s Day) (substitute day)',
    );
    expect(bankHolidayOn(date('2028-07-12'), 'northern-ireland')).toBe('Battle of the Boyne (Orangemen’s Day)');
    expect(bankHolidayOn(date('2028-07-12'), 'england-and-wales')).toBeUndefined();
  });
});

describe('finding the next working day', () => {
  it('keeps a working day', () => {
    expect(rollToWorkingDay(date('2025-02-28'), 'england-and-wales')).toEqual({
      date: date('2025-02-28'),
      skipped: [],
    });
  });

  it('lists what it skipped', () => {
    const result = rollToWorkingDay(date('2025-04-18'), 'england-and-wales');
    expect(result?.date).toEqual(date('2025-04-22'));
    expect(result?.skipped.map(({ reason }) => reason)).toEqual(['Good Friday', 'weekend', 'weekend', 'Easter Monday']);
  });

  it('gives no answer past the end of the data', () => {
    expect(BANK_HOLIDAY_COVERAGE.to).toEqual(date('2030-12-31'));
    expect(rollToWorkingDay(date('2031-01-03'), 'scotland')).toBeNull();
  });
});
