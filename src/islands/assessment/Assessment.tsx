import { useMemo, useState } from 'preact/hooks';
import { countProgress, scoreAssessment, visibleEntries } from '../../lib/assessment';
import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import { QuestionField } from './QuestionField';
import { ResultActions, type Imported } from './ResultActions';
import { Results } from './Results';
import { SectionBlock } from './SectionBlock';
import { useConfirm } from './useConfirm';
import { useSavedAnswers } from './useSavedAnswers';
import { useSharedView } from './useSharedView';

export interface AssessmentProps {
  /** The assessment's id (its file name), which keys its saved answers. */
  id: string;
  definition: AssessmentDefinition;
  /** The site's address, for absolute links in exported action plans. */
  siteUrl: string;
  /** 2 on the assessment's own page; 3 inside an article, under the article's own heading. */
  headingLevel?: 2 | 3;
}

const hasAnswers = (answers: Answers) => Object.keys(answers).length > 0;

/**
 * An assessment: questions in sections, progress, and the result as the person answers. The island
 * holds state and renders; scoring, saving and the file formats are pure functions in src/lib.
 */
export default function Assessment({ id, definition, siteUrl, headingLevel = 2 }: AssessmentProps) {
  const saved = useSavedAnswers(id, definition);
  const sharedView = useSharedView(id, definition);
  const { dialog, ask } = useConfirm(id);
  const [importNotices, setImportNotices] = useState<string[]>([]);
  const viewing = sharedView.shared ?? saved.answers;
  const entries = useMemo(() => visibleEntries(definition, viewing), [definition, viewing]);
  const score = useMemo(() => scoreAssessment(definition, viewing), [definition, viewing]);
  // Outside the shared view (which returns early), the entries shown are the person's own.
  const progress = countProgress(entries);
  const resultsProps = { score, headingLevel };
  let number = 0;

  const replaceWith = (answers: Answers, school: string, done: () => void) => {
    const apply = () => {
      saved.replaceAnswers(answers, school);
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

  const applyImported = ({ answers, school, notices }: Imported) =>
    replaceWith(answers, school, () => setImportNotices(['Imported the answers from the file.', ...notices]));

  if (sharedView.shared) {
    return (
      <div class="assessment shared-view" data-ready={saved.ready ? 'true' : 'false'}>
        <div class="notice" role="status">
          <p class="notice-title">You are looking at answers someone shared with you</p>
          <p>
            These results come from the link you opened. Your own saved answers on this device have not been changed.
          </p>
          <div class="button-row">
            <button type="button" onClick={() => replaceWith(sharedView.shared ?? {}, saved.school, sharedView.close)}>
              Use these answers
            </button>
            <button type="button" class="secondary" onClick={sharedView.close}>
              Back to my own answers
            </button>
          </div>
        </div>
        <Results id={id} definition={definition} school="" {...resultsProps} />
        {dialog}
      </div>
    );
  }

  return (
    <div class="assessment" data-ready={saved.ready ? 'true' : 'false'}>
      {saved.notice && (
        <div
          class={`notice ${saved.notice.kind === 'restored' ? '' : 'warning'}`}
          role={saved.notice.kind === 'restored' ? 'status' : 'alert'}
        >
          <p>{saved.notice.text}</p>
        </div>
      )}
      {sharedView.error && (
        <div class="notice warning" role="alert">
          <p>{sharedView.error} Your own answers are shown instead.</p>
        </div>
      )}
      <div class="assessment-progress-bar">
        <p class="assessment-progress" role="status" aria-live="polite">
          {`${progress.answered} of ${progress.total} answered`}
        </p>
        <a href={`#${id}-results`}>See your results</a>
      </div>
      <form class="assessment-form" onSubmit={(event) => event.preventDefault()} aria-label={definition.title}>
        {definition.sections.map((section) => {
          const shown = entries.filter((entry) => entry.section.id === section.id);
          if (shown.length === 0) return null;
          const sectionProgress = countProgress(shown);
          return (
            <SectionBlock
              key={section.id}
              id={`${id}-${section.id}`}
              title={section.title}
              progress={`${sectionProgress.answered} of ${sectionProgress.total} answered`}
              headingLevel={headingLevel}
            >
              {shown.map(({ question, answer }) => {
                number += 1;
                return (
                  <QuestionField
                    key={question.id}
                    question={question}
                    number={number}
                    answer={answer}
                    namePrefix={id}
                    onAnswer={saved.setAnswer}
                  />
                );
              })}
            </SectionBlock>
          );
        })}
      </form>
      <Results id={id} definition={definition} school={saved.school} {...resultsProps} />
      {importNotices.length > 0 && (
        <div class="notice" role="status">
          {importNotices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </div>
      )}
      <ResultActions
        id={id}
        definition={definition}
        answers={saved.answers}
        score={score}
        school={saved.school}
        onSchool={saved.setSchool}
        onImport={applyImported}
        siteUrl={siteUrl}
      />
      <div class="button-row no-print">
        <button
          type="button"
          class="secondary"
          disabled={!hasAnswers(saved.answers)}
          onClick={() =>
            ask({
              title: 'Start again?',
              body: (
                <p>
                  This clears every answer you have given to “{definition.title}” on this device. Download your results
                  first if you want to keep them.
                </p>
              ),
              confirmLabel: 'Yes, clear my answers',
              onConfirm: () => {
                saved.startAgain();
                setImportNotices([]);
              },
            })
          }
        >
          Start again
        </button>
      </div>
      {dialog}
    </div>
  );
}
