import type {
  Answers,
  AssessmentDefinition,
  AssessmentQuestion,
  QuestionOf,
  SectionOf,
} from '../../schemas/assessment';
import { validAnswerOf } from './answers';

/** A question that is shown, with its section and its answer when that is a valid option. */
export interface VisibleEntry<D extends AssessmentDefinition> {
  section: SectionOf<D>;
  question: QuestionOf<D>;
  answer: string | undefined;
}

/**
 * The shown questions in file order. A `showIf` question is shown only when the question it names
 * is shown and answered with one of its options; nothing after an answer that ends the assessment
 * is shown. Hidden questions never count, whatever answers they have.
 */
export function visibleEntries<D extends AssessmentDefinition>(def: D, answers: Answers): VisibleEntry<D>[] {
  const entries: VisibleEntry<D>[] = [];
  // Answers of shown questions only: a question that names a hidden one stays hidden.
  const shownAnswers = new Map<string, string>();
  for (const section of def.sections) {
    for (const question of section.questions) {
      if (question.showIf) {
        const controlling = shownAnswers.get(question.showIf.question);
        if (controlling === undefined || !question.showIf.anyOf.includes(controlling)) continue;
      }
      const answer = validAnswerOf(question, answers);
      entries.push({ section, question, answer });
      if (answer !== undefined) shownAnswers.set(question.id, answer);
      if (endsWith(question, answer)) return entries;
    }
  }
  return entries;
}

/** The reason the assessment ends with this answer, if it does. */
export function endsWith(question: AssessmentQuestion, answer: string | undefined): string | undefined {
  return 'options' in question ? question.options.find((option) => option.id === answer)?.ends : undefined;
}

/** The questions shown for these answers, in file order. */
export function visibleQuestions<D extends AssessmentDefinition>(def: D, answers: Answers): QuestionOf<D>[] {
  return visibleEntries(def, answers).map((entry) => entry.question);
}

/**
 * How many of the given shown questions have an answer (Not applicable counts as one), e.g. "12 of
 * 38 answered". It takes the entries the caller already has, for the whole assessment or a section.
 */
export function countProgress(entries: readonly { answer: string | undefined }[]): { answered: number; total: number } {
  return { answered: entries.filter((entry) => entry.answer !== undefined).length, total: entries.length };
}
