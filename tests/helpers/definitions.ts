import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { assessmentSchema, type AssessmentDefinition } from '../../src/schemas/assessment';

/** Reads and validates an assessment definition: a real one from content/, or a test fixture. */
export function loadDefinition(id: string, folder = 'content/assessments'): AssessmentDefinition {
  return assessmentSchema.parse(parse(readFileSync(join(process.cwd(), folder, `${id}.yaml`), 'utf8')));
}
