import { notApplicableText, type ChecklistAction, type ChecklistScore, type Priority } from '../../lib/assessment';
import { headingTag } from '../../lib/assessment/heading-tag';
import { todayInUk } from '../../lib/dates/iso-date';
import { readOwn } from '../../lib/assessment/answers';
import { describeTracking, type TrackedField, type TrackedValues, type Tracking } from '../../lib/results/tracking';
import { to } from '../../config/addresses';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, MAX_OWNER_LENGTH } from '../../schemas/result-format';
import { SectionChart } from './SectionChart';

/** Where the action plan's owner, due date and status fields come from and go to. */
export interface ActionEditing {
  /** Makes each field's id unique on a page that may hold two assessments. */
  idPrefix: string;
  /** The fields exactly as typed. */
  typed: TrackedValues;
  onTrack(field: TrackedField, questionId: string, value: string): void;
}

interface Props {
  /** The assessment's id, which prefixes each question's anchor in the form. */
  id: string;
  score: ChecklistScore;
  headingLevel: 2 | 3;
  /** Each action's owner, due date and status, shown in a line under it. */
  actions: Tracking['actions'];
  /** Given when the person may change them (not in a shared view). */
  editing?: ActionEditing | undefined;
}

const PRIORITY_TITLES: Record<Priority, string> = {
  high: 'High priority',
  medium: 'Medium priority',
  low: 'Low priority',
};

interface ActionItemProps {
  action: ChecklistAction;
  line: string;
  editing: ActionEditing | undefined;
}

function ActionItem({ action, line, editing }: ActionItemProps) {
  return (
    <li>
      <p class="action-text">{action.action}</p>
      <p class="meta">
        {`${action.sectionTitle}: “${action.question}” You answered ${action.answerLabel}.${action.critical ? ' This is a critical control.' : ''} `}
        <a href={to.guidance(action.guidance)}>
          Read the guidance<span class="visually-hidden"> for this action</span>
        </a>
      </p>
      <p class="meta">{line}</p>
      {editing && <TrackingFields questionId={action.questionId} action={action.action} editing={editing} />}
    </li>
  );
}

/** Owner, due date and status, folded away so a plan of 20 actions stays readable. */
function TrackingFields({
  questionId,
  action,
  editing,
}: {
  questionId: string;
  action: string;
  editing: ActionEditing;
}) {
  const id = `${editing.idPrefix}-${questionId}`;
  const value = (field: TrackedField) => readOwn(editing.typed[field], questionId) ?? '';
  const onValue = (field: TrackedField) => (event: { currentTarget: { value: string } }) =>
    editing.onTrack(field, questionId, event.currentTarget.value);
  // A native date box rather than day, month and year fields: it can only hold a real day or
  // nothing, so there is no wrong date to explain, and it costs no script on a page with a budget.
  return (
    <details class="action-tracking no-print">
      <summary>
        Owner, due date and status<span class="visually-hidden">{` for: ${action}`}</span>
      </summary>
      <fieldset>
        <legend class="visually-hidden">{`Tracking for: ${action}`}</legend>
        <p>
          <label for={`${id}-owner`}>Owner</label>
          <input
            id={`${id}-owner`}
            type="text"
            maxLength={MAX_OWNER_LENGTH}
            value={value('owner')}
            onInput={onValue('owner')}
          />
        </p>
        <p>
          <label for={`${id}-due`}>Due date</label>
          <input id={`${id}-due`} type="date" value={value('due')} onInput={onValue('due')} />
        </p>
        <p>
          <label for={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={value('status') || 'not-started'} onChange={onValue('status')}>
            {ACTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {ACTION_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </p>
      </fieldset>
    </details>
  );
}

/** Overall score and band in words, the section chart, why the band was held, and the action plan. */
export function ChecklistResults({ id, score, headingLevel, actions, editing }: Props) {
  const today = todayInUk();
  const Sub = headingTag(headingLevel, 1);
  const Group = headingTag(headingLevel, 2);
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
                  <ActionItem
                    key={action.questionId}
                    action={action}
                    line={describeTracking(readOwn(actions, action.questionId), today)}
                    editing={editing}
                  />
                ))}
              </ol>
            </div>
          ))
      )}
    </>
  );
}
