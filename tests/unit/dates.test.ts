import { describe, expect, it } from 'vitest';
import { formatUkDate } from '../../src/lib/dates/format';
import { addMonths, daysBetween, todayInUk } from '../../src/lib/dates/iso-date';
import { reviewStatus } from '../../src/lib/dates/review';
import { buildDate } from '../../src/lib/dates/build-date';

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', 12, '2027-03-31'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('formatUkDate', () => {
  it('writes the UK long form', () => {
    expect(formatUkDate('2026-11-25')).toBe('25 November 2026');
    expect(formatUkDate('2027-01-01')).toBe('1 January 2027');
  });
});

describe('review status', () => {
  it('is due the configured number of months after the last review', () => {
    expect(reviewStatus('2026-01-31', 12, '2026-06-01')).toEqual({
      due: '2027-01-31',
      daysOverdue: -244,
      overdue: false,
    });
  });
  it('is overdue the day after the due date, not on it', () => {
    expect(reviewStatus('2025-11-25', 12, '2026-11-25').overdue).toBe(false);
    expect(reviewStatus('2025-11-25', 12, '2026-11-26')).toMatchObject({ overdue: true, daysOverdue: 1 });
  });
});

describe('dates around the build', () => {
  it('counts whole days', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
  it('uses UK time for today', () => {
    expect(todayInUk(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });
  // In 2026 the clocks go forward on Sunday 29 March and back on Sunday 25 October, at 01:00 GMT.
  it.each([
    ['winter: GMT is UK time', '2026-01-15T23:59:59Z', '2026-01-15'],
    ['the last minute of GMT before the clocks go forward', '2026-03-29T00:59:59Z', '2026-03-29'],
    ['an hour before midnight GMT, the first evening of summer time', '2026-03-29T23:00:00Z', '2026-03-30'],
    ['the day before the clocks go forward, late evening', '2026-03-28T23:30:00Z', '2026-03-28'],
    ['summer time, the last evening before the clocks go back', '2026-10-24T23:30:00Z', '2026-10-25'],
    ['back on GMT after the clocks go back', '2026-10-25T23:30:00Z', '2026-10-25'],
    ['New Year in winter', '2026-12-31T23:59:59Z', '2026-12-31'],
    ['2027: the clocks go forward on 28 March', '2027-03-27T23:30:00Z', '2027-03-27'],
    ['2027: summer time from 28 March', '2027-03-28T23:30:00Z', '2027-03-29'],
  ])('%s (%s is %s in the UK)', (_, instant, expected) => {
    expect(todayInUk(new Date(instant))).toBe(expected);
  });
  it('lets BUILD_DATE pin the date and ignores nonsense', () => {
    expect(buildDate({ BUILD_DATE: '2030-01-02' })).toBe('2030-01-02');
    expect(buildDate({ BUILD_DATE: 'soon' })).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
