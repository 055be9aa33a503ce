/**
 * Writing a table as an XLSX workbook (one sheet) with write-excel-file, loaded on first use.
 * Texts are written as text cells (never formulas), so a name like "=1+1" stays a name; numbers as
 * numbers, so Excel sums and sorts them; the header row is bold and stays on screen when scrolling.
 */
import type { SheetData } from 'write-excel-file';
import type { ExportTable } from './csv';

/** The workbook as a Blob. Sheet names are cut to Excel's 31 characters. */
export async function toXlsx(table: ExportTable, sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file');
  const header: SheetData[number] = table.headers.map((value) => ({ value, fontWeight: 'bold' as const }));
  const body: SheetData = table.rows.map((row) =>
    row.map((value) =>
      value === null || (typeof value === 'number' && !Number.isFinite(value))
        ? null
        : typeof value === 'number' ? { value, type: Number } : { value, type: String },
    ),
  );
  const widths = table.headers.map((h, i) =>
    Math.min(50, Math.max(h.length, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length)) + 2),
  );
  return writeXlsxFile([header, ...body], {
    sheet: sheet.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31),
    stickyRowsCount: 1,
    columns: widths.map((width) => ({ width })),
  });
}

/** A file name of letters, digits and dashes: `Kecamatan Nanggalo (contoh)` → `kecamatan-nanggalo-contoh`. */
export function fileSlug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'seimbang';
}

/** `<scenario>-<what>-<YYYY-MM-DD>.<ext>`, the date being the day of the export. */
export function exportFileName(scenarioName: string, what: string, date: string, ext: 'csv' | 'xlsx'): string {
  return `${fileSlug(scenarioName)}-${what}-${date}.${ext}`;
}
