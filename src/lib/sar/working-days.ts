import { addDays, isWeekend, type CalendarDate } from '../dates/calendar';
import { bankHolidayOn, isCovered } from './bank-holidays';
import type { Division } from './divisions';

export interface NonWorkingDay {
  readonly date: CalendarDate;
  /** "weekend", or the bank holiday's name. */
  readonly reason: string;
}

export interface WorkingDay {
  readonly date: CalendarDate;
  /** The days passed over to reach `date`, in order; empty when the first date was a working day. */
  readonly skipped: readonly NonWorkingDay[];
}

/**
 * `date` itself when it is a working day, otherwise the next one, with the days passed over.
 * Null when the answer needs a date the bank-holiday data does not cover.
 */
export function rollToWorkingDay(date: CalendarDate, division: Division): WorkingDay | null {
  const skipped: NonWorkingDay[] = [];
  for (let current = date; isCovered(current); current = addDays(current, 1)) {
    const holiday = bankHolidayOn(current, division);
    if (!holiday && !isWeekend(current)) return { date: current, skipped };
    skipped.push({ date: current, reason: holiday ?? 'weekend' });
  }
  return null;
}
