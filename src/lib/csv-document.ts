/**
 * Every CSV the site writes goes through here, so that no text cell can become a spreadsheet
 * formula ("CSV injection"): a cell a reader's spreadsheet would read as a formula is written
 * as text instead, as OWASP recommends.
 */

/** What starts a formula in Excel, LibreOffice or Google Sheets (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet: one that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a leading `'`, which spreadsheets take as "this is text"
 * (OWASP, CSV Injection). Text only: a number written from a number field (`-5`) is a value,
 * never a formula, and stays a number for those who compute with the file; the same
 * characters in text (`-5+cmd|…`) are prefixed.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A CSV document with a header row: RFC 4180 (CRLF line ends, fields quoted when needed),
 * every text cell through {@link neutraliseFormula}, null and undefined as empty fields.
 */
export async function writeCsv<Row extends object>(
  rows: readonly Row[],
  columns: readonly (keyof Row & string)[],
): Promise<string> {
  // Loaded on the first download: pages never need it.
  const { stringify } = await import('csv-stringify/sync');
  return stringify([...rows], {
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    cast: { string: (value) => neutraliseFormula(value) },
  });
}
