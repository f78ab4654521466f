import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/results/csv';
import { buildActionPlanCsv, buildRiskActionPlanCsv } from '../../src/lib/results/action-plan-csv';
import { scoreChecklist, scoreRisk } from '../../src/lib/assessment';
import type { ChecklistDefinition, RiskDefinition } from '../../src/schemas/assessment';
import { FIXTURES, loadDefinition } from '../helpers/definitions';

/** A strict RFC 4180 reader, to check what the writer produced: rows of fields, BOM removed. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 1;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const end = text.indexOf('"', i);
        expect(end).toBeGreaterThanOrEqual(0);
        field += text.slice(i, end);
        i = end + 1;
        if (text[i] !== '"') break;
        field += '"';
        i += 1;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n"]/);
      field = text.slice(i, end < 0 ? text.length : i + end);
      i += field.length;
      expect(text[i]).not.toBe('"');
    }
    row.push(field);
    if (text[i] === ',') i += 1;
    else {
      expect(text.slice(i, i + 2)).toBe('\r\n');
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}

describe('toCsv', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(toCsv(['A', 'B'], [['1', '2']])).toBe('\uFEFFA,B\r\n1,2\r\n');
  });

  it.each([
    ['a comma', 'Backups, offline', '"Backups, offline"'],
    ['a quote, doubled', 'The "anyone with the link" setting', '"The ""anyone with the link"" setting"'],
    ['a line feed', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return', 'one\rtwo', '"one\rtwo"'],
    ['non-ASCII text, as it is', 'Ysgol Gymraeg – école 😀', 'Ysgol Gymraeg – école 😀'],
    ['nothing', '', ''],
  ])('quotes a field only when it must: %s', (_, cell, written) => {
    expect(toCsv(['H'], [[cell]])).toBe(`\uFEFFH\r\n${written}\r\n`);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","Click")', '"\'=HYPERLINK(""http://evil.example"",""Click"")"'],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', '"\'\r=1+1"'],
  ])('defuses a text cell a spreadsheet would run as a formula: %j', (cell, written) => {
    expect(toCsv(['H'], [[cell]])).toBe(`\uFEFFH\r\n${written}\r\n`);
  });

  it('leaves a formula character inside a cell, and numbers, alone', () => {
    expect(toCsv(['H', 'N'], [['a=b', -5]])).toBe('\uFEFFH,N\r\na=b,-5\r\n');
  });

  it('writes any text so that a strict reader gets it back, with formulas defused', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', ' '),
    });
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
        (header, body) => {
          const rows = body.map((row) => header.map((_, i) => row[i] ?? ''));
          // A formula character after any leading spaces or line breaks, or a tab or return first.
          const defused = (text: string) => (/^([\t\r\n]|[ \t\r\n]*[=+\-@])/.test(text) ? `'${text}` : text);
          expect(readCsv(toCsv(header, rows))).toEqual([header, ...rows].map((row) => row.map(defused)));
        },
      ),
    );
  });
});

describe('buildActionPlanCsv', () => {
  const checklist = loadDefinition('checklist', FIXTURES) as ChecklistDefinition;
  const { actions } = scoreChecklist(checklist, {
    'two-step': 'no',
    leavers: 'partly',
    backups: 'yes',
    'cloud-settings': 'no',
    'cloud-sharing': 'partly',
  });

  it('writes one row per action under the agreed header, with absolute guidance links', () => {
    const rows = readCsv(buildActionPlanCsv(actions, { siteUrl: 'https://example.org/' }));
    expect(rows[0]).toEqual([
      'Section',
      'Question',
      'Answer',
      'Priority',
      'Action',
      'Owner',
      'Due date',
      'Status',
      'Guidance URL',
    ]);
    expect(rows).toHaveLength(actions.length + 1);
    expect(rows[1]).toEqual([
      'Accounts and access',
      'Is two-step verification turned on for every account that can reach personal data?',
      'No',
      'High',
      'Turn on two-step verification for every account, starting with email and admin accounts.',
      '',
      '',
      'Not started',
      'https://example.org/guidance/cyber-security-essentials/#two-step-verification',
    ]);
    expect(rows.find((row) => row[1]?.startsWith('Is sharing files'))?.[4]).toBe(
      'Turn off "anyone with the link" sharing.',
    );
  });

  it('keeps a trust’s base path in the guidance links', () => {
    const rows = readCsv(buildActionPlanCsv(actions, { siteUrl: 'https://trust.example/best-practice/' }));
    expect(rows[1]?.[8]).toBe(
      'https://trust.example/best-practice/guidance/cyber-security-essentials/#two-step-verification',
    );
  });

  it('writes only the header when there is nothing to do', () => {
    expect(buildActionPlanCsv([], { siteUrl: 'https://example.org/' })).toBe(
      '\uFEFFSection,Question,Answer,Priority,Action,Owner,Due date,Status,Guidance URL\r\n',
    );
  });

  it('writes each action’s owner, due date and status, and defuses an owner written as a formula', () => {
    const rows = readCsv(
      buildActionPlanCsv(
        actions,
        { siteUrl: 'https://example.org/' },
        {
          'two-step': { owner: '=HYPERLINK("http://evil.example")', due: '2027-01-31', status: 'in-progress' },
          leavers: { status: 'done' },
        },
      ),
    );
    const byQuestion = (start: string) => rows.find((row) => row[1]?.startsWith(start))?.slice(5, 8);
    expect(byQuestion('Is two-step')).toEqual(['\'=HYPERLINK("http://evil.example")', '2027-01-31', 'In progress']);
    expect(byQuestion('Are a leaver')).toEqual(['', '', 'Done']);
  });
});

describe('buildRiskActionPlanCsv', () => {
  const risk = loadDefinition('risk', FIXTURES) as RiskDefinition;

  it('writes one row per risk above low, with the answers that set it', () => {
    const { risks } = scoreRisk(risk, {
      'uses-messaging': 'yes',
      'pupil-data': 'often',
      'group-members': 'nobody',
      'two-step': 'all',
      'records-kept': 'always',
    });
    const rows = readCsv(buildRiskActionPlanCsv(risks, { siteUrl: 'https://example.org/' }));
    expect(rows).toEqual([
      ['Risk', 'Level', 'Likelihood', 'Severity', 'Because', 'Action', 'Guidance URL'],
      [
        'Pupil data seen by the wrong people',
        'High',
        'Probable',
        'Severe',
        'Is pupil personal data shared in staff groups? – Often\nDoes someone check who is in each group? – No',
        'Keep pupil personal data out of messaging groups.',
        'https://example.org/guidance/using-whatsapp-in-schools/#sharing-personal-data',
      ],
    ]);
  });
});
