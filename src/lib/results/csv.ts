import { neutraliseFormula } from './formula';

/** A CSV cell: text, or a number (written as it is: a number cannot be a formula). */
export type CsvCell = string | number;

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/** Characters that force a field to be quoted (RFC 4180 section 2). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A CSV document: a header row, then one row per entry. RFC 4180 quoting, CRLF line ends, and a byte
 * order mark so spreadsheets read non-ASCII text correctly. A text cell that a spreadsheet could run
 * as a formula is neutralised (see ./formula).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BYTE_ORDER_MARK + [header, ...rows].map((row) => row.map(formatCell).join(',') + '\r\n').join('');
}

function formatCell(cell: CsvCell): string {
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
