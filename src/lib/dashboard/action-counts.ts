import type { IsoDate } from '../dates/iso-date';
import { readOwn } from '../assessment/answers';
import { isOverdue } from '../results/overdue';
import type { Tracking } from '../results/tracking';

/** How a school's action plan stands. */
export interface ActionCounts {
  /** Actions marked Done. */
  done: number;
  /** Actions not yet Done (not started or in progress), overdue ones included. */
  open: number;
  /** Open actions whose due date is before today. */
  overdue: number;
}

/**
 * Counts a plan's actions (the questions whose answers call for one) by their tracking. An action
 * nobody has tracked is open and never overdue. Due today is not overdue: the day is not over.
 */
export function countActions(
  actionQuestionIds: readonly string[],
  tracking: Tracking['actions'],
  today: IsoDate,
): ActionCounts {
  const counts: ActionCounts = { done: 0, open: 0, overdue: 0 };
  for (const questionId of actionQuestionIds) {
    const tracked = readOwn(tracking, questionId);
    if (tracked?.status === 'done') {
      counts.done += 1;
      continue;
    }
    counts.open += 1;
    if (isOverdue(tracked, today)) counts.overdue += 1;
  }
  return counts;
}
