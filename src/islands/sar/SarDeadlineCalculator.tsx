import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatUkDate } from '../../lib/dates/format';
import { DIVISION_NAMES, DIVISIONS } from '../../lib/sar';
import { calendarDownloads } from './calendar-events';
import type { DatePart } from '../../lib/dates/date-parts';
import {
  DATE_LABELS,
  datePartName,
  evaluateDeadlineForm,
  type DateField,
  type DeadlineField,
  type DeadlineFormValues,
} from '../../lib/sar/deadline-form';
import { readDeadlineForm } from './deadline-form';
import { downloadText } from '../shared/download';

// Element ids: one calculator to a page (axe reports duplicate ids if an article adds two).
const id = 'sar';

const NO_DATE = { day: '', month: '', year: '' };
const INITIAL: DeadlineFormValues = {
  received: NO_DATE,
  division: 'england-and-wales',
  extended: false,
  paused: false,
  pauseFrom: NO_DATE,
  pauseTo: NO_DATE,
  reason: 'clarification',
};

const PARTS: { part: DatePart; label: string; size: 'short' | 'long' }[] = [
  { part: 'day', label: 'Day', size: 'short' },
  { part: 'month', label: 'Month', size: 'short' },
  { part: 'year', label: 'Year', size: 'long' },
];

const REASONS = [
  {
    value: 'clarification',
    label: 'Clarification of what they want',
    help: 'The days from asking to the reply, both included, do not count.',
  },
  { value: 'identity', label: 'Proof of identity', help: 'The month starts again on the day the proof arrives.' },
] as const;

function Day({ date }: { date: string }) {
  return <time dateTime={date}>{formatUkDate(date, { weekday: true })}</time>;
}

/**
 * When a subject access request must be answered, worked out as the form changes. The form is read
 * by field name rather than controlled, so anything typed before hydration still counts.
 */
export default function SarDeadlineCalculator() {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(INITIAL);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    if (formRef.current) setValues(readDeadlineForm(formRef.current));
  }, []);

  const outcome = evaluateDeadlineForm(values);
  const problem = outcome.kind === 'problem' || (outcome.kind === 'missing' && submitted) ? outcome : undefined;
  const errorId = `${id}-error`;
  const boxId = (field: DateField, part: DatePart) => `${id}-${datePartName(field, part)}`;
  // The box a problem is about: the first it names, so focus lands where the fix starts.
  const problemBox = (field: DeadlineField, parts: readonly DatePart[]) =>
    boxId(field === 'pause' ? 'pauseFrom' : field, parts[0] ?? 'day');
  const isInvalid = (field: DateField, part: DatePart) =>
    (problem?.field === field && problem.parts.includes(part)) || (problem?.field === 'pause' && field !== 'received');
  const inlineError = (fields: DeadlineField[]) =>
    problem && fields.includes(problem.field) ? (
      <p id={errorId} class="sar-error">
        <span class="visually-hidden">Error: </span>
        {problem.message}
      </p>
    ) : null;
  /** A date as three boxes in a fieldset (the GOV.UK date input pattern), with its error inside. */
  const dateInput = (field: DateField, hint: string, errorFields: DeadlineField[]) => {
    const hintId = `${id}-${field}-hint`;
    // A pause that ends before it starts is one message shown once, but it describes both dates.
    const hasError = PARTS.some(({ part }) => isInvalid(field, part));
    return (
      <fieldset class="sar-field" aria-describedby={[hintId, hasError ? errorId : ''].join(' ').trim()}>
        <legend>{DATE_LABELS[field]}</legend>
        <p id={hintId} class="sar-hint">
          {hint}
        </p>
        {inlineError(errorFields)}
        <div class="sar-date">
          {PARTS.map(({ part, label, size }) => (
            <div key={part} class="sar-date-part">
              <label for={boxId(field, part)}>{label}</label>
              <input
                id={boxId(field, part)}
                type="text"
                name={datePartName(field, part)}
                class={`sar-date-${size}`}
                inputMode="numeric"
                autoComplete="off"
                spellcheck={false}
                aria-invalid={isInvalid(field, part) ? 'true' : undefined}
              />
            </div>
          ))}
        </div>
      </fieldset>
    );
  };

  const focusBox = (field: DeadlineField, parts: readonly DatePart[]) =>
    document.getElementById(problemBox(field, parts))?.focus();
  const update = (event: TargetedEvent<HTMLFormElement>) => {
    setValues(readDeadlineForm(event.currentTarget));
    setSaved('');
  };
  const submit = (event: TargetedEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    const now = readDeadlineForm(event.currentTarget);
    setValues(now);
    setSubmitted(true);
    const checked = evaluateDeadlineForm(now);
    if (checked.kind !== 'result') focusBox(checked.field, checked.parts);
  };
  const result = outcome.kind === 'result' ? outcome.result : undefined;
  const downloads =
    outcome.kind === 'result'
      ? calendarDownloads({ received: outcome.received, division: values.division, result: outcome.result })
      : [];

  return (
    <div class="sar">
      <form ref={formRef} class="sar-form" noValidate onInput={update} onChange={update} onSubmit={submit}>
        {dateInput('received', 'For example, 27 3 2026. This is day 1, even if it was a weekend or a bank holiday.', [
          'received',
        ])}

        <fieldset class="sar-field" aria-describedby={`${id}-division-hint`}>
          <legend>Part of the UK the school is in</legend>
          <p id={`${id}-division-hint`} class="sar-hint">
            Bank holidays differ between them.
          </p>
          {DIVISIONS.map((division) => (
            <label key={division} class="sar-choice">
              <input type="radio" name="division" value={division} defaultChecked={division === INITIAL.division} />
              <span>{DIVISION_NAMES[division]}</span>
            </label>
          ))}
        </fieldset>

        <div class="sar-field">
          <label class="sar-choice">
            <input type="checkbox" name="extended" />
            <span>The request is complex or there are several (extend by up to two months)</span>
          </label>
          <label class="sar-choice">
            <input type="checkbox" name="paused" aria-controls={`${id}-pause`} />
            <span>You stopped the clock to ask for clarification or proof of identity</span>
          </label>
        </div>

        <div id={`${id}-pause`} class="sar-pause" hidden={!values.paused}>
          <fieldset class="sar-field">
            <legend>What you asked for</legend>
            {REASONS.map((reason) => (
              <div key={reason.value} class="sar-choice">
                <input
                  type="radio"
                  id={`${id}-reason-${reason.value}`}
                  name="reason"
                  value={reason.value}
                  defaultChecked={reason.value === INITIAL.reason}
                  aria-describedby={`${id}-reason-${reason.value}-hint`}
                />
                <span>
                  <label for={`${id}-reason-${reason.value}`}>{reason.label}</label>
                  <span id={`${id}-reason-${reason.value}-hint`} class="sar-hint">
                    {reason.help}
                  </span>
                </span>
              </div>
            ))}
          </fieldset>
          {dateInput('pauseFrom', 'For example, 3 2 2026.', ['pauseFrom', 'pause'])}
          {dateInput('pauseTo', 'For example, 10 2 2026.', ['pauseTo'])}
        </div>

        <p class="sar-hint">
          School holidays do not pause the clock: the deadline runs through them, as through weekends.
        </p>
        <button type="submit">Work out the deadline</button>
      </form>

      <div class="sar-result">
        <div aria-live="polite">
          {outcome.kind === 'missing' && !problem && (
            <p class="sar-prompt">{`${outcome.message} The deadline will appear here.`}</p>
          )}
          {problem && (
            <div class="sar-problem">
              <p class="sar-problem-title">There is a problem</p>
              <p>
                {/* Following a link to a field scrolls to it but leaves focus behind, so move focus too. */}
                <a
                  href={`#${problemBox(problem.field, problem.parts)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusBox(problem.field, problem.parts);
                  }}
                >
                  {problem.message}
                </a>
              </p>
            </div>
          )}
          {result && (
            <>
              <p class="sar-due-lead">
                {result.extendedDue ? 'With the extension, the response is due by' : 'The response is due by'}
              </p>
              <p class="sar-due">
                <Day date={result.extendedDue ?? result.due} />
              </p>
              {result.tellExtensionBy && (
                <p>
                  Tell the requester that you are extending, and why, by{' '}
                  <strong>
                    <Day date={result.tellExtensionBy} />
                  </strong>
                  , the normal deadline.
                </p>
              )}
            </>
          )}
          {saved && <p>{`Saved ${saved}. Open it to add the event to your calendar.`}</p>}
        </div>
        {result && (
          <>
            <div class="sar-actions">
              {downloads.map((download) => (
                <button
                  key={download.fileName}
                  type="button"
                  onClick={() => {
                    const ics = download.toIcs(location.hostname || 'localhost', new Date().toISOString());
                    downloadText(download.fileName, ics, 'text/calendar;charset=utf-8');
                    setSaved(download.fileName);
                  }}
                >
                  {download.label}
                </button>
              ))}
            </div>
            <p id={`${id}-steps`} class="sar-steps-title">
              How it was worked out
            </p>
            <ol class="sar-steps" aria-labelledby={`${id}-steps`}>
              {result.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
