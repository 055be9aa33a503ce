/**
 * Writing a table as CSV for office work.
 *
 * Excel opens a double-clicked CSV with the separators of the computer's regional settings: on a
 * computer set to Indonesian (id-ID) it expects `;` between fields and a decimal comma (`0,85`), and
 * without a byte-order mark it reads UTF-8 as an old code page (names like "Nur’aini" break). So the
 * default dialect is `;` + decimal comma + UTF-8 with BOM; the other is `,` + decimal point + BOM for
 * computers set to English and for other programs (LibreOffice, scripts), which ignore the BOM.
 * docs/spreadsheets.md says the same for users.
 *
 * Values are data, never formulas: a text cell starting with = + - @ (or tab, carriage return) gets
 * a leading apostrophe, as OWASP advises against CSV injection, and every such cell is quoted.
 */

export type ExportValue = string | number | null;

/** A table to export: header row and data rows; numbers stay numbers until written. */
export interface ExportTable {
  headers: string[];
  rows: ExportValue[][];
}

export interface CsvDialect {
  separator: ';' | ',';
  decimalComma: boolean;
  bom: boolean;
}

/** Excel on a computer set to Indonesian. */
export const CSV_EXCEL_ID: CsvDialect = { separator: ';', decimalComma: true, bom: true };
/** Excel set to English, LibreOffice, scripts. */
export const CSV_STANDARD: CsvDialect = { separator: ',', decimalComma: false, bom: true };

/** Text that a spreadsheet would read as a formula gets a leading apostrophe: `=1+1` → `'=1+1`. */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string, separator: string): string {
  return /["\r\n]/.test(text) || text.includes(separator) || text.startsWith("'") ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One value as CSV text: numbers without thousands separators, in the dialect's decimal mark. */
export function csvValue(value: ExportValue, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(value);
    return dialect.decimalComma ? text.replace('.', ',') : text;
  }
  return quote(guardFormula(value), dialect.separator);
}

/** The whole table as CSV text (CRLF line ends, as RFC 4180 and Excel expect), with the BOM if asked. */
export function toCsv(table: ExportTable, dialect: CsvDialect): string {
  const line = (cells: readonly ExportValue[]) => cells.map((c) => csvValue(c, dialect)).join(dialect.separator);
  const lines = [line(table.headers), ...table.rows.map(line)];
  return (dialect.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
