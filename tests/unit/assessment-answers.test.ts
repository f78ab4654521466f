import { describe, expect, it } from 'vitest';
import {
  cleanAnswers,
  countProgress,
  guidanceHref,
  parseGuidanceRef,
  visibleEntries,
  visibleQuestions,
} from '../../src/lib/assessment';
import { assessmentSchema, type Answers, type AssessmentDefinition } from '../../src/schemas/assessment';
import { FIXTURES, loadDefinition, readDefinition } from '../helpers/definitions';

const checklist = loadDefinition('checklist', FIXTURES);
const risk = loadDefinition('risk', FIXTURES);

const shownIds = (def: typeof checklist, answers: Record<string, string>) =>
  visibleQuestions(def, answers).map((question) => question.id);

describe('visibleQuestions', () => {
  it('shows every question without a condition, in file order', () => {
    expect(shownIds(checklist, {})).toEqual([
      'two-step',
      'leavers',
      'admin-accounts',
      'backups',
      'cloud-settings',
      'incident-plan',
    ]);
  });

  it('shows a follow-up only when its question has one of the listed answers', () => {
    expect(shownIds(checklist, { 'cloud-settings': 'no' })).toContain('cloud-sharing');
    expect(shownIds(checklist, { 'cloud-settings': 'na' })).not.toContain('cloud-sharing');
    expect(shownIds(risk, { 'pupil-data': 'often' })).toContain('group-members');
    expect(shownIds(risk, { 'pupil-data': 'never' })).not.toContain('group-members');
  });

  it('keeps a follow-up hidden when its question has an answer that is not an option', () => {
    expect(shownIds(risk, { 'pupil-data': 'always' })).not.toContain('group-members');
  });

  it('hides everything after an answer that ends the assessment, even answered follow-ups', () => {
    expect(shownIds(risk, { 'uses-messaging': 'no', 'pupil-data': 'often', 'group-members': 'nobody' })).toEqual([
      'uses-messaging',
    ]);
  });

  it('shows the rest again when the ending answer is changed', () => {
    expect(shownIds(risk, { 'uses-messaging': 'yes', 'pupil-data': 'often' })).toEqual([
      'uses-messaging',
      'pupil-data',
      'group-members',
      'two-step',
      'records-kept',
    ]);
  });
});

// Progress as the island works it out: counted over the questions shown for these answers.
const describeProgress = (def: AssessmentDefinition, answers: Answers) => countProgress(visibleEntries(def, answers));

describe('describeProgress', () => {
  it('counts answered shown questions, with Not applicable as an answer', () => {
    expect(describeProgress(checklist, { 'two-step': 'yes', 'cloud-settings': 'na' })).toEqual({
      answered: 2,
      total: 6,
    });
  });

  it('leaves out hidden questions, even when they have answers', () => {
    expect(describeProgress(checklist, { 'cloud-settings': 'na', 'cloud-sharing': 'yes' })).toEqual({
      answered: 1,
      total: 6,
    });
    expect(describeProgress(risk, { 'uses-messaging': 'no', 'two-step': 'all' })).toEqual({ answered: 1, total: 1 });
  });

  it('does not count an answer that is not an option', () => {
    expect(describeProgress(checklist, { 'two-step': 'maybe' })).toEqual({ answered: 0, total: 6 });
  });

  it('does not mistake an Object property for an answer when a question id matches one', () => {
    const raw = readDefinition('checklist', FIXTURES);
    raw.sections[0].questions[2].id = 'constructor';
    const def = assessmentSchema.parse(raw);
    expect(describeProgress(def, {})).toEqual({ answered: 0, total: 6 });
    expect(describeProgress(def, { constructor: 'yes' })).toEqual({ answered: 1, total: 6 });
  });
});

describe('cleanAnswers', () => {
  it('keeps answers to known questions with known options, hidden ones included', () => {
    const answers = { 'two-step': 'yes', 'cloud-settings': 'na', 'cloud-sharing': 'no' };
    expect(cleanAnswers(checklist, answers)).toEqual({
      answers,
      ignored: { unknownQuestions: [], unknownOptions: [], notApplicableWithdrawn: [] },
    });
  });

  it('drops and names unknown questions and unknown options', () => {
    const answers = { 'two-step': 'yes', 'old-question': 'yes', leavers: 'maybe', 'pupil-data': 'often' };
    expect(cleanAnswers(checklist, answers)).toEqual({
      answers: { 'two-step': 'yes' },
      ignored: {
        unknownQuestions: ['old-question', 'pupil-data'],
        unknownOptions: ['leavers'],
        notApplicableWithdrawn: [],
      },
    });
  });

  it('sets apart a Not applicable to a question that does not offer it, as unanswered', () => {
    // two-step is critical and leavers has no notApplicableWhen; admin-accounts offers N/A.
    const answers = { 'two-step': 'na', leavers: 'na', 'admin-accounts': 'na' };
    expect(cleanAnswers(checklist, answers)).toEqual({
      answers: { 'admin-accounts': 'na' },
      ignored: { unknownQuestions: [], unknownOptions: [], notApplicableWithdrawn: ['two-step', 'leavers'] },
    });
  });

  it('checks risk answers against each question’s own options', () => {
    expect(cleanAnswers(risk, { 'pupil-data': 'often', 'two-step': 'often' })).toEqual({
      answers: { 'pupil-data': 'often' },
      ignored: { unknownQuestions: [], unknownOptions: ['two-step'], notApplicableWithdrawn: [] },
    });
  });

  it('drops values that are not strings and keys such as __proto__ from imported JSON', () => {
    const imported = JSON.parse('{"__proto__": "yes", "two-step": 1, "leavers": "no"}');
    const cleaned = cleanAnswers(checklist, imported);
    expect(cleaned.answers).toEqual({ leavers: 'no' });
    expect(Object.getPrototypeOf(cleaned.answers)).toBe(Object.prototype);
    expect(cleaned.ignored).toEqual({
      unknownQuestions: ['__proto__'],
      unknownOptions: ['two-step'],
      notApplicableWithdrawn: [],
    });
  });
});

describe('guidance references', () => {
  it('splits a reference into article and heading', () => {
    expect(parseGuidanceRef('cyber-security-essentials#backups')).toEqual({
      article: 'cyber-security-essentials',
      heading: 'backups',
    });
  });

  it.each([
    ['/', '/guidance/when-staff-leave/#accounts'],
    ['/trust', '/trust/guidance/when-staff-leave/#accounts'],
    ['/trust/', '/trust/guidance/when-staff-leave/#accounts'],
  ])('links under the base path %j', (base, href) => {
    expect(guidanceHref('when-staff-leave#accounts', base)).toBe(href);
  });
});
