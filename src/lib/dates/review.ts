import { addMonths, daysBetween, type IsoDate } from './iso-date';

export interface ReviewStatus {
  /** When the next review is due. */
  due: IsoDate;
  /** Days past the due date; 0 or less when not yet due. */
  daysOverdue: number;
  /** True once the due date has passed. */
  overdue: boolean;
}

/** An article's review falls due `everyMonths` after it was last reviewed. */
export function reviewStatus(reviewed: IsoDate, everyMonths: number, today: IsoDate): ReviewStatus {
  const due = addMonths(reviewed, everyMonths);
  const daysOverdue = daysBetween(due, today);
  return { due, daysOverdue, overdue: daysOverdue > 0 };
}
