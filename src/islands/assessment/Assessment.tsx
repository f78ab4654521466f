import { useMemo, useState } from 'preact/hooks';
import type { AssessmentDefinition } from '../../lib/assessment';
import { describeProgress, scoreAssessment } from '../../lib/assessment';
import { visibleEntries } from '../../lib/assessment/visibility';
import { ChecklistResults } from './ChecklistResults';
import { ConfirmDialog } from './ConfirmDialog';
import { QuestionField } from './QuestionField';
import { RiskResults } from './RiskResults';
import { SectionBlock } from './SectionBlock';
import { useSavedAnswers } from './useSavedAnswers';

export interface AssessmentProps {
  /** The assessment's id (its file name), which keys its saved answers. */
  id: string;
  definition: AssessmentDefinition;
  /** 2 on the assessment's own page; 3 inside an article, under the article's own heading. */
  headingLevel?: 2 | 3;
  /** Inside an embed, links open in a new tab. */
  embedded?: boolean;
}

/**
 * An assessment: questions in sections, progress, and the result as the person answers. The island
 * holds state and renders; scoring and saving are the pure functions in src/lib.
 */
export default function Assessment({ id, definition, headingLevel = 2, embedded = false }: AssessmentProps) {
  const saved = useSavedAnswers(id, definition);
  const [confirming, setConfirming] = useState(false);
  const entries = useMemo(() => visibleEntries(definition, saved.answers), [definition, saved.answers]);
  const score = useMemo(() => scoreAssessment(definition, saved.answers), [definition, saved.answers]);
  const progress = describeProgress(definition, saved.answers);
  const linkTarget = embedded ? ('_blank' as const) : undefined;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  let number = 0;

  const sections = definition.sections
    .map((section) => ({ section, shown: entries.filter((entry) => entry.section.id === section.id) }))
    .filter(({ shown }) => shown.length > 0);

  return (
    <div class="assessment" data-ready={saved.ready ? 'true' : 'false'}>
      {saved.notice && (
        <div class={`notice ${saved.notice.kind === 'restored' ? '' : 'warning'}`} role={saved.notice.kind === 'restored' ? 'status' : 'alert'}>
          <p>{saved.notice.text}</p>
        </div>
      )}
      <p class="assessment-progress" role="status" aria-live="polite">
        {`${progress.answered} of ${progress.total} answered`}
      </p>
      <form class="assessment-form" onSubmit={(event) => event.preventDefault()} aria-label={definition.title}>
        {sections.map(({ section, shown }) => (
          <SectionBlock
            key={section.id}
            id={`${id}-${section.id}`}
            title={section.title}
            progress={`${shown.filter((entry) => entry.answer !== undefined).length} of ${shown.length} answered`}
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
                  {...(linkTarget ? { linkTarget } : {})}
                />
              );
            })}
          </SectionBlock>
        ))}
      </form>
      <section class="assessment-results" aria-labelledby={`${id}-results`}>
        <Heading id={`${id}-results`}>Your results</Heading>
        {score.kind === 'checklist' ? (
          <ChecklistResults score={score} headingLevel={headingLevel} {...(linkTarget ? { linkTarget } : {})} />
        ) : (
          <RiskResults score={score} headingLevel={headingLevel} {...(linkTarget ? { linkTarget } : {})} />
        )}
        <div class="button-row no-print">
          <button type="button" class="secondary" onClick={() => setConfirming(true)} disabled={progress.answered === 0}>
            Start again
          </button>
        </div>
      </section>
      <ConfirmDialog
        open={confirming}
        title="Start again?"
        confirmLabel="Yes, clear my answers"
        onConfirm={() => {
          saved.startAgain();
          setConfirming(false);
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>This clears every answer you have given to “{definition.title}” on this device. Download your results first if you want to keep them.</p>
      </ConfirmDialog>
    </div>
  );
}
