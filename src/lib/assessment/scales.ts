// What the scoring derives from the scales: a checklist answer's option, and a risk's level.
import { CHECKLIST_OPTIONS, type ChecklistOption } from '../../schemas/scales';

/** The checklist option with this id, or undefined for anything else (including no answer). */
export function findChecklistOption(id: string | undefined): ChecklistOption | undefined {
  return CHECKLIST_OPTIONS.find((option) => option.id === id);
}

export type RiskLevel = 'low' | 'medium' | 'high';

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** The level of a risk from likelihood x severity: 1-2 low, 3-4 medium, 6-9 high. */
export function levelOf(score: number): RiskLevel {
  if (score >= 6) return 'high';
  return score >= 3 ? 'medium' : 'low';
}
