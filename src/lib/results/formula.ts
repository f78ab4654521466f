/** What starts a formula in Excel, LibreOffice Calc and Google Sheets (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@]/;

/** A tab, carriage return or line feed at the very start is itself an OWASP trigger. */
const CONTROL_START = /^[\t\r\n]/;

/**
 * What spreadsheets skip before reading a cell: spaces of every width (`\s` covers no-break and
 * ideographic spaces), line breaks, control characters, and invisible format characters such as
 * zero-width spaces, bidi marks and the byte order mark.
 */
const LEADING_IGNORED = /^[\s\p{Cc}\p{Cf}]+/u;

/**
 * True when a spreadsheet could run the text as a formula: its first character after anything
 * invisible is `=`, `+`, `-` or `@`, in any width (NFKC turns the full-width `＝` and the small
 * `﹦` into `=`), or it opens with a tab or line break.
 */
export function startsFormula(text: string): boolean {
  if (CONTROL_START.test(text)) return true;
  const first = String.fromCodePoint(text.replace(LEADING_IGNORED, '').codePointAt(0) ?? 0x20);
  return FORMULA_START.test(first.normalize('NFKC'));
}

/**
 * The text as a spreadsheet shows it but never runs it: a leading apostrophe, which spreadsheets
 * read as "this is text", on anything that could start a formula. Every CSV this site writes goes
 * through here, because its cells (answers, school names, file names) are typed by people and the
 * file may be opened by someone else.
 */
export function neutraliseFormula(text: string): string {
  return startsFormula(text) ? `'${text}` : text;
}
