/**
 * Reading a spreadsheet file (CSV or XLSX) into a plain table: the header row and the data rows,
 * with the row numbers the spreadsheet's user sees. The parsing libraries load on first use only.
 */
import { headerScore } from './fields';

/** A cell as read: text (CSV, XLSX text), a number or a date (XLSX typed cells), a boolean, or empty. */
export type Cell = string | number | boolean | Date | null;

export interface SheetTable {
  /** The header row's cells as text. */
  headers: string[];
  /** Data rows, each as long as it was in the file. */
  rows: Cell[][];
  /** Row number (1-based, as the spreadsheet shows it) of `rows[0]`; row k is `firstRow + k`. */
  firstRow: number;
  kind: 'csv' | 'xlsx';
}

export class SheetReadError extends Error {
  constructor(readonly code: 'empty' | 'unreadable' | 'no-header' | 'unknown-kind', detail = '') {
    super(detail || code);
    this.name = 'SheetReadError';
  }
}

/** Whether a file is a CSV or an XLSX, by its name, else by its first bytes (XLSX is a zip: "PK"). */
export function sheetKind(name: string, firstBytes: Uint8Array): 'csv' | 'xlsx' {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')) return 'csv';
  if (lower.endsWith('.xls')) throw new SheetReadError('unknown-kind', 'xls');
  return firstBytes[0] === 0x50 && firstBytes[1] === 0x4b ? 'xlsx' : 'csv';
}

/** UTF-8 text (its byte-order mark dropped); a file that is not UTF-8 is read as Windows-1252, as older Excel saves CSV. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits CSV text into records; the separator (`,` `;` tab or `|`) is detected. */
export async function parseCsvText(text: string): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [';', ',', '\t', '|'] });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal && result.data.length === 0) throw new SheetReadError('unreadable', fatal.message);
  const records = result.data;
  // A final line break gives one empty record; it is no row of the sheet.
  while (records.length > 0 && records.at(-1)!.every((c) => c === '')) records.pop();
  return records;
}

/** The first sheet of an XLSX file as rows of typed cells. */
export async function parseXlsxBytes(bytes: ArrayBuffer): Promise<Cell[][]> {
  const { readSheet } = await import('read-excel-file/universal');
  try {
    return (await readSheet(bytes)) as Cell[][];
  } catch (error) {
    throw new SheetReadError('unreadable', (error as Error).message);
  }
}

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/**
 * The table under the header row. The header row is the one, among the first ten, that names the
 * most known roster columns (exports often put a title and blank rows above it); else the first
 * row that is not empty.
 */
export function toSheetTable(records: Cell[][], kind: 'csv' | 'xlsx'): SheetTable {
  const nonEmpty = records.findIndex((r) => r.some((c) => cellText(c) !== ''));
  if (nonEmpty < 0) throw new SheetReadError('empty');
  let headerAt = nonEmpty;
  let best = 0;
  for (let i = nonEmpty; i < Math.min(records.length, nonEmpty + 10); i++) {
    const score = headerScore(records[i]!.map(cellText));
    if (score > best) {
      best = score;
      headerAt = i;
    }
  }
  const headers = records[headerAt]!.map(cellText);
  if (headers.every((h) => h === '')) throw new SheetReadError('no-header');
  return { headers, rows: records.slice(headerAt + 1), firstRow: headerAt + 2, kind };
}

/** Reads a CSV or XLSX file's first sheet. Throws SheetReadError with a code the page translates. */
export async function readSheetFile(file: Blob, name: string): Promise<SheetTable> {
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  if (bytes.length === 0) throw new SheetReadError('empty');
  const kind = sheetKind(name, bytes.subarray(0, 2));
  const records: Cell[][] = kind === 'xlsx' ? await parseXlsxBytes(buffer) : await parseCsvText(decodeText(bytes));
  return toSheetTable(records, kind);
}
