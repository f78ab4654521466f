import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Row } from '../../src/lib/dashboard/model';
import { nextSortOrder, sortRows } from '../../src/lib/dashboard/sort';

function row(id: string, sort: Cell['sort']): Row {
  return {
    id,
    fileName: `${id}.json`,
    duplicate: false,
    notices: [],
    ratingId: null,
    cells: { value: { text: String(sort), csv: '', sort } },
  };
}

const ids = (rows: Row[]) => rows.map((r) => r.id);

describe('sorting rows by a column', () => {
  it('orders numbers by value, not as text', () => {
    const rows = [row('a', 9), row('b', 100), row('c', 10)];
    expect(ids(sortRows(rows, 'value', 'ascending'))).toEqual(['a', 'c', 'b']);
    expect(ids(sortRows(rows, 'value', 'descending'))).toEqual(['b', 'c', 'a']);
  });

  it('orders text in en-GB order, ignoring case', () => {
    const rows = [row('a', 'oak'), row('b', 'Ash'), row('c', 'Élan'), row('d', 'beech')];
    expect(ids(sortRows(rows, 'value', 'ascending'))).toEqual(['b', 'd', 'c', 'a']);
  });

  it('puts empty cells last in both directions', () => {
    const rows = [row('none', null), row('low', 1), row('high', 3)];
    expect(ids(sortRows(rows, 'value', 'ascending'))).toEqual(['low', 'high', 'none']);
    expect(ids(sortRows(rows, 'value', 'descending'))).toEqual(['high', 'low', 'none']);
  });

  it('keeps the order of rows that tie, in both directions', () => {
    const rows = [row('a', 2), row('b', 1), row('c', 2), row('d', null), row('e', 1), row('f', null)];
    expect(ids(sortRows(rows, 'value', 'ascending'))).toEqual(['b', 'e', 'a', 'c', 'd', 'f']);
    expect(ids(sortRows(rows, 'value', 'descending'))).toEqual(['a', 'c', 'b', 'e', 'd', 'f']);
  });

  it('leaves the rows it was given as they were', () => {
    const rows = [row('a', 2), row('b', 1)];
    sortRows(rows, 'value', 'ascending');
    expect(ids(rows)).toEqual(['a', 'b']);
  });

  it('always gives an ordering where each value is in order and empties come last', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null })),
        fc.boolean(),
        (values, ascending) => {
          const sorted = sortRows(
            values.map((value, i) => row(String(i), value)),
            'value',
            ascending ? 'ascending' : 'descending',
          ).map((r) => r.cells.value?.sort ?? null);
          const filled = sorted.filter((value) => value !== null) as number[];
          expect(sorted.slice(filled.length).every((value) => value === null)).toBe(true);
          for (let i = 1; i < filled.length; i += 1) {
            const [before, after] = [filled[i - 1] ?? 0, filled[i] ?? 0];
            expect(ascending ? before <= after : before >= after).toBe(true);
          }
        },
      ),
    );
  });
});

describe('choosing the next order', () => {
  it('starts a new column ascending and reverses the same column each time', () => {
    const first = nextSortOrder(null, 'score');
    expect(first).toEqual({ key: 'score', direction: 'ascending' });
    const second = nextSortOrder(first, 'score');
    expect(second).toEqual({ key: 'score', direction: 'descending' });
    expect(nextSortOrder(second, 'score')).toEqual({ key: 'score', direction: 'ascending' });
    expect(nextSortOrder(second, 'school')).toEqual({ key: 'school', direction: 'ascending' });
  });
});
