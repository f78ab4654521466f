import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import { buildResultFile, resultFileName, serializeResultFile } from '../../lib/results/result-file';
import type { Tracking } from '../../lib/results/tracking';
import { downloadText } from '../shared/download';

/** Downloads the answers on screen as a results file, the one way to keep them when saving fails. */
export function downloadAnswers(
  assessmentId: string,
  definition: AssessmentDefinition,
  answers: Answers,
  school: string,
  tracking: Tracking,
) {
  const file = buildResultFile({ assessmentId, definition, answers, school, tracking, savedAt: new Date() });
  downloadText(resultFileName(file), serializeResultFile(file), 'application/json');
}
