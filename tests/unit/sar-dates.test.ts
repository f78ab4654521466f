import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOfWeek, daysBetween, parseIsoDate, toIsoDate } from '../../src/lib/dates/calendar';
import { formatUkDate } from '../../src/lib/dates/format';

const date = (iso: string) => {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(`bad test date ${iso}`);
  return parsed;
};

describe('reading YYYY-MM-DD', () => {
  it('reads a real date', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it.each([
    '2025-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-5',
    '31/01/2025',
    '2025-01-31T00:00',
    '',
  ])('refuses %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  it('writes dates back with zero padding', () => {
    expect(toIsoDate({ year: 2025, month: 3, day: 7 })).toBe('2025-03-07');
  });
});

describe('calendar arithmetic', () => {
  // The UTC Date is the reference here only: the library never uses Date.
  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('agrees with UTC dates on weekday and day counting, 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47482 }), fc.integer({ min: -800, max: 800 }), (dayNumber, offset) => {
        const iso = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        const plain = date(iso);
        const later = addDays(plain, offset);
        expect(dayOfWeek(plain)).toBe(utc(iso).getUTCDay());
        expect(toIsoDate(later)).toBe(new Date(utc(iso).getTime() + offset * 86_400_000).toISOString().slice(0, 10));
        expect(daysBetween(plain, later)).toBe(offset);
      }),
    );
  });

  it('adds days across a year end and 29 February', () => {
    expect(toIsoDate(addDays(date('2027-12-31'), 1))).toBe('2028-01-01');
    expect(toIsoDate(addDays(date('2028-02-28'), 1))).toBe('2028-02-29');
    expect(toIsoDate(addDays(date('2025-02-28'), 1))).toBe('2025-03-01');
  });

  it.each([
    ['2025-01-03', 1, '2025-02-03', false],
    ['2025-01-31', 1, '2025-02-28', true],
    ['2028-01-31', 1, '2028-02-29', true],
    ['2028-01-29', 1, '2028-02-29', false],
    ['2025-03-31', 1, '2025-04-30', true],
    ['2025-11-30', 3, '2026-02-28', true],
    ['2025-12-15', 1, '2026-01-15', false],
  ] as const)('%s plus %i month(s) is %s (clamped: %s)', (from, months, expected, clamped) => {
    const result = addMonths(date(from), months);
    expect(toIsoDate(result.date)).toBe(expected);
    expect(result.clamped).toBe(clamped);
  });
});

describe('UK date wording', () => {
  it('writes weekday, day, month and year in English', () => {
    expect(formatUkDate('2025-02-28', { weekday: true })).toBe('Friday 28 February 2025');
    expect(formatUkDate('2028-02-29', { weekday: true })).toBe('Tuesday 29 February 2028');
    expect(formatUkDate({ year: 2026, month: 11, day: 1 }, { weekday: true })).toBe('Sunday 1 November 2026');
  });

  it('writes a date without its weekday', () => {
    expect(formatUkDate('2025-12-01')).toBe('1 December 2025');
  });

  it('words every month in English, in full or as three letters', () => {
    const names = 'January February March April May June July August September October November December'.split(' ');
    const short = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
    names.forEach((name, index) => {
      const iso = `2026-${String(index + 1).padStart(2, '0')}-15`;
      expect(formatUkDate(iso)).toBe(`15 ${name} 2026`);
      expect(formatUkDate(iso, { shortMonth: true })).toBe(`15 ${short[index]} 2026`);
    });
  });

  it('keeps a year below 100 as it is', () => {
    expect(formatUkDate({ year: 2, month: 1, day: 31 })).toBe('31 January 2');
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatUkDate('2025-02-29', { weekday: true })).toThrow(RangeError);
  });
});
