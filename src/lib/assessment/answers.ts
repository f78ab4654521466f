import type { Answers, AssessmentDefinition, AssessmentQuestion, QuestionOf } from '../../schemas/assessment';
import { NOT_APPLICABLE, optionIdsOf } from '../../schemas/scales';

/**
 * The record's own value for a key. Ids such as "constructor" are valid kebab-case, so a plain
 * lookup could find something on Object.prototype instead of an answer.
 */
export function readOwn<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Every question of the definition in file order, shown or not. */
export function questionsOf<D extends AssessmentDefinition>(def: D): QuestionOf<D>[] {
  const questions: QuestionOf<D>[] = [];
  for (const section of def.sections) questions.push(...section.questions);
  return questions;
}

/** The answer to a question when it is one of the question's options, else undefined. */
export function validAnswerOf(question: AssessmentQuestion, answers: Answers): string | undefined {
  const answer: unknown = readOwn(answers, question.id);
  return typeof answer === 'string' && optionIdsOf(question).includes(answer) ? answer : undefined;
}

export interface CleanedAnswers {
  /** The answers to known questions with known options. */
  answers: Answers;
  ignored: {
    /** Keys that name no question in the definition. */
    unknownQuestions: string[];
    /** Ids of known questions whose answer is not one of their options. */
    unknownOptions: string[];
    /** Ids of checklist questions answered Not applicable that no longer offer it: now unanswered. */
    notApplicableWithdrawn: string[];
  };
}

/**
 * Keeps the answers that fit the definition, e.g. after an import or a version change, and says
 * what was dropped. Answers to questions hidden at the moment are kept: they count again if the
 * question is shown again.
 */
export function cleanAnswers(def: AssessmentDefinition, answers: Answers): CleanedAnswers {
  const questions = new Map(questionsOf(def).map((question) => [question.id, question]));
  const cleaned: CleanedAnswers = {
    answers: {},
    ignored: { unknownQuestions: [], unknownOptions: [], notApplicableWithdrawn: [] },
  };
  for (const key of Object.keys(answers)) {
    const question = questions.get(key);
    const answer = question && validAnswerOf(question, answers);
    if (!question) cleaned.ignored.unknownQuestions.push(key);
    else if (answer === undefined && !('options' in question) && readOwn(answers, key) === NOT_APPLICABLE) {
      cleaned.ignored.notApplicableWithdrawn.push(key);
    } else if (answer === undefined) cleaned.ignored.unknownOptions.push(key);
    else cleaned.answers[key] = answer;
  }
  return cleaned;
}
