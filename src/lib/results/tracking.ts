import type { ActionTracking } from '../../schemas/result';
import { isIsoDate } from '../../schemas/iso-date';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  MAX_NOTE_LENGTH,
  MAX_OWNER_LENGTH,
  type ActionStatus,
} from '../../schemas/result-format';
import { readOwn } from '../assessment/answers';
import { formatUkDate } from '../dates/format';
import type { IsoDate } from '../dates/iso-date';
import { isOverdue } from './overdue';
import { cutText } from './school';

/** What a school keeps beside its answers: evidence notes and who does each action, by when. */
export interface Tracking {
  /** Per question id, the note kept against it (where the evidence is). */
  notes: Record<string, string>;
  /** Per question id, the owner, due date and status of the action its answer calls for. */
  actions: Record<string, ActionTracking>;
}

/** Nothing noted, no action tracked. */
export const NO_TRACKING: Tracking = { notes: {}, actions: {} };

/** The fields kept per question, each saved and merged on its own. */
export const TRACKED_FIELDS = ['note', 'owner', 'due', 'status'] as const;

export type TrackedField = (typeof TRACKED_FIELDS)[number];

/** Field values per question id, as they are saved: '' or a missing id means none. */
export type TrackedValues = Record<TrackedField, Record<string, string>>;

/** A note as it is kept: at most `MAX_NOTE_LENGTH` code units, never ending in half a character. */
export function normalizeNote(note: string): string {
  return cutText(note, MAX_NOTE_LENGTH);
}

/** The character count under a note: what is left, or the limit before anything is typed. */
export function noteCountText(length: number): string {
  const left = MAX_NOTE_LENGTH - length;
  if (length === 0) return `You can enter up to ${MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters`;
  return `You have ${left.toLocaleString('en-GB')} ${left === 1 ? 'character' : 'characters'} remaining`;
}

/** One line on where an action stands, e.g. "In progress. Owner: Ms Patel. Due 31 January 2027 (overdue)." */
export function describeTracking(tracked: ActionTracking | undefined, today: IsoDate): string {
  const parts = [`${ACTION_STATUS_LABELS[tracked?.status ?? 'not-started']}.`];
  if (tracked?.owner) parts.push(`Owner: ${tracked.owner}.`);
  if (tracked?.due) parts.push(`Due ${formatUkDate(tracked.due)}${isOverdue(tracked, today) ? ' (overdue)' : ''}.`);
  return parts.join(' ');
}

/**
 * The tracking in per-field values. Anything that could not have been typed on the page (a due date
 * that is not a real day, an unknown status) is left out, and over-long text is cut, so a tampered
 * record can never put something into an export that its reader would refuse.
 */
export function trackingFrom(values: TrackedValues): Tracking {
  const notes = Object.fromEntries(
    Object.entries(values.note).flatMap(([id, note]) => {
      const kept = normalizeNote(note);
      return kept.trim() === '' ? [] : [[id, kept]];
    }),
  );
  const ids = new Set([...Object.keys(values.owner), ...Object.keys(values.due), ...Object.keys(values.status)]);
  const actions = Object.fromEntries(
    [...ids].flatMap((id) => {
      const owner = cutText((readOwn(values.owner, id) ?? '').trim(), MAX_OWNER_LENGTH).trim();
      const due = readOwn(values.due, id) ?? '';
      const status = readOwn(values.status, id) ?? '';
      const tracked: ActionTracking = {
        ...(owner === '' ? {} : { owner }),
        ...(isIsoDate(due) ? { due } : {}),
        status: isStatus(status) ? status : 'not-started',
      };
      const touched = tracked.owner !== undefined || tracked.due !== undefined || isStatus(status);
      return touched ? [[id, tracked]] : [];
    }),
  );
  return { notes, actions };
}

/** The tracking as per-field values, the reverse of `trackingFrom`. */
export function trackedValuesOf(tracking: Tracking): TrackedValues {
  const actions = Object.entries(tracking.actions);
  return {
    note: tracking.notes,
    owner: Object.fromEntries(actions.flatMap(([id, action]) => (action.owner ? [[id, action.owner]] : []))),
    due: Object.fromEntries(actions.flatMap(([id, action]) => (action.due ? [[id, action.due]] : []))),
    status: Object.fromEntries(actions.map(([id, action]) => [id, action.status])),
  };
}

/** Each tracked action's status, as a share link carries it. */
export function statusesOf(tracking: Tracking): Record<string, ActionStatus> {
  return Object.fromEntries(Object.entries(tracking.actions).map(([id, action]) => [id, action.status]));
}

/** A share link's statuses as tracking: it carries no notes, owners or due dates. */
export function trackingOfStatuses(statuses: Readonly<Record<string, ActionStatus>>): Tracking {
  return { notes: {}, actions: Object.fromEntries(Object.entries(statuses).map(([id, status]) => [id, { status }])) };
}

/** Only the notes and actions of questions in `questionIds`: a question removed from the assessment takes its own with it. */
export function keepTrackingFor(tracking: Tracking, questionIds: ReadonlySet<string>): Tracking {
  const keep = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => questionIds.has(id)));
  return { notes: keep(tracking.notes), actions: keep(tracking.actions) };
}

function isStatus(value: string): value is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(value);
}
