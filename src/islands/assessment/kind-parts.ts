import type { VNode } from 'preact';
import type { AssessmentScore } from '../../lib/assessment';
import type { Tracking } from '../../lib/results/tracking';
import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import type { ActionEditing } from './ChecklistResults';

/** What the results of one kind of assessment are drawn from. */
export interface KindResultsProps {
  id: string;
  definition: AssessmentDefinition;
  score: AssessmentScore;
  headingLevel: 2 | 3;
  /** Notes and each action's tracking (checklists only). */
  tracking: Tracking;
  /** Lets the person change the tracking; left out in a shared view. */
  editing?: ActionEditing | undefined;
}

/**
 * The parts of the island that differ by kind of assessment. Each kind has its own island entry
 * (ChecklistAssessment.tsx, RiskAssessment.tsx) that passes its parts in, so a checklist page never
 * downloads the risk grid and a risk page never downloads the checklist's chart and tracking.
 */
export interface KindParts {
  /** Scores the answers; only ever given a definition of its own kind. */
  score(definition: AssessmentDefinition, answers: Answers): AssessmentScore;
  /** The results under "Your results". */
  Results(props: KindResultsProps): VNode | null;
  /** The action plan as CSV, with guidance links made absolute against `siteUrl`; its writer loads when asked for. */
  actionPlanCsv(score: AssessmentScore, siteUrl: string, tracking: Tracking): Promise<string>;
}
