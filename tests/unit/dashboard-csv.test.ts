import { describe, expect, it } from 'vitest';
import { buildTableCsv } from '../../src/lib/dashboard/csv';
import type { DashboardFile } from '../../src/lib/dashboard/model';
import { sortRows } from '../../src/lib/dashboard/sort';
import { buildTables } from '../../src/lib/dashboard/tables';
import type { Answers } from '../../src/schemas/assessment';
import { FIXTURES, loadDefinition } from '../helpers/definitions';

const definitions = { checklist: loadDefinition('checklist', FIXTURES), risk: loadDefinition('risk', FIXTURES) };

function file(id: string, assessmentId: string, answers: Answers, school?: string): DashboardFile {
  return {
    id,
    name: `${id}.json`,
    assessmentId,
    answers,
    ...(school === undefined ? {} : { school }),
    savedAt: '2026-11-25T10:00:00.000Z',
    notices: [],
  };
}

/** The CSV's lines without the byte order mark, split on the CRLF line ends. */
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(0, -1);

describe('a table as CSV', () => {
  const files = [
    file('a', 'checklist', { 'two-step': 'yes', leavers: 'no' }, 'Oak'),
    file('b', 'checklist', {}, '=HYPERLINK("http://evil")'),
    file('c', 'checklist', { 'two-step': 'yes' }, 'oak'),
  ];
  const [table] = buildTables(files, definitions);
  if (!table) throw new Error('no table');

  it('has a header of the column names, then duplicate and file', () => {
    expect(lines(buildTableCsv(table))[0]).toBe(
      'School,Saved,Score,Rating,Not applicable,Actions,Accounts and access,Data and devices,Possible duplicate,File',
    );
  });

  it('writes numbers as numbers, ratings in words and empty cells as nothing', () => {
    const [, oak, formula] = lines(buildTableCsv(table));
    // Neither file tracks actions (as a version 1 file would not), so the Actions cell is empty.
    expect(oak).toBe('Oak,2026-11-25,60,Needs improvement,0,,60,,Yes,a.json');
    expect(formula).toBe(`"'=HYPERLINK(""http://evil"")",2026-11-25,,,0,,,,,b.json`);
  });

  it('follows the order of the rows it is given, as sorted on screen', () => {
    const sorted = sortRows(table.rows, 'score', 'descending');
    expect(
      lines(buildTableCsv(table, sorted))
        .slice(1)
        .map((line) => line.split(',').at(-1)),
    ).toEqual(['c.json', 'a.json', 'b.json']);
  });

  it('writes risk levels in words', () => {
    const [risk] = buildTables([file('r', 'risk', { 'uses-messaging': 'no' }, 'Elm')], definitions);
    if (!risk) throw new Error('no table');
    expect(lines(buildTableCsv(risk))[1]).toBe(
      'Elm,2026-11-25,Low,Not applicable,Not applicable,Not applicable,,r.json',
    );
  });
});
