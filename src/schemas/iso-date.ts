// The date format of content files, result files and form fields: YYYY-MM-DD, naming a real day.
// Defined here, at the bottom, because the schemas validate with it; src/lib/dates builds on it.
// No zod here, so that islands can use it without bundling zod.

/** YYYY-MM-DD, the one pattern for a written date; it says nothing about whether the day exists. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for YYYY-MM-DD naming a day that exists (not 30 February). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
