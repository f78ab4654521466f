import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { assessmentSchema, type AssessmentDefinition } from '../../src/schemas/assessment';

/** The small checklist and risk definitions the unit tests score: `checklist` and `risk`. */
export const FIXTURES = 'tests/fixtures/assessments';

/**
 * An assessment definition as an editor writes it, parsed but not validated nor defaulted: a fresh
 * copy on each call, for tests to change before validating.
 */
export function readDefinition(id: string, folder = 'content/assessments'): ReturnType<typeof parse> {
  return parse(readFileSync(join(process.cwd(), folder, `${id}.yaml`), 'utf8'));
}

/** Reads and validates an assessment definition: a real one from content/, or a test fixture. */
export function loadDefinition(id: string, folder = 'content/assessments'): AssessmentDefinition {
  return assessmentSchema.parse(readDefinition(id, folder));
}
