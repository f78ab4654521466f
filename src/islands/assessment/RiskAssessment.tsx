import { scoreRisk } from '../../lib/assessment/risk';
import { Assessment, type AssessmentProps } from './Assessment';
import type { KindParts } from './kind-parts';
import { RiskResults } from './RiskResults';

// The page picks this entry only for a risk self-assessment (AssessmentView.astro), so each part
// narrows by kind only to satisfy the types.
const riskParts: KindParts = {
  score: (definition, answers) => {
    if (definition.kind !== 'risk') throw new Error('The risk island was given a checklist');
    return scoreRisk(definition, answers);
  },
  Results: ({ id, score, headingLevel }) =>
    score.kind === 'risk' ? <RiskResults id={id} score={score} headingLevel={headingLevel} /> : null,
  actionPlanCsv: async (score, siteUrl) => {
    const { buildRiskActionPlanCsv } = await import('../../lib/results/action-plan-csv');
    return score.kind === 'risk' ? buildRiskActionPlanCsv(score.risks, { siteUrl }) : '';
  },
};

/** A risk self-assessment: the shared assessment island with risk scoring, the grid and the plan. */
export default function RiskAssessment(props: AssessmentProps) {
  return <Assessment {...props} parts={riskParts} />;
}
