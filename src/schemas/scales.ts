// The fixed answer scale of checklists and the ICO-style scales of risk assessments, which the
// assessment schema validates against. No zod here, so that islands can use them without bundling it.

/** The checklist answers, in the order they are shown; Not applicable only on some questions. */
export const CHECKLIST_OPTIONS = [
  { id: 'yes', label: 'Yes', value: 1 },
  { id: 'partly', label: 'Partly', value: 0.5 },
  { id: 'no', label: 'No', value: 0 },
  // Not applicable has no value: the question is left out of the score.
  { id: 'na', label: 'Not applicable', value: null },
] as const;

export type ChecklistOption = (typeof CHECKLIST_OPTIONS)[number];

/** The id of the Not applicable answer. */
export const NOT_APPLICABLE = 'na';

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

const APPLICABLE_OPTIONS = CHECKLIST_OPTIONS.filter((option) => option.id !== NOT_APPLICABLE);

/**
 * The answers a checklist question offers: Not applicable only when the question says when it may
 * not apply, so that a school cannot raise its score by opting out of something every school needs.
 */
export function checklistOptionsOf(question: { readonly notApplicableWhen?: string }): readonly ChecklistOption[] {
  return question.notApplicableWhen === undefined ? APPLICABLE_OPTIONS : CHECKLIST_OPTIONS;
}

/** The option ids a question accepts: a risk question's own options, or the checklist answers it offers. */
export function optionIdsOf(question: {
  readonly id: string;
  readonly options?: readonly { readonly id: string }[];
  readonly notApplicableWhen?: string;
}): readonly string[] {
  return (question.options ?? checklistOptionsOf(question)).map((option) => option.id);
}
