import type { ActionTracking } from '../../schemas/result';
import type { IsoDate } from '../dates/iso-date';

// On its own, not in tracking.ts: the trust dashboard needs only this, and a module both pages use
// is bundled whole into the script they share.

/** True when an action is not Done and its due date is before `today`. */
export function isOverdue(tracked: ActionTracking | undefined, today: IsoDate): boolean {
  // Both are YYYY-MM-DD, so comparing the text compares the days; due today is not yet overdue.
  return tracked !== undefined && tracked.status !== 'done' && tracked.due !== undefined && tracked.due < today;
}
