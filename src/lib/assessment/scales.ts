// The fixed answer scale of checklists and the ICO-style scales of risk assessments. They live here,
// not in the schema, so that islands can use them without bundling zod.

/** The four answers every checklist question offers, in the order they are shown. */
export const CHECKLIST_OPTIONS = [
  { id: 'yes', label: 'Yes', value: 1 },
  { id: 'partly', label: 'Partly', value: 0.5 },
  { id: 'no', label: 'No', value: 0 },
  // Not applicable has no value: the question is left out of the score.
  { id: 'na', label: 'Not applicable', value: null },
] as const;

export type ChecklistOption = (typeof CHECKLIST_OPTIONS)[number];
export type ChecklistOptionId = ChecklistOption['id'];

export const CHECKLIST_OPTION_IDS: readonly ChecklistOptionId[] = CHECKLIST_OPTIONS.map((option) => option.id);

/** The checklist option with this id, or undefined for anything else (including no answer). */
export function findChecklistOption(id: string | undefined): ChecklistOption | undefined {
  return CHECKLIST_OPTIONS.find((option) => option.id === id);
}

/** How bad the harm would be, as in the ICO's DPIA template. */
export const SEVERITY_IDS = ['minimal', 'significant', 'severe'] as const;
export type SeverityId = (typeof SEVERITY_IDS)[number];

/** How likely the harm is, as in the ICO's DPIA template. */
export const LIKELIHOOD_IDS = ['remote', 'possible', 'probable'] as const;
export type LikelihoodId = (typeof LIKELIHOOD_IDS)[number];

export type ScaleValue = 1 | 2 | 3;

export const SEVERITIES: Record<SeverityId, { value: ScaleValue; label: string }> = {
  minimal: { value: 1, label: 'Minimal' },
  significant: { value: 2, label: 'Significant' },
  severe: { value: 3, label: 'Severe' },
};

export const LIKELIHOODS: Record<LikelihoodId, { value: ScaleValue; label: string }> = {
  remote: { value: 1, label: 'Remote' },
  possible: { value: 2, label: 'Possible' },
  probable: { value: 3, label: 'Probable' },
};

export type RiskLevel = 'low' | 'medium' | 'high';

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** The level of a risk from likelihood x severity: 1-2 low, 3-4 medium, 6-9 high. */
export function levelOf(score: number): RiskLevel {
  if (score >= 6) return 'high';
  return score >= 3 ? 'medium' : 'low';
}
