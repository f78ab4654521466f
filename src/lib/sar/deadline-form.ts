// The calculator's form as data: what each question holds, and what the answers add up to.
import { readDateParts, type DatePart, type DateParts } from '../dates/date-parts';
import { calculateSarDeadline, type PauseReason, type SarDeadlineResult } from './deadline';
import type { Division } from './divisions';

/** The three date questions, each typed as day, month and year boxes. */
export type DateField = 'received' | 'pauseFrom' | 'pauseTo';

/** What the calculator's form holds, read straight from its fields. */
export interface DeadlineFormValues {
  received: DateParts;
  division: Division;
  extended: boolean;
  paused: boolean;
  pauseFrom: DateParts;
  pauseTo: DateParts;
  reason: PauseReason;
}

/** The fields a problem can belong to; `pause` is both pause dates. */
export type DeadlineField = DateField | 'pause';

/** A problem, with the boxes to mark and focus (all three when the whole date is wrong). */
interface FieldProblem {
  field: DeadlineField;
  parts: DatePart[];
  message: string;
}

export type DeadlineOutcome =
  /** A date is empty or half typed: a prompt while the person types, an error once they submit. */
  | ({ kind: 'missing' } & FieldProblem)
  | ({ kind: 'problem' } & FieldProblem)
  | { kind: 'result'; received: string; result: Extract<SarDeadlineResult, { ok: true }> };

/** How each date question reads, as its legend says and as its messages name it. */
export const DATE_LABELS: Record<DateField, string> = {
  received: 'Date the request was received',
  pauseFrom: 'Date you asked for it',
  pauseTo: 'Date it arrived',
};

const EMPTY_MESSAGES: Record<DateField, string> = {
  received: 'Enter the date the request was received.',
  pauseFrom: 'Enter the date you asked for the information.',
  pauseTo: 'Enter the date the information arrived.',
};

const ALL_PARTS: DatePart[] = ['day', 'month', 'year'];

/** The form field name of one box of a date question, e.g. `received-day`. */
export const datePartName = (field: DateField, part: DatePart) => `${field}-${part}`;

/** One date question's date, or why there is none yet. */
function readDate(field: DateField, parts: DateParts): { iso: string } | Extract<DeadlineOutcome, FieldProblem> {
  const reading = readDateParts(parts, DATE_LABELS[field]);
  switch (reading.kind) {
    case 'date':
      return { iso: reading.iso };
    case 'empty':
      return { kind: 'missing', field, parts: ALL_PARTS, message: EMPTY_MESSAGES[field] };
    case 'incomplete':
      return { kind: 'missing', field, parts: reading.parts, message: reading.message };
    case 'invalid':
      return { kind: 'problem', field, parts: reading.parts, message: reading.message };
  }
}

export function evaluateDeadlineForm(values: DeadlineFormValues): DeadlineOutcome {
  const received = readDate('received', values.received);
  if (!('iso' in received)) return received;
  const base = { received: received.iso, division: values.division, extended: values.extended };
  const withoutPause = calculateSarDeadline(base);
  if (!withoutPause.ok) return { kind: 'problem', field: 'received', parts: ALL_PARTS, message: withoutPause.error };
  if (!values.paused) return { kind: 'result', received: received.iso, result: withoutPause };

  const from = readDate('pauseFrom', values.pauseFrom);
  if (!('iso' in from)) return from;
  const to = readDate('pauseTo', values.pauseTo);
  if (!('iso' in to)) return to;
  // The request alone gave a deadline, so anything wrong now is about the pause.
  const withPause = calculateSarDeadline({ ...base, pause: { from: from.iso, to: to.iso, reason: values.reason } });
  return withPause.ok
    ? { kind: 'result', received: received.iso, result: withPause }
    : { kind: 'problem', field: 'pause', parts: ALL_PARTS, message: withPause.error };
}
