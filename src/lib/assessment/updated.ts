import type { AssessmentDefinition } from '../../schemas/assessment';
import { formatUkDate } from '../dates/format';

/**
 * "Checklist updated 29 November 2026": when the questions were last changed or checked, in words a
 * reader understands, where a version number would mean nothing to them.
 */
export function updatedText(def: Pick<AssessmentDefinition, 'kind' | 'updated'>): string {
  return `${def.kind === 'checklist' ? 'Checklist' : 'Self-assessment'} updated ${formatUkDate(def.updated)}`;
}
