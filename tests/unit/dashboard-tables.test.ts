import { describe, expect, it } from 'vitest';
import { scoreChecklist } from '../../src/lib/assessment';
import type { DashboardFile } from '../../src/lib/dashboard/model';
import { schoolKey } from '../../src/lib/dashboard/duplicates';
import { findDuplicateSchools } from '../../src/lib/dashboard/duplicates';
import { buildTables, rowScorer } from '../../src/lib/dashboard/tables';
import type { Answers, ChecklistDefinition } from '../../src/schemas/assessment';
import { answerEvery } from '../helpers/answers';
import { FIXTURES, loadDefinition } from '../helpers/definitions';

const checklist = loadDefinition('checklist', FIXTURES) as ChecklistDefinition;
const risk = loadDefinition('risk', FIXTURES);
const definitions = { checklist, risk };

const ALL_YES = answerEvery(checklist, 'yes');

let lastId = 0;
function file(
  assessmentId: string,
  answers: Answers,
  school?: string,
  savedAt = '2026-11-25T10:00:00.000Z',
): DashboardFile {
  lastId += 1;
  return {
    id: `f${lastId}`,
    name: `file-${lastId}.json`,
    assessmentId,
    answers,
    ...(school === undefined ? {} : { school }),
    savedAt,
    notices: [],
  };
}

function onlyTable(files: DashboardFile[], id = 'checklist') {
  const table = buildTables(files, definitions).find((candidate) => candidate.assessmentId === id);
  if (!table) throw new Error(`no table for ${id}`);
  return table;
}

describe('one table per assessment', () => {
  it('groups files by assessment, in the order of the definitions, with rows in file order', () => {
    const files = [file('risk', {}, 'Ash'), file('checklist', ALL_YES, 'Beech'), file('checklist', {}, 'Cedar')];
    const tables = buildTables(files, definitions);
    expect(tables.map((table) => table.assessmentId)).toEqual(['checklist', 'risk']);
    expect(tables[0]?.rows.map((row) => row.cells.school?.text)).toEqual(['Beech', 'Cedar']);
    expect(tables[1]?.rows.map((row) => row.cells.school?.text)).toEqual(['Ash']);
  });

  it('makes no table for an assessment without files, and leaves out files for assessments it does not have', () => {
    const tables = buildTables([file('checklist', ALL_YES), file('retired-assessment', {})], definitions);
    expect(tables.map((table) => table.assessmentId)).toEqual(['checklist']);
    expect(tables[0]?.rows).toHaveLength(1);
  });

  it('uses rows scored earlier instead of scoring the files again, and scores the rest', () => {
    const scoredEarlier = file('checklist', ALL_YES, 'Ash');
    const fresh = file('checklist', ALL_YES, 'Beech');
    const early = rowScorer(definitions)(scoredEarlier);
    if (!early) throw new Error('no row');
    const marked = { ...early, cells: { ...early.cells, score: { text: 'scored earlier', csv: '', sort: null } } };
    const table = buildTables([scoredEarlier, fresh], definitions, (f) => (f === scoredEarlier ? marked : undefined));
    expect(table[0]?.rows.map((row) => row.cells.score?.text)).toEqual(['scored earlier', '100']);
  });

  it('scores a file once with every cell and its No answers, so a table built later formats nothing', () => {
    const oak = file('checklist', { ...ALL_YES, leavers: 'no' }, 'Oak');
    const scored = rowScorer(definitions)(oak);
    expect(scored?.cells.school?.text).toBe('Oak');
    // 25 November 2026 at 10:00 UTC is 10:00 in London, the same day.
    expect(scored?.cells.saved?.text).toBe('25 Nov 2026');
    expect(scored?.noIds).toEqual(['leavers']);
    const [built] = buildTables([oak], definitions, () => scored ?? undefined);
    expect(built?.rows[0]?.cells).toBe(scored?.cells);
  });

  it('gives no row for a file whose assessment the site does not have', () => {
    expect(rowScorer(definitions)(file('retired-assessment', {}))).toBeNull();
  });

  it('flags every copy when thousands of files name one school', () => {
    const files = Array.from({ length: 20_000 }, () => file('checklist', {}, 'Oak'));
    expect(findDuplicateSchools(files).size).toBe(20_000);
  });

  it("takes the title from this site's definition", () => {
    expect(onlyTable([file('checklist', {})]).title).toBe(checklist.title);
  });
});

describe('checklist rows', () => {
  it('has school, saved, score, rating, the Not applicable count, actions and one column per section', () => {
    expect(onlyTable([file('checklist', {})]).columns.map((column) => column.label)).toEqual([
      'School',
      'Saved',
      'Score',
      'Rating',
      'Not applicable',
      'Actions',
      'Accounts and access',
      'Data and devices',
    ]);
  });

  it('shows the score, band and section scores the engine gives for the answers', () => {
    const answers: Answers = { ...ALL_YES, 'two-step': 'no', backups: 'partly' };
    const expected = scoreChecklist(checklist, answers);
    const row = onlyTable([file('checklist', answers)]).rows[0];
    expect(row?.cells.score?.sort).toBe(expected.overall.score);
    expect(row?.cells.score?.csv).toBe(expected.overall.score);
    expect(row?.cells.rating?.text).toBe(expected.band?.label);
    expect(row?.ratingId).toBe(expected.band?.id);
    expect(row?.cells['section:accounts']?.sort).toBe(expected.sections[0]?.score);
    expect(row?.cells['section:data']?.sort).toBe(expected.sections[1]?.score);
  });

  it('colours the top band good, the lowest bad and those between as a warning, whatever order the file lists them', () => {
    const table = onlyTable([file('checklist', ALL_YES)]);
    expect(table.ratings.map((rating) => [rating.id, rating.tone])).toEqual([
      ['good', 'good'],
      ['needs-improvement', 'warn'],
      ['urgent-action', 'bad'],
    ]);
    expect(table.rows[0]?.cells.rating).toMatchObject({ text: 'Good', tone: 'good' });
  });

  it('sorts ratings by rank, so a better band sorts after a worse one', () => {
    const rows = onlyTable([file('checklist', ALL_YES), file('checklist', { backups: 'no' })]).rows;
    expect(Number(rows[0]?.cells.rating?.sort)).toBeGreaterThan(Number(rows[1]?.cells.rating?.sort));
  });

  it('counts the questions answered Not applicable, as a number a spreadsheet can add up', () => {
    // admin-accounts and cloud-settings N/A; cloud-sharing is then hidden, so its N/A does not count.
    const answers = { ...ALL_YES, 'admin-accounts': 'na', 'cloud-settings': 'na', 'cloud-sharing': 'na' };
    expect(onlyTable([file('checklist', answers)]).rows[0]?.cells.notApplicable).toEqual({
      text: '2',
      csv: 2,
      sort: 2,
    });
    expect(onlyTable([file('checklist', ALL_YES)]).rows[0]?.cells.notApplicable).toEqual({
      text: '0',
      csv: 0,
      sort: 0,
    });
  });

  it('says why a rating is held below the top band', () => {
    const row = onlyTable([file('checklist', { ...ALL_YES, 'incident-plan': 'no' })]).rows[0];
    expect(row?.cells.rating?.text).toBe('Needs improvement');
    expect(row?.cells.rating?.note).toMatch(/below Good by a critical question answered No or Partly/);
    // two-step Partly: 10.5 of 12 = 88, Good on the score alone.
    const partly = onlyTable([file('checklist', { ...ALL_YES, 'two-step': 'partly' })]).rows[0];
    expect(partly?.cells.rating?.text).toBe('Needs improvement');
    expect(onlyTable([file('checklist', ALL_YES)]).rows[0]?.cells.rating?.note).toBeUndefined();
  });

  it('marks a section score in the lowest band as low, in words as well as colour', () => {
    // Accounts: two-step (weight 3) and leavers (2) No, admin-accounts (1) Yes: 100 * 1 / 6 = 16.7 -> 17,
    // under 50, the minimum of the band above Urgent action. Data and devices: all Yes, 100, not marked.
    const row = onlyTable([file('checklist', { ...ALL_YES, 'two-step': 'no', leavers: 'no' })]).rows[0];
    expect(row?.cells['section:accounts']).toEqual({
      text: '17',
      csv: 17,
      sort: 17,
      tone: 'bad',
      note: 'Low (under 50)',
    });
    expect(row?.cells['section:data']).toEqual({ text: '100', csv: 100, sort: 100 });
  });

  it('does not mark a section score at the next band’s minimum', () => {
    // Accounts: two-step No (0 of 3), leavers and admin-accounts Yes (2 + 1): 100 * 3 / 6 = 50, not under 50.
    const row = onlyTable([file('checklist', { ...ALL_YES, 'two-step': 'no' })]).rows[0];
    expect(row?.cells['section:accounts']).toEqual({ text: '50', csv: 50, sort: 50 });
  });

  it('has no score, rather than zero, when nothing is answered, and sorts it as empty', () => {
    const row = onlyTable([file('checklist', { 'cloud-settings': 'na' })]).rows[0];
    expect(row?.cells.score).toEqual({ text: 'No score', csv: '', sort: null });
    expect(row?.cells.rating?.sort).toBeNull();
    expect(row?.ratingId).toBeNull();
  });
});

describe('risk rows', () => {
  it('has the overall level, then one column per risk in file order', () => {
    const table = onlyTable([file('risk', {})], 'risk');
    expect(table.columns.map((column) => column.key)).toEqual([
      'school',
      'saved',
      'level',
      'risk:data-exposed',
      'risk:account-takeover',
      'risk:records-lost',
    ]);
    expect(table.ratings.map((rating) => rating.id)).toEqual(['high', 'medium', 'low']);
  });

  it('shows each risk level in words with its colour, and the highest overall', () => {
    const row = onlyTable(
      [file('risk', { 'uses-messaging': 'yes', 'pupil-data': 'often', 'group-members': 'nobody', 'two-step': 'some' })],
      'risk',
    ).rows[0];
    expect(row?.cells.level).toMatchObject({ text: 'High', tone: 'bad', sort: 3 });
    expect(row?.ratingId).toBe('high');
    expect(row?.cells['risk:account-takeover']).toMatchObject({ text: 'Medium', tone: 'warn', sort: 2 });
    expect(row?.cells['risk:records-lost']).toEqual({ text: 'Not assessed', csv: '', sort: null });
  });

  it('marks every risk not applicable when an answer ends the assessment, which is low overall', () => {
    const row = onlyTable([file('risk', { 'uses-messaging': 'no' })], 'risk').rows[0];
    expect(row?.cells.level).toMatchObject({ text: 'Low', tone: 'good' });
    expect(row?.cells['risk:data-exposed']).toEqual({ text: 'Not applicable', csv: 'Not applicable', sort: null });
  });
});

describe('school and date', () => {
  it('says when a file has no school name, and sorts it as empty', () => {
    expect(onlyTable([file('checklist', {})]).rows[0]?.cells.school).toEqual({
      text: 'No school name given',
      csv: '',
      sort: null,
    });
  });

  it('shows the UK day the answers were saved and sorts by the exact moment', () => {
    const [late, early] = onlyTable([
      file('checklist', {}, 'A', '2026-06-30T23:30:00.000Z'),
      file('checklist', {}, 'B', '2026-07-01T00:10:00.000+02:00'),
    ]).rows;
    expect(late?.cells.saved).toMatchObject({ text: '1 Jul 2026', csv: '2026-07-01' });
    expect(early?.cells.saved?.text).toBe('30 Jun 2026');
    expect(Number(late?.cells.saved?.sort)).toBeGreaterThan(Number(early?.cells.saved?.sort));
  });

  it("keeps each file's name and notices on its row", () => {
    const withNotice = { ...file('checklist', {}), notices: ['This file was made with an earlier version.'] };
    expect(onlyTable([withNotice]).rows[0]).toMatchObject({ fileName: withNotice.name, notices: withNotice.notices });
  });
});

describe('duplicate schools', () => {
  it('flags every file that names the same school, ignoring case and spaces', () => {
    const rows = onlyTable([
      file('checklist', {}, "St Mary's"),
      file('checklist', {}, 'Oak Academy'),
      file('checklist', {}, "  ST  MARY'S"),
    ]).rows;
    expect(rows.map((row) => row.duplicate)).toEqual([true, false, true]);
  });

  it('compares schools within one assessment only', () => {
    const tables = buildTables([file('checklist', {}, 'Oak'), file('risk', {}, 'Oak')], definitions);
    expect(tables.flatMap((table) => table.rows.map((row) => row.duplicate))).toEqual([false, false]);
  });

  it('never flags files without a school name', () => {
    expect(onlyTable([file('checklist', {}), file('checklist', {})]).rows.map((row) => row.duplicate)).toEqual([
      false,
      false,
    ]);
  });

  it('treats names that differ only in case or spacing as one school', () => {
    expect(schoolKey('Oak  Tree Primary ')).toBe(schoolKey('oak tree primary'));
    expect(schoolKey('OakTree Primary')).toBe(schoolKey('oak tree primary'));
    expect(schoolKey('Oak Primary')).not.toBe(schoolKey('Oak Primary 2'));
  });
});
