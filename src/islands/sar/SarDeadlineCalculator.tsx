import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatUkDate } from '../../lib/dates/format';
import { DIVISION_NAMES, DIVISIONS } from '../../lib/sar';
import { calendarDownloads } from './calendar-events';
import { evaluateDeadlineForm, readDeadlineForm, type DeadlineField, type DeadlineFormValues } from './deadline-form';
import { downloadText } from '../shared/download';

type DateField = Exclude<DeadlineField, 'pause'>;

// Element ids: one calculator to a page (axe reports duplicate ids if an article adds two).
const id = 'sar';

const INITIAL: DeadlineFormValues = {
  received: '',
  division: 'england-and-wales',
  extended: false,
  paused: false,
  pauseFrom: '',
  pauseTo: '',
  reason: 'clarification',
};

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
  const fieldId = (field: DeadlineField) => `${id}-${field === 'pause' ? 'pauseFrom' : field}`;
  const errorId = `${id}-error`;
  const isInvalid = (field: DateField) =>
    problem?.field === field || (problem?.field === 'pause' && field !== 'received');
  const dateProps = (field: DateField, hintId?: string) => ({
    type: 'date',
    id: fieldId(field),
    name: field,
    required: true,
    'aria-invalid': isInvalid(field) ? ('true' as const) : undefined,
    'aria-describedby': [hintId, isInvalid(field) ? errorId : undefined].filter(Boolean).join(' ') || undefined,
  });
  const inlineError = (fields: DeadlineField[]) =>
    problem && fields.includes(problem.field) ? (
      <p id={errorId} class="sar-error">
        <span class="visually-hidden">Error: </span>
        {problem.message}
      </p>
    ) : null;

  const focusField = (field: DeadlineField) => document.getElementById(fieldId(field))?.focus();
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
    if (checked.kind !== 'result') focusField(checked.field);
  };
  const result = outcome.kind === 'result' ? outcome.result : undefined;
  const downloads = result ? calendarDownloads({ received: values.received, division: values.division, result }) : [];

  return (
    <div class="sar">
      <form ref={formRef} class="sar-form" noValidate onInput={update} onChange={update} onSubmit={submit}>
        <div class="sar-field">
          <label for={fieldId('received')}>Date the request was received</label>
          <p id={`${id}-received-hint`} class="sar-hint">
            This is day 1, even if it was a weekend or a bank holiday.
          </p>
          {inlineError(['received'])}
          <input {...dateProps('received', `${id}-received-hint`)} />
        </div>

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
          <div class="sar-dates">
            <div class="sar-field">
              <label for={fieldId('pauseFrom')}>Date you asked for it</label>
              {inlineError(['pauseFrom', 'pause'])}
              <input {...dateProps('pauseFrom')} />
            </div>
            <div class="sar-field">
              <label for={fieldId('pauseTo')}>Date it arrived</label>
              {inlineError(['pauseTo'])}
              <input {...dateProps('pauseTo')} />
            </div>
          </div>
        </div>

        <button type="submit" class="secondary">
          Work out the deadline
        </button>
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
                  href={`#${fieldId(problem.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(problem.field);
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
