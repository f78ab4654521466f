import type { ChecklistScore } from './checklist';
import type { RiskScore } from './risk';

// The scoring and what it needs. Definition types come from src/schemas/assessment and the scales
// from src/schemas/scales, each from the one module that defines it.
export { cleanAnswers, questionsOf, type CleanedAnswers } from './answers';
export { scoreChecklist, type ChecklistAction, type ChecklistScore, type Priority, type ScoreLine } from './checklist';
export { guidanceHref, parseGuidanceRef } from './guidance';
export { notApplicableText } from './not-applicable-text';
export { scoreRisk, type RiskReason, type RiskResult, type RiskScore } from './risk';
export * from './scales';
export { countProgress, visibleEntries, visibleQuestions } from './visibility';

/** Either kind's score; its `kind` matches the definition's. */
export type AssessmentScore = ChecklistScore | RiskScore;
