import { describe, expect, it } from 'vitest';
import { countActions } from '../../src/lib/dashboard/action-counts';
import type { DashboardFile } from '../../src/lib/dashboard/model';
import { buildTables } from '../../src/lib/dashboard/tables';
import type { ChecklistDefinition } from '../../src/schemas/assessment';
import { answerEvery } from '../helpers/answers';
import { FIXTURES, loadDefinition } from '../helpers/definitions';

const TODAY = '2026-11-30';

describe('countActions', () => {
  const plan = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('counts done, open and overdue by hand-worked statuses and dates, as of a fixed today', () => {
    const counts = countActions(
      plan,
      {
        a: { status: 'done', due: '2026-01-01' }, // done: never overdue, however late
        b: { status: 'in-progress', due: '2026-11-29' }, // open, due yesterday: overdue
        c: { status: 'not-started', due: '2026-11-30' }, // open, due today: not yet overdue
        d: { status: 'not-started', due: '2026-12-01' }, // open, due tomorrow
        e: { status: 'in-progress' }, // open, no date: never overdue
        // f: never tracked, so open and not overdue
        gone: { status: 'done' }, // not in the plan (answered Yes since): not counted
      },
      TODAY,
    );
    // done: a = 1; open: b, c, d, e, f = 5; overdue: b = 1.
    expect(counts).toEqual({ done: 1, open: 5, overdue: 1 });
  });

  it('counts nothing for an empty plan', () => {
    expect(countActions([], { a: { status: 'done' } }, TODAY)).toEqual({ done: 0, open: 0, overdue: 0 });
  });
});

describe('the dashboard’s Actions column', () => {
  const checklist = loadDefinition('checklist', FIXTURES) as ChecklistDefinition;
  const base = { name: 'x.json', assessmentId: 'checklist', savedAt: '2026-11-25T10:00:00.000Z', notices: [] };
  // Two questions answered No, the rest Yes: a plan of exactly two actions.
  const answers = { ...answerEvery(checklist, 'yes'), 'two-step': 'no', leavers: 'no' };

  it('shows a school’s actions done, open and overdue, sorting by overdue', () => {
    const tracked: DashboardFile = {
      ...base,
      id: 'oak',
      answers,
      actions: { 'two-step': { status: 'in-progress', due: '2026-11-01' }, leavers: { status: 'done' } },
    };
    const [table] = buildTables([tracked], { checklist }, () => undefined, TODAY);
    // two-step: open and due 1 November, before 30 November: overdue. leavers: done.
    expect(table?.rows[0]?.cells.actions).toEqual({
      text: '1 done, 1 open, 1 overdue',
      csv: '1 done, 1 open, 1 overdue',
      sort: 1,
    });
  });

  it('says a version 1 file, which has no tracking, is not tracked rather than all open', () => {
    const [table] = buildTables([{ ...base, id: 'elm', answers }], { checklist }, () => undefined, TODAY);
    expect(table?.rows[0]?.cells.actions).toMatchObject({ text: 'Not tracked (older file)', sort: null });
  });
});
