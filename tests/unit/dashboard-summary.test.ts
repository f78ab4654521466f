import { describe, expect, it } from 'vitest';
import { visibleQuestions } from '../../src/lib/assessment';
import type { DashboardFile } from '../../src/lib/dashboard/model';
import { countRatings, mostOftenNo, noAnswersOf } from '../../src/lib/dashboard/summary';
import { buildTables } from '../../src/lib/dashboard/tables';
import type { Answers, ChecklistDefinition } from '../../src/schemas/assessment';
import { answerEvery } from '../helpers/answers';
import { FIXTURES, loadDefinition } from '../helpers/definitions';

const checklist = loadDefinition('checklist', FIXTURES) as ChecklistDefinition;
const risk = loadDefinition('risk', FIXTURES);

function files(assessmentId: string, answers: Answers[]): DashboardFile[] {
  return answers.map((given, i) => ({
    id: `f${i}`,
    name: `f${i}.json`,
    assessmentId,
    answers: given,
    savedAt: '2026-11-25T10:00:00.000Z',
    notices: [],
  }));
}

function table(assessmentId: string, answers: Answers[]) {
  const [built] = buildTables(files(assessmentId, answers), {
    [assessmentId]: assessmentId === 'risk' ? risk : checklist,
  });
  if (!built) throw new Error('no table');
  return built;
}

const summarise = (counts: ReturnType<typeof countRatings>) =>
  counts.map(({ rating, count }) => [rating?.id ?? null, count]);

describe('schools in each band or level', () => {
  it('lists every band best first, with zero for bands no school is in', () => {
    const counts = countRatings(table('checklist', [{ 'two-step': 'yes' }, { leavers: 'yes' }, { backups: 'no' }]));
    expect(summarise(counts)).toEqual([
      ['good', 2],
      ['needs-improvement', 0],
      ['urgent-action', 1],
    ]);
    expect(counts[0]?.rating?.label).toBe('Good');
  });

  it('adds a count of schools with no rating yet, only when there are some', () => {
    expect(summarise(countRatings(table('checklist', [{}, { 'two-step': 'yes' }])))).toEqual([
      ['good', 1],
      ['needs-improvement', 0],
      ['urgent-action', 0],
      [null, 1],
    ]);
  });

  it('counts risk self-assessments by overall level, highest first', () => {
    const counts = countRatings(
      table('risk', [{ 'uses-messaging': 'no' }, { 'uses-messaging': 'yes', 'pupil-data': 'often' }, {}]),
    );
    expect(summarise(counts)).toEqual([
      ['high', 1],
      ['medium', 0],
      ['low', 1],
      [null, 1],
    ]);
  });
});

describe('questions most often answered No', () => {
  it('counts No answers across files, most first, with the question and its section', () => {
    const result = mostOftenNo(
      checklist,
      files('checklist', [{ backups: 'no', leavers: 'no' }, { backups: 'no' }, { backups: 'partly' }]),
    );
    expect(result).toEqual([
      {
        questionId: 'backups',
        text: checklist.sections[1]?.questions[0]?.text,
        sectionTitle: 'Data and devices',
        count: 2,
      },
      {
        questionId: 'leavers',
        text: checklist.sections[0]?.questions[1]?.text,
        sectionTitle: 'Accounts and access',
        count: 1,
      },
    ]);
  });

  it('keeps ties in the order the questions come in the checklist', () => {
    const result = mostOftenNo(
      checklist,
      files('checklist', [{ 'incident-plan': 'no', 'two-step': 'no' }, { backups: 'no' }]),
    );
    expect(result.map((entry) => entry.questionId)).toEqual(['two-step', 'backups', 'incident-plan']);
  });

  it('ignores No answers to questions the school was not shown', () => {
    // cloud-sharing is shown only after cloud-settings is answered Yes, Partly or No.
    const hidden = mostOftenNo(checklist, files('checklist', [{ 'cloud-settings': 'na', 'cloud-sharing': 'no' }]));
    expect(hidden).toEqual([]);
    const shown = mostOftenNo(checklist, files('checklist', [{ 'cloud-settings': 'yes', 'cloud-sharing': 'no' }]));
    expect(shown.map((entry) => entry.questionId)).toEqual(['cloud-sharing']);
  });

  it('lists the shown questions answered No, in checklist order', () => {
    // cloud-sharing is shown because cloud-settings has an answer other than Not applicable.
    const answers: Answers = { backups: 'no', 'two-step': 'no', 'cloud-settings': 'yes', 'cloud-sharing': 'no' };
    expect(noAnswersOf(checklist, answers)).toEqual(['two-step', 'backups', 'cloud-sharing']);
    expect(noAnswersOf(checklist, { 'cloud-settings': 'na', 'cloud-sharing': 'no' })).toEqual([]);
  });

  it('counts the No answers worked out earlier, without reading the answers again', () => {
    const given = files('checklist', [{}, {}]);
    // The answers are empty: only the lists given count. backups twice, leavers once.
    const earlier = new Map([
      [given[0], ['backups', 'leavers']],
      [given[1], ['backups']],
    ]);
    const result = mostOftenNo(checklist, given, (f) => earlier.get(f) ?? []);
    expect(result.map((entry) => [entry.questionId, entry.count])).toEqual([
      ['backups', 2],
      ['leavers', 1],
    ]);
  });

  it('gives the top ten at most', () => {
    const real = loadDefinition('cyber-security-checklist') as ChecklistDefinition;
    const everyNo = answerEvery(real, 'no');
    const result = mostOftenNo(real, files('cyber-security-checklist', [everyNo]));
    expect(result).toHaveLength(10);
    // Every shown question ties on one No, so the first ten shown come out, in checklist order.
    expect(result.map((entry) => entry.questionId)).toEqual(
      visibleQuestions(real, everyNo)
        .slice(0, 10)
        .map((question) => question.id),
    );
  });
});
