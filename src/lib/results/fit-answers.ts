import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import { cleanAnswers } from '../assessment/answers';

/** Where answers came from, which decides how a notice about them is worded. */
export type AnswerSource = 'saved' | 'file';

/** Answers that fit the current definition, and what the person should be told about the rest. */
export interface FittedAnswers {
  /** Answers to questions that still exist, with options that still exist. */
  answers: Answers;
  /** A sentence for the person when answers were dropped or the assessment has changed. */
  notice?: string;
}

/**
 * Keeps the answers, given against `fromVersion` of the assessment, that still fit its current
 * definition. Question ids are kept when questions are reworded, so matching on ids carries over
 * everything that still applies after a version change.
 */
export function fitAnswers(
  definition: AssessmentDefinition,
  answers: Answers,
  fromVersion: number,
  source: AnswerSource,
): FittedAnswers {
  const { answers: kept, ignored } = cleanAnswers(definition, answers);
  const withdrawn = ignored.notApplicableWithdrawn.length;
  const dropped = ignored.unknownQuestions.length + ignored.unknownOptions.length + withdrawn;
  // Not applicable is offered only where a question can not apply, so an N/A to any other question
  // is cleared rather than left out of the score, and the person is asked to answer it.
  const cleared =
    withdrawn > 0 ? ` Not applicable was cleared from ${countQuestions(withdrawn)} that every school must answer.` : '';
  if (fromVersion !== definition.version) {
    return { answers: kept, notice: versionNotice(source, fromVersion < definition.version, dropped) + cleared };
  }
  return dropped > 0 ? { answers: kept, notice: mismatchNotice(source, dropped) + cleared } : { answers: kept };
}

function versionNotice(source: AnswerSource, older: boolean, dropped: number): string {
  const opening =
    source === 'saved'
      ? 'This assessment has been updated since your answers were saved.'
      : `This file was made with ${older ? 'an earlier' : 'a newer'} version of this assessment than this page has.`;
  const done = source === 'saved' ? 'kept' : 'loaded';
  if (dropped === 0)
    return `${opening} All ${source === 'saved' ? 'your' : 'its'} answers still apply and have been ${done}.`;
  const left = `${countAnswers(dropped)} to questions that changed or were removed ${dropped === 1 ? 'has' : 'have'} been left out`;
  return `${opening} ${source === 'saved' ? 'Your answers' : 'Answers'} to questions that are still asked have been ${done}; ${left}.`;
}

function mismatchNotice(source: AnswerSource, dropped: number): string {
  const which = source === 'saved' ? `${dropped} saved ${noun(dropped)}` : `${countAnswers(dropped)} in this file`;
  const [verb, perfect] = dropped === 1 ? ['does', 'has'] : ['do', 'have'];
  return `${which} ${verb} not match this assessment's questions and ${perfect} been left out.`;
}

function noun(count: number): string {
  return count === 1 ? 'answer' : 'answers';
}

function countQuestions(count: number): string {
  return `${count} question${count === 1 ? '' : 's'}`;
}

/** "1 answer", "3 answers". */
export function countAnswers(count: number): string {
  return `${count} ${noun(count)}`;
}
