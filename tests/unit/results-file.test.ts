import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildResultFile, resultFileName, serializeResultFile } from '../../src/lib/results/result-file';
import { readAnyResultFile, readResultFile, UNTRACKED_FILE_NOTICE } from '../../src/lib/results/read-result-file';
import { MAX_RESULT_FILE_BYTES } from '../../src/schemas/result-format';
import { exportFileName, slugifySchool } from '../../src/lib/results/file-name';
import { normalizeSchoolName } from '../../src/lib/results/school';
import { resultFileSchema } from '../../src/schemas/result';
import { answersFor } from '../helpers/answers';
import { FIXTURES, loadDefinition } from '../helpers/definitions';

const checklist = loadDefinition('checklist', FIXTURES);
const risk = loadDefinition('risk', FIXTURES);
const CHECKLIST_ID = 'cyber-security-checklist';
const RISK_ID = 'messaging-risk';
const expectChecklist = { assessmentId: CHECKLIST_ID, definition: checklist };
const savedAt = new Date('2026-11-25T10:00:00.000Z');

/** A file's text as the browser would hand it over: text plus its size in bytes. */
function read(file: unknown, expected = expectChecklist) {
  const text = typeof file === 'string' ? file : JSON.stringify(file);
  return readResultFile(text, Buffer.byteLength(text), expected);
}

/** A version 1 file, as the site wrote before notes and action tracking: still read. */
function version1File(overrides: Record<string, unknown> = {}) {
  return {
    format: 'school-assessment-result',
    formatVersion: 1,
    assessment: { id: CHECKLIST_ID, version: checklist.version, title: checklist.title },
    school: 'St Mary’s Primary',
    savedAt: '2026-11-25T10:00:00.000Z',
    answers: { 'two-step': 'yes', leavers: 'no' },
    ...overrides,
  };
}

/** A version 2 file, as the site writes now, with a note and a tracked action. */
function validFile(overrides: Record<string, unknown> = {}) {
  return version1File({
    formatVersion: 2,
    notes: { leavers: 'Leavers checklist in the HR folder' },
    actions: { leavers: { owner: 'Business manager', due: '2027-01-31', status: 'in-progress' } },
    ...overrides,
  });
}

function errorOf(result: ReturnType<typeof read>): string {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('buildResultFile', () => {
  it('writes the export format from the design, with the definition’s version and title', () => {
    const file = buildResultFile({
      assessmentId: CHECKLIST_ID,
      definition: checklist,
      answers: { 'two-step': 'yes' },
      school: 'Oak School',
      savedAt,
    });
    expect(file).toEqual({
      format: 'school-assessment-result',
      formatVersion: 2,
      assessment: { id: CHECKLIST_ID, version: 2, title: 'Cyber security checklist (test)' },
      school: 'Oak School',
      savedAt: '2026-11-25T10:00:00.000Z',
      answers: { 'two-step': 'yes' },
      notes: {},
      actions: {},
    });
    expect(resultFileSchema.safeParse(file).success).toBe(true);
  });

  it('writes each note and each tracked action, leaving out questions the definition lacks', () => {
    const file = buildResultFile({
      assessmentId: CHECKLIST_ID,
      definition: checklist,
      answers: { leavers: 'no' },
      tracking: {
        notes: { leavers: 'HR folder', gone: 'old note' },
        actions: {
          leavers: { owner: 'Ms Patel', due: '2027-01-31', status: 'done' },
          backups: { status: 'in-progress' },
          gone: { status: 'done' },
        },
      },
      savedAt,
    });
    expect(file.notes).toEqual({ leavers: 'HR folder' });
    expect(file.actions).toEqual({
      leavers: { owner: 'Ms Patel', due: '2027-01-31', status: 'done' },
      backups: { status: 'in-progress' },
    });
    expect(resultFileSchema.safeParse(file).success).toBe(true);
  });

  it('cuts a note to the 1,000 characters the format allows and leaves out blank ones', () => {
    const file = buildResultFile({
      assessmentId: CHECKLIST_ID,
      definition: checklist,
      answers: {},
      tracking: { notes: { leavers: 'x'.repeat(1200), backups: '   ' }, actions: {} },
      savedAt,
    });
    expect(file.notes).toEqual({ leavers: 'x'.repeat(1000) });
    expect(resultFileSchema.safeParse(file).success).toBe(true);
  });

  it('leaves out answers that do not fit the definition, so the file always validates', () => {
    const file = buildResultFile({
      assessmentId: CHECKLIST_ID,
      definition: checklist,
      answers: { 'two-step': 'maybe', gone: 'yes', leavers: 'no' },
      savedAt,
    });
    expect(file.answers).toEqual({ leavers: 'no' });
  });

  it('leaves out a blank school name and tidies a long one to the 200 characters the format allows', () => {
    const blank = buildResultFile({
      assessmentId: CHECKLIST_ID,
      definition: checklist,
      answers: {},
      school: '   ',
      savedAt,
    });
    expect(blank).not.toHaveProperty('school');
    const long = buildResultFile({
      assessmentId: CHECKLIST_ID,
      definition: checklist,
      answers: {},
      school: 'x'.repeat(300),
      savedAt,
    });
    expect(long.school).toHaveLength(200);
    expect(resultFileSchema.safeParse(long).success).toBe(true);
  });

  it('serializes to indented JSON that parses back to the same object', () => {
    const file = buildResultFile({
      assessmentId: CHECKLIST_ID,
      definition: checklist,
      answers: { leavers: 'no' },
      savedAt,
    });
    const text = serializeResultFile(file);
    expect(text).toContain('\n  "format": "school-assessment-result"');
    expect(JSON.parse(text)).toEqual(file);
  });
});

describe('export then import', () => {
  it.each([
    [
      'checklist',
      CHECKLIST_ID,
      checklist,
      { 'two-step': 'yes', leavers: 'partly', backups: 'no', 'cloud-settings': 'na' },
    ],
    [
      'risk',
      RISK_ID,
      risk,
      { 'uses-messaging': 'yes', 'pupil-data': 'often', 'group-members': 'nobody', 'records-kept': 'never' },
    ],
  ])('gives back the same answers and school for a %s', (_, assessmentId, definition, answers) => {
    const tracking = {
      notes: { [Object.keys(answers)[0] ?? '']: 'Evidence: the policy on the shared drive' },
      actions: {
        [Object.keys(answers)[1] ?? '']: { owner: 'IT provider', due: '2027-02-28', status: 'not-started' as const },
      },
    };
    const text = serializeResultFile(
      buildResultFile({ assessmentId, definition, answers, school: 'Ysgol Gymraeg', tracking, savedAt }),
    );
    expect(readResultFile(text, Buffer.byteLength(text), { assessmentId, definition })).toEqual({
      ok: true,
      answers,
      school: 'Ysgol Gymraeg',
      tracking,
      savedAt: '2026-11-25T10:00:00.000Z',
      notices: [],
    });
  });

  it('round-trips any valid answers and any school name, for both kinds', () => {
    for (const [assessmentId, definition] of [
      [CHECKLIST_ID, checklist],
      [RISK_ID, risk],
    ] as const) {
      fc.assert(
        fc.property(answersFor(definition), fc.string({ unit: 'grapheme', maxLength: 250 }), (answers, school) => {
          const text = serializeResultFile(buildResultFile({ assessmentId, definition, answers, school, savedAt }));
          const result = readResultFile(text, Buffer.byteLength(text), { assessmentId, definition });
          expect(result.ok && result.answers).toEqual(answers);
          expect(result.ok && result.school).toBe(normalizeSchoolName(school));
        }),
      );
    }
  });

  it('reads a version 1 file’s answers, with no tracking and a note that it predates tracking', () => {
    expect(read(version1File())).toEqual({
      ok: true,
      answers: { 'two-step': 'yes', leavers: 'no' },
      school: 'St Mary’s Primary',
      tracking: null,
      savedAt: '2026-11-25T10:00:00.000Z',
      notices: [UNTRACKED_FILE_NOTICE],
    });
    expect(UNTRACKED_FILE_NOTICE).toMatch(/saved before notes and action tracking/);
  });

  it('refuses notes or actions in a version 1 file, which never had them', () => {
    expect(errorOf(read(version1File({ notes: {} })))).toMatch(/does not recognise \("notes"\)/);
  });

  it('reads a version 2 file’s notes and tracking for questions the assessment still has', () => {
    const result = read(
      validFile({ notes: { leavers: 'HR folder', 'made-up': 'x' }, actions: { 'made-up': { status: 'done' } } }),
    );
    expect(result).toMatchObject({ ok: true, tracking: { notes: { leavers: 'HR folder' }, actions: {} }, notices: [] });
  });

  it('accepts a file that an editor saved with a byte order mark', () => {
    const text = `\uFEFF${JSON.stringify(validFile())}`;
    expect(read(text).ok).toBe(true);
  });
});

describe('readResultFile refuses, in plain words', () => {
  it('a file over 1 MB, before reading it', () => {
    const text = JSON.stringify(validFile());
    const result = readResultFile(text, MAX_RESULT_FILE_BYTES + 1, expectChecklist);
    expect(errorOf(result)).toMatch(/too large to be a results file \(it is over 1 MB\)/);
    expect(readResultFile(text, MAX_RESULT_FILE_BYTES, expectChecklist).ok).toBe(true);
  });

  it('a file that is not JSON', () => {
    expect(errorOf(read('name,answer\nSt Mary,yes'))).toMatch(
      /^This file is not a results file: it could not be read as JSON\./,
    );
  });

  it.each([
    ['a list', []],
    ['a number', 42],
    ['JSON with no format', { answers: {} }],
    ['another kind of file', validFile({ format: 'school-assessment-results' })],
  ])('JSON that is not a results file (%s)', (_, data) => {
    expect(errorOf(read(data))).toMatch(/^This file is not a results file from this site: it does not say it is one\./);
  });

  it('a file from a newer version of the site', () => {
    expect(errorOf(read(validFile({ formatVersion: 3 })))).toMatch(/made by a newer version of this site/);
  });

  it.each([
    ['the format version is not a number', { formatVersion: '1' }, 'its format version is not valid'],
    ['the date is missing', { savedAt: undefined }, 'the date and time it was saved is missing'],
    ['the date is not a date', { savedAt: 'last Tuesday' }, 'the date and time it was saved is not valid'],
    ['the school name is too long', { school: 'x'.repeat(201) }, 'the school name is longer than 200 characters'],
    ['the school name is not text', { school: 12 }, 'the school name is not valid'],
    ['the assessment is missing', { assessment: undefined }, 'the assessment it is for is missing'],
    [
      'the assessment version is not whole',
      { assessment: { id: CHECKLIST_ID, version: 1.5, title: 'x' } },
      "the assessment's version number is not valid",
    ],
    ['an answer is not text', { answers: { 'two-step': 1 } }, 'the answer to question "two-step" is not valid'],
    ['a note is too long', { notes: { leavers: 'x'.repeat(1001) } }, 'the note on question "leavers" is not valid'],
    [
      'a due date is not a real day',
      { actions: { leavers: { due: '2027-02-30', status: 'done' } } },
      'the action tracking for question "leavers" is not valid',
    ],
    [
      'a status is not one of the three',
      { actions: { leavers: { status: 'finished' } } },
      'the action tracking for question "leavers" is not valid',
    ],
    ['the notes are missing', { notes: undefined }, 'the list of notes is missing'],
    ['the answers are a list', { answers: ['yes'] }, 'the list of answers is not valid'],
    [
      'there is a field the format does not have',
      { score: 100 },
      'it has a field this site does not recognise ("score")',
    ],
    [
      'the assessment has an extra field',
      { assessment: { id: CHECKLIST_ID, version: 2, title: 'x', kind: 'checklist' } },
      'the assessment it is for has a field this site does not recognise ("kind")',
    ],
  ])('a results file whose %s', (_, overrides, words) => {
    expect(errorOf(read(validFile(overrides)))).toBe(
      `This results file cannot be read: ${words}. It may have been changed since it was exported.`,
    );
  });

  it('a file for another assessment, naming both by title', () => {
    const file = validFile({ assessment: { id: RISK_ID, version: 1, title: 'messaging risk self-assessment' } });
    expect(errorOf(read(file))).toBe(
      'This file is for the messaging risk self-assessment, not the Cyber security checklist (test).',
    );
  });
});

describe('readResultFile after the assessment changed', () => {
  it('loads what still applies from an earlier version and says how many answers were left out', () => {
    const file = validFile({
      assessment: { id: CHECKLIST_ID, version: 1, title: checklist.title },
      answers: { 'two-step': 'yes', 'old-question': 'no', 'antivirus-installed': 'yes' },
    });
    const result = read(file);
    expect(result).toMatchObject({ ok: true, answers: { 'two-step': 'yes' } });
    expect(result.ok && result.notices).toEqual([
      'This file was made with an earlier version of this assessment than this page has. Answers to questions that are still asked have been loaded; 2 answers to questions that changed or were removed have been left out.',
    ]);
  });

  it('says so even when every answer still applies', () => {
    const result = read(validFile({ assessment: { id: CHECKLIST_ID, version: 1, title: checklist.title } }));
    expect(result.ok && result.notices).toEqual([
      'This file was made with an earlier version of this assessment than this page has. All its answers still apply and have been loaded.',
    ]);
  });

  it('tells a newer version of the assessment apart from an earlier one', () => {
    const result = read(validFile({ assessment: { id: CHECKLIST_ID, version: 3, title: checklist.title } }));
    expect(result.ok && result.notices[0]).toMatch(/^This file was made with a newer version of this assessment/);
  });

  it('ignores unknown questions and options of the same version, and counts them', () => {
    const result = read(validFile({ answers: { 'two-step': 'yes', leavers: 'sometimes', 'made-up': 'yes' } }));
    expect(result).toMatchObject({ ok: true, answers: { 'two-step': 'yes' } });
    expect(result.ok && result.notices).toEqual([
      "2 answers in this file do not match this assessment's questions and have been left out.",
    ]);
  });

  it('leaves unanswered, and says so, each Not applicable a question does not offer, even in the same version', () => {
    // two-step is critical and leavers has no notApplicableWhen; backups is an unknown option.
    const result = read(
      validFile({ answers: { 'two-step': 'na', leavers: 'na', 'cloud-settings': 'na', backups: 'sometimes' } }),
    );
    expect(result).toMatchObject({ ok: true, answers: { 'cloud-settings': 'na' } });
    expect(result.ok && result.notices).toEqual([
      "3 answers in this file do not match this assessment's questions and have been left out. Not applicable was cleared from 2 questions that every school must answer.",
    ]);
  });

  it('says when a file has no answers at all', () => {
    expect(read(validFile({ answers: {} }))).toMatchObject({
      ok: true,
      answers: {},
      notices: ['This file has no answers in it.'],
    });
  });
});

describe('readAnyResultFile', () => {
  const definitionsById = { [CHECKLIST_ID]: checklist, [RISK_ID]: risk };

  it('reads a file for any assessment the site has, and says which', () => {
    const text = serializeResultFile(
      buildResultFile({
        assessmentId: RISK_ID,
        definition: risk,
        answers: { 'uses-messaging': 'no' },
        school: 'Oak',
        savedAt,
      }),
    );
    expect(readAnyResultFile(text, Buffer.byteLength(text), definitionsById)).toMatchObject({
      ok: true,
      assessmentId: RISK_ID,
      definition: risk,
      answers: { 'uses-messaging': 'no' },
      school: 'Oak',
    });
  });

  it.each(['phishing-quiz', 'constructor', '__proto__'])(
    'refuses a file for an assessment the site does not have (%s)',
    (id) => {
      const text = JSON.stringify(validFile({ assessment: { id, version: 1, title: 'Phishing quiz' } }));
      expect(readAnyResultFile(text, text.length, definitionsById)).toEqual({
        ok: false,
        error: 'This file is for the Phishing quiz, which this site does not have.',
      });
    },
  );

  it('refuses what readResultFile refuses', () => {
    expect(readAnyResultFile('{', 1, definitionsById)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/could not be read as JSON/),
    });
  });
});

describe('reading a file never touches storage', () => {
  const touched: string[] = [];
  const spy = new Proxy({}, { get: (_, key) => touched.push(String(key)) });
  beforeEach(() => {
    touched.length = 0;
    vi.stubGlobal('localStorage', spy);
    vi.stubGlobal('sessionStorage', spy);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('whether the file is refused or read', () => {
    read('not json');
    read(validFile({ formatVersion: 3 }));
    read(validFile({ assessment: { id: RISK_ID, version: 1, title: 'Messaging' } }));
    read(validFile());
    readAnyResultFile(JSON.stringify(validFile()), 10, { [CHECKLIST_ID]: checklist });
    expect(touched).toEqual([]);
  });
});

describe('file names', () => {
  it('names a results file by assessment, school and day', () => {
    const file = buildResultFile({
      assessmentId: CHECKLIST_ID,
      definition: checklist,
      answers: {},
      school: 'St Mary’s C of E Primary',
      savedAt,
    });
    expect(resultFileName(file)).toBe('cyber-security-checklist-st-marys-c-of-e-primary-2026-11-25.json');
  });

  it('leaves the school out when there is none, or nothing of it fits in a file name', () => {
    const date = new Date('2026-11-25T23:30:00Z');
    expect(exportFileName({ assessmentId: RISK_ID, date, extension: 'csv', label: 'action-plan' })).toBe(
      'messaging-risk-action-plan-2026-11-25.csv',
    );
    expect(exportFileName({ assessmentId: RISK_ID, school: '学校', date, extension: 'json' })).toBe(
      'messaging-risk-2026-11-25.json',
    );
  });

  it.each([
    ['Ysgol Gymraeg Pen-y-Garth', 'ysgol-gymraeg-pen-y-garth'],
    ['École Sainte-Thérèse', 'ecole-sainte-therese'],
    ['Oak & Ash Federation', 'oak-and-ash-federation'],
    ['  ../../etc/passwd  ', 'etc-passwd'],
    ['A'.repeat(100), 'a'.repeat(60)],
  ])('slugifies %j as %j', (name, slug) => {
    expect(slugifySchool(name)).toBe(slug);
  });
});

describe('normalizeSchoolName', () => {
  it('trims, joins runs of spaces and treats blank as none', () => {
    expect(normalizeSchoolName('  Oak \n  School ')).toBe('Oak School');
    expect(normalizeSchoolName(' \t')).toBeUndefined();
    expect(normalizeSchoolName(undefined)).toBeUndefined();
  });

  it('never cuts a character in two at the length limit', () => {
    const name = `${'x'.repeat(199)}😀`;
    expect(normalizeSchoolName(name)).toBe('x'.repeat(199));
  });
});
