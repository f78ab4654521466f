import { scoreChecklist } from '../../lib/assessment/checklist';
import { Assessment, type AssessmentProps } from './Assessment';
import { ChecklistResults } from './ChecklistResults';
import type { KindParts } from './kind-parts';

// The page picks this entry only for a checklist (AssessmentView.astro), so each part narrows by
// kind only to satisfy the types.
const checklistParts: KindParts = {
  score: (definition, answers) => {
    if (definition.kind !== 'checklist') throw new Error('The checklist island was given a risk assessment');
    return scoreChecklist(definition, answers);
  },
  Results: ({ id, score, headingLevel, tracking, editing }) =>
    score.kind === 'checklist' ? (
      <ChecklistResults
        id={id}
        score={score}
        headingLevel={headingLevel}
        actions={tracking.actions}
        editing={editing}
      />
    ) : null,
  actionPlanCsv: async (score, siteUrl, tracking) => {
    const { buildActionPlanCsv } = await import('../../lib/results/action-plan-csv');
    return score.kind === 'checklist' ? buildActionPlanCsv(score.actions, { siteUrl }, tracking.actions) : '';
  },
};

/** A checklist: the shared assessment island with the checklist's scoring, results and plan. */
export default function ChecklistAssessment(props: AssessmentProps) {
  return <Assessment {...props} parts={checklistParts} />;
}
