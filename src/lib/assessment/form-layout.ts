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
