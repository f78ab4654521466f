import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import type { ResultFile, ResultFileV2 } from '../../schemas/result';
import { RESULT_FILE_FORMAT, RESULT_FILE_FORMAT_VERSION } from '../../schemas/result-format';
import { cleanAnswers, questionsOf } from '../assessment/answers';
import { exportFileName } from './file-name';
import { normalizeSchoolName } from './school';
import { keepTrackingFor, NO_TRACKING, trackedValuesOf, trackingFrom, type Tracking } from './tracking';

/** What goes into a results file. */
export interface ResultFileInput {
  /** The assessment's id (its file name). */
  assessmentId: string;
  /** The assessment as this page has it: its version and title go into the file. */
  definition: AssessmentDefinition;
  /** The answers; any that do not fit the definition are left out. */
  answers: Answers;
  /** The school name as typed; blank means none. */
  school?: string | undefined;
  /** Notes and action tracking; any for questions the definition lacks are left out. */
  tracking?: Tracking | undefined;
  /** When the answers were saved. */
  savedAt: Date;
}

/** The results file for these answers, ready to serialize. */
export function buildResultFile(input: ResultFileInput): ResultFileV2 {
  const school = normalizeSchoolName(input.school);
  const questionIds = new Set(questionsOf(input.definition).map((question) => question.id));
  // Through trackingFrom, so the file holds only what its reader accepts (cut notes, real dates).
  const tracking = trackingFrom(trackedValuesOf(keepTrackingFor(input.tracking ?? NO_TRACKING, questionIds)));
  return {
    format: RESULT_FILE_FORMAT,
    formatVersion: RESULT_FILE_FORMAT_VERSION,
    assessment: { id: input.assessmentId, version: input.definition.version, title: input.definition.title },
    ...(school === undefined ? {} : { school }),
    savedAt: input.savedAt.toISOString(),
    answers: cleanAnswers(input.definition, input.answers).answers,
    notes: tracking.notes,
    actions: tracking.actions,
  };
}

/** The file's text: indented JSON, so a person who opens it can read it. */
export function serializeResultFile(file: ResultFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The download name for a results file, e.g. `cyber-security-checklist-st-marys-2026-11-25.json`. */
export function resultFileName(file: ResultFile): string {
  return exportFileName({
    assessmentId: file.assessment.id,
    school: file.school,
    date: new Date(file.savedAt),
    extension: 'json',
  });
}
