import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import { countProgress, visibleEntries } from './visibility';

/** What the question form shows for some answers: the same on the server and after every answer. */
export interface FormLayout {
  /** The number each shown question carries ("3."), by question id; hidden questions are absent. */
  numbers: Map<string, number>;
  /** Progress per section that has shown questions ("2 of 6 answered"); others are absent. */
  sections: Map<string, { answered: number; total: number }>;
  /** Progress over every shown question. */
  progress: { answered: number; total: number };
}

/**
 * Which questions show, how they are numbered, and the progress, for these answers. The server
 * renders the form with no answers from it; the page's script applies it again after each answer.
 */
export function formLayout(def: AssessmentDefinition, answers: Answers): FormLayout {
  const entries = visibleEntries(def, answers);
  const numbers = new Map(entries.map((entry, index) => [entry.question.id, index + 1]));
  const sections = new Map<string, { answered: number; total: number }>();
  for (const section of def.sections) {
    const shown = entries.filter((entry) => entry.section.id === section.id);
    if (shown.length > 0) sections.set(section.id, countProgress(shown));
  }
  return { numbers, sections, progress: countProgress(entries) };
}

/** "3 of 6 answered". */
export function progressText({ answered, total }: { answered: number; total: number }): string {
  return `${answered} of ${total} answered`;
}

/** Where a section stands in the task list: the three statuses of the GOV.UK task list pattern. */
export type SectionStatus = 'not-started' | 'in-progress' | 'completed';

/** The status as the task list shows it. */
export const SECTION_STATUS_LABELS: Record<SectionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};

/**
 * A section's status from its progress: Completed once every shown question has an answer (Not
 * applicable counts), so a follow-up question that appears puts it back to In progress.
 */
export function sectionStatus({ answered, total }: { answered: number; total: number }): SectionStatus {
  if (answered === 0) return 'not-started';
  return answered >= total ? 'completed' : 'in-progress';
}
