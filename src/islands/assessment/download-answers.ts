import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import type { Tracking } from '../../lib/results/tracking';
import { downloadText } from '../shared/download';

/** Downloads the answers on screen as a results file, the one way to keep them when saving fails. */
export async function downloadAnswers(
  assessmentId: string,
  definition: AssessmentDefinition,
  answers: Answers,
  school: string,
  tracking: Tracking,
) {
  // The file's writer loads when a file is asked for, keeping the page's first script small.
  const { buildResultFile, resultFileName, serializeResultFile } = await import('../../lib/results/result-file');
  const file = buildResultFile({ assessmentId, definition, answers, school, tracking, savedAt: new Date() });
  downloadText(resultFileName(file), serializeResultFile(file), 'application/json');
}
