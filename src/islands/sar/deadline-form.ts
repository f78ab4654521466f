import {
  calculateSarDeadline,
  isDivision,
  type Division,
  type PauseReason,
  type SarDeadlineResult,
} from '../../lib/sar';

/** What the calculator's form holds, read straight from its fields. */
export interface DeadlineFormValues {
  received: string;
  division: Division;
  extended: boolean;
  paused: boolean;
  pauseFrom: string;
  pauseTo: string;
  reason: PauseReason;
}

/** The fields a problem can belong to; `pause` is both pause dates. */
export type DeadlineField = 'received' | 'pauseFrom' | 'pauseTo' | 'pause';

export type DeadlineOutcome =
  /** A field is still empty: a prompt while the person types, an error once they submit. */
  | { kind: 'missing'; field: DeadlineField; message: string }
  | { kind: 'problem'; field: DeadlineField; message: string }
  | { kind: 'result'; result: Extract<SarDeadlineResult, { ok: true }> };

/** Reads the form by field name, so it works the same before and after the island hydrates. */
export function readDeadlineForm(form: HTMLFormElement): DeadlineFormValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const division = data.get('division');
  return {
    received: text('received'),
    // England and Wales is checked from the start; the fallback only covers a tampered form.
    division: isDivision(division) ? division : 'england-and-wales',
    extended: data.has('extended'),
    paused: data.has('paused'),
    pauseFrom: text('pauseFrom'),
    pauseTo: text('pauseTo'),
    reason: text('reason') === 'identity' ? 'identity' : 'clarification',
  };
}

// While someone types a year into a date field, Chromium reports 0002, 0020 and 0202 on the way
// to 2025; treating those as unfinished stops a flash of "outside the range" errors.
function isUnfinished(value: string): boolean {
  return value === '' || value.startsWith('0');
}

export function evaluateDeadlineForm(values: DeadlineFormValues): DeadlineOutcome {
  if (isUnfinished(values.received)) {
    return { kind: 'missing', field: 'received', message: 'Enter the date the request was received.' };
  }
  const base = { received: values.received, division: values.division, extended: values.extended };
  const withoutPause = calculateSarDeadline(base);
  if (!withoutPause.ok) return { kind: 'problem', field: 'received', message: withoutPause.error };
  if (!values.paused) return { kind: 'result', result: withoutPause };

  if (isUnfinished(values.pauseFrom)) {
    return { kind: 'missing', field: 'pauseFrom', message: 'Enter the date you asked for the information.' };
  }
  if (isUnfinished(values.pauseTo)) {
    return { kind: 'missing', field: 'pauseTo', message: 'Enter the date the information arrived.' };
  }
  // The request alone gave a deadline, so anything wrong now is about the pause.
  const withPause = calculateSarDeadline({
    ...base,
    pause: { from: values.pauseFrom, to: values.pauseTo, reason: values.reason },
  });
  return withPause.ok
    ? { kind: 'result', result: withPause }
    : { kind: 'problem', field: 'pause', message: withPause.error };
}
