import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import { formLayout, progressText } from '../../lib/assessment/form-layout';
import { trackingOfStatuses, type Tracking } from '../../lib/results/tracking';
import { downloadAnswers } from './download-answers';
import type { KindParts } from './kind-parts';
import { readForm, readNotes } from './question-form';
import { ResultActions, type Imported } from './ResultActions';
import { Results } from './Results';
import { useConfirm } from './useConfirm';
import { useQuestionForm } from './useQuestionForm';
import { useSavedAnswers, type EarlyInput } from './useSavedAnswers';
import { useSharedView } from './useSharedView';

export interface AssessmentProps {
  /** The assessment's id (its file name), which keys its saved answers. */
  id: string;
  definition: AssessmentDefinition;
  /** The site's address, for absolute links in exported action plans. */
  siteUrl: string;
  /** 2 on the assessment's own page; 3 inside an article, under the article's own heading. */
  headingLevel?: 2 | 3;
  /** The server-rendered question form (QuestionForm.astro), which Preact leaves as it is. */
  children?: ComponentChildren;
}

interface Props extends AssessmentProps {
  /** Scoring, results and action plan of this kind of assessment. */
  parts: KindParts;
}

const hasAnswers = (answers: Answers) => Object.keys(answers).length > 0;

/**
 * An assessment: the server-rendered questions (its children), progress, and the result as the
 * person answers. The island holds state and renders the rest; it keeps the form in step rather
 * than rendering it. Scoring, saving and the file formats are pure functions in src/lib.
 */
export function Assessment({ id, definition, siteUrl, headingLevel = 2, children, parts }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const readEarly = (): EarlyInput => {
    const form = root.current?.querySelector('form');
    const school = root.current?.querySelector<HTMLInputElement>(`#${id}-school`);
    return { answers: form ? readForm(form) : {}, school: school?.value ?? '', notes: form ? readNotes(form) : {} };
  };
  const saved = useSavedAnswers(id, definition, readEarly);
  const sharedView = useSharedView(id, definition);
  const { dialog, ask } = useConfirm(id);
  const [importNotices, setImportNotices] = useState<string[]>([]);
  const shared = sharedView.shared;
  const viewing = shared?.answers ?? saved.answers;
  const layout = useMemo(() => formLayout(definition, saved.answers), [definition, saved.answers]);
  const score = useMemo(() => parts.score(definition, viewing), [parts, definition, viewing]);
  const sharedTracking = useMemo(() => shared && trackingOfStatuses(shared.statuses), [shared]);
  useQuestionForm(root, {
    answers: saved.answers,
    notes: saved.typed.note,
    school: saved.school,
    layout,
    ready: saved.ready,
    onAnswer: saved.setAnswer,
    onNote: (questionId, note) => saved.setTracked('note', questionId, note),
    onSchool: saved.setSchool,
  });
  const resultsProps = { score, headingLevel };
  // Someone opening a share link lands on it: the banner, then the results under it.
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shared) banner.current?.focus();
  }, [shared]);

  const replaceWith = (answers: Answers, school: string, tracking: Tracking | null, done: () => void) => {
    const apply = () => {
      saved.replaceAnswers(answers, school, tracking);
      done();
    };
    if (!hasAnswers(saved.answers)) return apply();
    ask({
      title: 'Replace your answers?',
      body: (
        <p>
          Your own saved answers to “{definition.title}” will be replaced on this device. Download them first if you
          want to keep them.
        </p>
      ),
      confirmLabel: 'Yes, replace my answers',
      onConfirm: apply,
    });
  };

  const applyImported = ({ answers, school, tracking, notices }: Imported) =>
    replaceWith(answers, school, tracking, () => setImportNotices(['Imported the answers from the file.', ...notices]));

  const startAgain = () =>
    ask({
      title: 'Start again?',
      body: (
        <p>
          This clears every answer you have given to “{definition.title}” on this device. Save them as a file first if
          you want to keep them.
        </p>
      ),
      confirmLabel: 'Yes, clear my answers',
      onConfirm: () => {
        saved.startAgain();
        setImportNotices([]);
      },
    });
  return (
    <div class={`assessment${shared ? ' shared-view' : ''}`} data-ready={saved.ready ? 'true' : 'false'} ref={root}>
      {shared && (
        <div class="notice" role="status" tabIndex={-1} ref={banner}>
          <p class="notice-title">You are looking at answers someone shared with you</p>
          {shared.school && (
            <p>
              School: <strong>{shared.school}</strong>
            </p>
          )}
          <p>
            These results come from the link you opened.
            {hasAnswers(saved.answers) ? ' Your own saved answers on this device have not been changed.' : ''}
          </p>
          <div class="button-row">
            <button
              type="button"
              onClick={() => replaceWith(shared.answers, shared.school || saved.school, null, sharedView.close)}
            >
              Use these answers
            </button>
            {hasAnswers(saved.answers) && (
              <button type="button" class="secondary" onClick={sharedView.close}>
                Back to my own answers
              </button>
            )}
          </div>
        </div>
      )}
      {!shared && saved.notice && (
        <div
          class={`notice ${saved.notice.kind === 'restored' ? '' : 'warning'}`}
          role={saved.notice.kind === 'restored' ? 'status' : 'alert'}
        >
          <p>{saved.notice.text}</p>
          {saved.notice.download && (
            <button
              type="button"
              onClick={() => void downloadAnswers(id, definition, saved.answers, saved.school, saved.tracking)}
              disabled={Object.keys(saved.answers).length === 0}
            >
              Download your answers
            </button>
          )}
        </div>
      )}
      {!shared && sharedView.error && (
        <div class="notice warning" role="alert">
          <p>{sharedView.error} Your own answers are shown instead.</p>
        </div>
      )}
      <div class="assessment-progress-bar" hidden={shared !== null}>
        <p class="assessment-progress" role="status" aria-live="polite">
          {progressText(layout.progress)}
        </p>
        <a href={`#${id}-results`}>See your results</a>
      </div>
      <div class="assessment-questions" hidden={shared !== null}>
        {children}
      </div>
      <Results
        id={id}
        definition={definition}
        school={shared ? shared.school : saved.school}
        tracking={sharedTracking ?? saved.tracking}
        editing={shared ? undefined : { idPrefix: id, typed: saved.typed, onTrack: saved.setTracked }}
        {...resultsProps}
        KindResults={parts.Results}
      />
      {!shared && (
        <ResultActions
          id={id}
          definition={definition}
          answers={saved.answers}
          tracking={saved.tracking}
          score={score}
          actionPlanCsv={parts.actionPlanCsv}
          school={saved.school}
          onSchool={saved.setSchool}
          onImport={applyImported}
          importNotices={importNotices}
          onStartAgain={startAgain}
          siteUrl={siteUrl}
          headingLevel={headingLevel}
        />
      )}
      {dialog}
    </div>
  );
}
