/**
 * Plain-text tables for the terminal: columns padded to their widest cell, numbers aligned right.
 */

export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align?: Align;
}

/** Width of a cell as a terminal shows it: counts code points, so "—" or "é" is one column. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Lays out rows under a header and a rule; columns are separated by two spaces, trailing spaces trimmed.
 * `formatTable([{ header: 'Unit' }, { header: 'EJ', align: 'right' }], [['Puskesmas', '0.90']])`.
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i] ?? 0, c.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n') + '\n';
}

/** Label-value pairs, the labels padded to the same width: `Vacant posts      1`. */
export function formatPairs(pairs: readonly (readonly [string, string])[]): string {
  const labelWidth = Math.max(0, ...pairs.map(([label]) => width(label)));
  return pairs.map(([label, value]) => `${pad(label, labelWidth, 'left')}  ${value}`.trimEnd()).join('\n') + '\n';
}

/** A number with a fixed count of decimals, or a dash for a missing value. */
export function fixed(value: number | null, decimals: number): string {
  return value === null || !Number.isFinite(value) ? '-' : value.toFixed(decimals);
}
