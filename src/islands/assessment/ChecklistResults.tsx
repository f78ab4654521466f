import { notApplicableText, type ChecklistAction, type ChecklistScore, type Priority } from '../../lib/assessment';
import { to } from '../../config/addresses';
import { SectionChart } from './SectionChart';

interface Props {
  /** The assessment's id, which prefixes each question's anchor in the form. */
  id: string;
  score: ChecklistScore;
  headingLevel: 2 | 3;
}

const PRIORITY_TITLES: Record<Priority, string> = {
  high: 'High priority',
  medium: 'Medium priority',
  low: 'Low priority',
};

function ActionItem({ action }: { action: ChecklistAction }) {
  return (
    <li>
      <p class="action-text">{action.action}</p>
      <p class="meta">
        {`${action.sectionTitle}: “${action.question}” You answered ${action.answerLabel}.${action.critical ? ' This is a critical control.' : ''} `}
        <a href={to.guidance(action.guidance)}>
          Read the guidance<span class="visually-hidden"> for this action</span>
        </a>
      </p>
    </li>
  );
}

/** Overall score and band in words, the section chart, why the band was held, and the action plan. */
export function ChecklistResults({ id, score, headingLevel }: Props) {
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const Group = headingLevel === 2 ? 'h4' : 'h5';
  const { overall, band, counts } = score;
  const notApplicable = notApplicableText(counts.notApplicable);
  const groups = (['high', 'medium', 'low'] as const).map((priority) => ({
    priority,
    actions: score.actions.filter((a) => a.priority === priority),
  }));
  return (
    <>
      <div class={`result-summary band-${band?.id ?? 'none'}`}>
        {overall.score === null ? (
          <p class="result-headline">No score yet: answer at least one question with Yes, Partly or No.</p>
        ) : (
          <>
            <p class="result-headline">
              Score: <strong>{`${overall.score} out of 100`}</strong>
              {notApplicable && ` · ${notApplicable}`}. Rating: <strong>{band?.label}</strong>
            </p>
            {band?.description && <p>{band.description}</p>}
          </>
        )}
        <p class="meta">
          {`${counts.answered} answered, ${counts.notApplicable} not applicable, ${counts.unanswered} not yet answered, of ${counts.total} questions.`}
        </p>
      </div>
      {score.held && (
        <div class="notice warning">
          <p class="notice-title">Why the rating is not higher</p>
          <p>A critical control answered No or Partly keeps the rating below the top band, whatever the score:</p>
          <ul>
            {score.heldBy.map((held) => (
              <li key={held.questionId}>
                <a href={`#${id}-${held.questionId}`}>{held.text}</a>
                {` You answered ${held.answerLabel}.`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <SectionChart sections={score.sections} />
      <Sub>Action plan</Sub>
      {score.actions.length === 0 ? (
        <p>No actions: every answered question is Yes or Not applicable.</p>
      ) : (
        groups
          .filter((group) => group.actions.length > 0)
          .map((group) => (
            <div class={`action-group priority-${group.priority}`} key={group.priority}>
              <Group class="action-group-title">{`${PRIORITY_TITLES[group.priority]} (${group.actions.length})`}</Group>
              <ol class="action-list">
                {group.actions.map((action) => (
                  <ActionItem key={action.questionId} action={action} />
                ))}
              </ol>
            </div>
          ))
      )}
    </>
  );
}
