import './zod-without-eval';
import type { z } from 'astro/zod';
import type { Answers, AssessmentDefinition } from '../../schemas/assessment';
import { resultFileSchema, type ResultFile } from '../../schemas/result';
import { isRecord } from '../json/record';
import { fitAnswers } from './fit-answers';
import { questionsOf } from '../assessment/answers';
import { normalizeSchoolName, withSchool } from './school';
import { keepTrackingFor, type Tracking } from './tracking';
import {
  MAX_RESULT_FILE_BYTES,
  MAX_SCHOOL_NAME_LENGTH,
  RESULT_FILE_FORMAT,
  RESULT_FILE_FORMAT_VERSION,
} from '../../schemas/result-format';

/** Answers read from a results file, fitted to the assessment as this site has it. */
export interface ImportedAnswers {
  ok: true;
  /** Answers that fit the current definition; never a score (scores are always recomputed). */
  answers: Answers;
  /** The school name in the file, if any. */
  school?: string;
  /**
   * Notes and action tracking for questions the assessment still has; null for a version 1 file,
   * which predates them (so a reader keeps what it has rather than clearing it).
   */
  tracking: Tracking | null;
  /** When the answers were saved, as written in the file. */
  savedAt: string;
  /** Sentences for the person: answers left out, or a version change. Empty when all went well. */
  notices: string[];
}

/** Why a file could not be read, in words for the person who chose it. */
export interface ImportFailure {
  ok: false;
  error: string;
}

/** The assessment a page expects a file to be for. */
export interface ExpectedAssessment {
  assessmentId: string;
  definition: AssessmentDefinition;
}

/** Told about a version 1 file, so nobody wonders where its notes and owners went. */
export const UNTRACKED_FILE_NOTICE =
  'This file was saved before notes and action tracking were added to this site, so it has none: only its answers were read.';

const CHOOSE_AGAIN = 'Choose the .json file that was exported from an assessment on this site.';

/**
 * Reads a results file chosen on an assessment page. Pure: it never touches storage, so a file
 * that fails leaves the saved answers as they were.
 */
export function readResultFile(
  text: string,
  byteLength: number,
  expected: ExpectedAssessment,
): ImportedAnswers | ImportFailure {
  const parsed = parseResultFile(text, byteLength);
  if (!parsed.ok) return parsed;
  const { file } = parsed;
  if (file.assessment.id !== expected.assessmentId) {
    return fail(`This file is for the ${file.assessment.title}, not the ${expected.definition.title}.`);
  }
  return importAnswers(file, expected.definition);
}

/** Reads a results file for any assessment this site has, as the trust dashboard does. */
export function readAnyResultFile(
  text: string,
  byteLength: number,
  definitionsById: Readonly<Record<string, AssessmentDefinition>>,
): (ImportedAnswers & ExpectedAssessment) | ImportFailure {
  const parsed = parseResultFile(text, byteLength);
  if (!parsed.ok) return parsed;
  const { file } = parsed;
  const assessmentId = file.assessment.id;
  // hasOwn: an id such as "constructor" must not find something on Object.prototype.
  const definition = Object.hasOwn(definitionsById, assessmentId) ? definitionsById[assessmentId] : undefined;
  if (definition === undefined) {
    return fail(`This file is for the ${file.assessment.title}, which this site does not have.`);
  }
  return { ...importAnswers(file, definition), assessmentId, definition };
}

function parseResultFile(text: string, byteLength: number): { ok: true; file: ResultFile } | ImportFailure {
  if (byteLength > MAX_RESULT_FILE_BYTES) {
    return fail(`This file is too large to be a results file (it is over 1 MB). ${CHOOSE_AGAIN}`);
  }
  let data: unknown;
  try {
    // Some editors add a byte order mark when they save, and JSON.parse rejects it.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(`This file is not a results file: it could not be read as JSON. ${CHOOSE_AGAIN}`);
  }
  if (!isRecord(data) || data.format !== RESULT_FILE_FORMAT) {
    return fail(`This file is not a results file from this site: it does not say it is one. ${CHOOSE_AGAIN}`);
  }
  const { formatVersion } = data;
  if (
    typeof formatVersion === 'number' &&
    Number.isInteger(formatVersion) &&
    formatVersion > RESULT_FILE_FORMAT_VERSION
  ) {
    return fail(
      'This file was made by a newer version of this site, so it cannot be read here. Reload the page to get the latest version, then try again.',
    );
  }
  const result = resultFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const problem = issue ? describeIssue(issue, data) : 'its contents are not valid';
    return fail(`This results file cannot be read: ${problem}. It may have been changed since it was exported.`);
  }
  return { ok: true, file: result.data };
}

function importAnswers(file: ResultFile, definition: AssessmentDefinition): ImportedAnswers {
  const { answers, notice } = fitAnswers(definition, file.answers, file.assessment.version, 'file');
  const notices = notice === undefined ? [] : [notice];
  if (Object.keys(file.answers).length === 0) notices.push('This file has no answers in it.');
  if (file.formatVersion === 1) notices.push(UNTRACKED_FILE_NOTICE);
  const questionIds = new Set(questionsOf(definition).map((question) => question.id));
  return {
    ok: true,
    answers,
    tracking:
      file.formatVersion === 1 ? null : keepTrackingFor({ notes: file.notes, actions: file.actions }, questionIds),
    // Trimmed and cleaned like a name typed on the page; the CSV writers neutralise what is left.
    ...withSchool(normalizeSchoolName(file.school)),
    savedAt: file.savedAt,
    notices,
  };
}

/** The file's fields, named the way a person would. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  formatVersion: 'its format version',
  assessment: 'the assessment it is for',
  'assessment.id': "the assessment's id",
  'assessment.version': "the assessment's version number",
  'assessment.title': "the assessment's title",
  school: 'the school name',
  savedAt: 'the date and time it was saved',
  answers: 'the list of answers',
  notes: 'the list of notes',
  actions: 'the list of tracked actions',
};

/** What a problem under `answers`, `notes` or `actions` is about, naming the question. */
const PER_QUESTION: Readonly<Record<string, string>> = {
  answers: 'the answer to question',
  notes: 'the note on question',
  actions: 'the action tracking for question',
};

/** One schema problem as a clause, e.g. `the date and time it was saved is missing`. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const path = issue.path.map(String);
  const perQuestion = path.length > 1 ? PER_QUESTION[path[0] ?? ''] : undefined;
  const field = perQuestion ? `${perQuestion} "${shorten(path[1] ?? '')}"` : (FIELD_NAMES[path.join('.')] ?? 'it');
  if (issue.code === 'unrecognized_keys') {
    return `${field} has a field this site does not recognise ("${shorten(issue.keys[0] ?? '')}")`;
  }
  if (valueAt(data, path) === undefined) return `${field} is missing`;
  if (issue.code === 'too_big' && path.join('.') === 'school') {
    return `${field} is longer than ${MAX_SCHOOL_NAME_LENGTH} characters`;
  }
  return `${field} is not valid`;
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let value = data;
  for (const key of path) {
    if (!isRecord(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** Text from the file, cut so a hostile file cannot fill the message. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function fail(error: string): ImportFailure {
  return { ok: false, error };
}
