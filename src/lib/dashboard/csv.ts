import { toCsv } from '../results/csv';
import type { DashboardTable, Row } from './model';

/**
 * A table as CSV, in the rows' order (as sorted on screen): every column, then whether the school
 * is a possible duplicate and the file it came from.
 */
export function buildTableCsv(table: DashboardTable, rows: readonly Row[] = table.rows): string {
  return toCsv(
    [...table.columns.map((column) => column.label), 'Possible duplicate', 'File'],
    rows.map((row) => [
      ...table.columns.map((column) => row.cells[column.key]?.csv ?? ''),
      row.duplicate ? 'Yes' : '',
      row.fileName,
    ]),
  );
}
