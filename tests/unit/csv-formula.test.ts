import { describe, expect, it } from 'vitest';
import { buildTableCsv } from '../../src/lib/dashboard/csv';
import { buildTables } from '../../src/lib/dashboard/tables';
import { toCsv } from '../../src/lib/results/csv';
import { neutraliseFormula } from '../../src/lib/results/formula';
import { readAnyResultFile } from '../../src/lib/results/read-result-file';
import { normalizeSchoolName } from '../../src/lib/results/school';
import { FIXTURES, loadDefinition } from '../helpers/definitions';

/** Values a spreadsheet would run as a formula, and what the CSV cell must hold instead. */
const HOSTILE: readonly [string, string][] = [
  ['=1+1', "'=1+1"],
  ['+44 20 7946 0000', "'+44 20 7946 0000"],
  ['-2+3', "'-2+3"],
  ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
  [' =1+1', "' =1+1"],
  ['   +cmd', "'   +cmd"],
  ['\n=HYPERLINK("http://x")', '\'\n=HYPERLINK("http://x")'],
  ['\r\n-1', "'\r\n-1"],
  ['\t@x', "'\t@x"],
  ['\tplain text after a tab', "'\tplain text after a tab"],
  ['\rplain text after a return', "'\rplain text after a return"],
  ['\u00A0=1', "'\u00A0=1"],
  ['\u3000=1', "'\u3000=1"],
  ['\u200B=1', "'\u200B=1"],
  ['\uFEFF+1', "'\uFEFF+1"],
  ['\u202E=1', "'\u202E=1"],
  ['＝1+1', "'＝1+1"],
  ['＋1', "'＋1"],
  ['－1', "'－1"],
  ['＠x', "'＠x"],
  ['﹦1', "'﹦1"],
  [' \n ＝1', "' \n ＝1"],
];

/** Values that only look alarming and must be written exactly as they are. */
const HARMLESS: readonly string[] = ['a=b', 'Oak -1', 'St Mary’s C of E', "'=already text", '−1 (minus sign)', ''];

describe('neutraliseFormula', () => {
  it.each(HOSTILE)('neutralises %j', (value, written) => {
    expect(neutraliseFormula(value)).toBe(written);
  });

  it.each(HARMLESS)('leaves %j alone', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});

describe('both CSV writers share it', () => {
  it('the results writer neutralises every hostile cell, header included', () => {
    const csv = toCsv([' =head'], [['\n+cell']]);
    expect(csv).toBe('\uFEFF\' =head\r\n"\'\n+cell"\r\n');
  });

  it('the dashboard writer neutralises a school name and a file name that start a formula after spaces', () => {
    const checklist = loadDefinition('checklist', FIXTURES);
    const [table] = buildTables(
      [
        {
          id: 'a',
          name: ' @evil.json',
          assessmentId: 'checklist',
          answers: {},
          school: '＝HYPERLINK("http://evil")',
          savedAt: '2026-11-25T10:00:00.000Z',
          notices: [],
        },
      ],
      { checklist },
    );
    if (!table) throw new Error('no table');
    const row = buildTableCsv(table).split('\r\n')[1] ?? '';
    expect(row.startsWith(`"'＝HYPERLINK(""http://evil"")",`)).toBe(true);
    expect(row.endsWith(",' @evil.json")).toBe(true);
  });
});

describe('school names on import', () => {
  const definition = loadDefinition('checklist', FIXTURES);
  const fileWith = (school: string) =>
    JSON.stringify({
      format: 'school-assessment-result',
      formatVersion: 1,
      assessment: { id: 'checklist', version: definition.version, title: definition.title },
      school,
      savedAt: '2026-11-25T10:00:00.000Z',
      answers: {},
    });

  it.each([
    ['  \n =cmd|calc  ', '=cmd|calc'],
    ['\tOak\u202E Academy\u0000 ', 'Oak Academy'],
    ['\u200B\uFEFF St   Mary’s ', 'St Mary’s'],
    [' \n\t ', undefined],
  ])('trims and cleans %j', (school, kept) => {
    const text = fileWith(school);
    const read = readAnyResultFile(text, text.length, { checklist: definition });
    if (!read.ok) throw new Error(read.error);
    expect(read.school).toBe(kept);
  });

  it('cleans a typed name the same way', () => {
    expect(normalizeSchoolName('\u2066 Elm\r\nPrimary \u2069')).toBe('Elm Primary');
  });
});
