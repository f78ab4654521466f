import fc from 'fast-check';
import { questionsOf } from '../../src/lib/assessment';
import type { Answers, AssessmentDefinition, AssessmentQuestion } from '../../src/schemas/assessment';
import { optionIdsOf } from '../../src/schemas/scales';

/** Every question answered with the same option, follow-up questions included. */
export function answerEvery(definition: AssessmentDefinition, optionId: string): Answers {
  return Object.fromEntries(questionsOf(definition).map((question) => [question.id, optionId]));
}

/** Answers to any subset of the questions, each drawn from `valueOf(question)`. */
export function someAnswers(
  def: AssessmentDefinition,
  valueOf: (question: AssessmentQuestion) => fc.Arbitrary<string>,
): fc.Arbitrary<Answers> {
  const byQuestion = Object.fromEntries(questionsOf(def).map((question) => [question.id, valueOf(question)]));
  // fast-check types an omitted key as undefined; omitted simply means unanswered.
  return fc.record(byQuestion, { requiredKeys: [] }).map((answers) => answers as Answers);
}

/** Any subset of the questions answered with any of their options. */
export const answersFor = (def: AssessmentDefinition) =>
  someAnswers(def, (question) => fc.constantFrom(...optionIdsOf(question)));
