import type { Row } from './model';

export type SortDirection = 'ascending' | 'descending';

/** Which column a table is sorted by; null keeps the order the files were loaded in. */
export type SortOrder = { key: string; direction: SortDirection } | null;

const collator = new Intl.Collator('en-GB');

/**
 * The rows sorted by one column: numbers (scores, dates, rating ranks) by value, text in en-GB
 * order. Empty cells go last in either direction, and rows that tie keep their order.
 */
export function sortRows(rows: readonly Row[], key: string, direction: SortDirection): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  // Array.prototype.sort is stable; the direction flips the comparison, not the result, so ties keep their order.
  return [...rows].sort((a, b) => {
    const x = a.cells[key]?.sort ?? null;
    const y = b.cells[key]?.sort ?? null;
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}

/** Ascending first; the same column again reverses the order. */
export function nextSortOrder(current: SortOrder, key: string): SortOrder {
  return { key, direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' };
}
