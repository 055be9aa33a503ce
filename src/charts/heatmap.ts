/**
 * Geometry of the unit x month heatmap of EJ: one cell per unit and month, coloured by band, vacant
 * cells marked. Pure, tested in Node.
 */
import { scaleBand } from 'd3-scale';
import { band as bandOf, type BandThresholds } from '../core/abk';
import type { Standing } from '../core/balance';

export interface HeatmapCell {
  unit: number;
  month: number;
  x: number;
  y: number;
  ej: number;
  standing: Standing;
}

export interface HeatmapGeometry {
  width: number;
  height: number;
  labelWidth: number;
  cellWidth: number;
  cellHeight: number;
  rows: { unit: number; label: string; y: number }[];
  /** Ticks at each January (and month 0), with the year. */
  years: { x: number; label: string }[];
  cells: HeatmapCell[];
}

/** Standing of an EJ value as the simulation reports it: +Infinity is vacant, 0 without need is idle. */
export function standingOfEj(ej: number, need: number, bands: BandThresholds): Standing {
  if (!Number.isFinite(ej)) return 'vacant';
  if (need <= 0 && ej === 0) return 'idle';
  return bandOf(ej, bands);
}

/** Above this many cells the heatmap is drawn on a canvas, only the rows in view: an SVG element per cell would take seconds to build for a large agency. */
export const SVG_CELLS = 8000;

/** Distance from one row to the next, in pixels (cells are 2 px shorter). */
export const ROW_PITCH = 18;

/** The columns of the heatmap: where each month's cells start, their width, and the year ticks. */
export interface HeatmapFrame {
  width: number;
  labelWidth: number;
  cellWidth: number;
  cellHeight: number;
  monthX: number[];
  years: { x: number; label: string }[];
}

export function heatmapFrame(months: number, startMonth: number, width: number): HeatmapFrame {
  const labelWidth = width < 560 ? 96 : Math.min(230, Math.round(width * 0.25));
  const x = scaleBand<number>().domain(Array.from({ length: months }, (_, m) => m)).range([labelWidth, width]).paddingInner(0.06);
  const monthX = Array.from({ length: months }, (_, m) => x(m)!);
  const years: { x: number; label: string }[] = [];
  for (let m = 0; m < months; m++) {
    const index = startMonth + m;
    // Month 0 is labelled too, unless a January follows too closely for both labels to fit.
    if (index % 12 === 0 || (m === 0 && index % 12 <= 8)) years.push({ x: monthX[m]!, label: String(Math.floor(index / 12)) });
  }
  return { width, labelWidth, cellWidth: x.bandwidth(), cellHeight: ROW_PITCH - 2, monthX, years };
}

/** Rows `first..last - 1` are at least partly in view when the list is scrolled by `scrollTop`. */
export function rowsInView(scrollTop: number, viewHeight: number, rows: number): { first: number; last: number } {
  const first = Math.max(0, Math.min(rows, Math.floor(scrollTop / ROW_PITCH)));
  return { first, last: Math.max(first, Math.min(rows, Math.ceil((scrollTop + viewHeight) / ROW_PITCH))) };
}

/**
 * The unit and month of the cell under a point (x, and y from the top of the first row), or null
 * outside the cells. The thin gaps between cells count with the cell before them, so that pointing
 * does not flicker.
 */
export function cellAt(frame: HeatmapFrame, rows: number, x: number, y: number): { unit: number; month: number } | null {
  const unit = Math.floor(y / ROW_PITCH);
  const { monthX, cellWidth } = frame;
  const last = monthX.length - 1;
  if (unit < 0 || unit >= rows || last < 0 || x < monthX[0]! || x >= monthX[last]! + cellWidth) return null;
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (monthX[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return { unit, month: lo };
}

/**
 * Lays out `units` rows x `months` columns. `ej[u * months + m]`, `need` likewise; `startMonth` is
 * the month index of month 0 (year * 12 + month - 1).
 */
export function heatmapLayout(
  labels: readonly string[], months: number, startMonth: number, ej: ArrayLike<number>, need: ArrayLike<number>,
  bands: BandThresholds, width: number,
): HeatmapGeometry {
  const frame = heatmapFrame(months, startMonth, width);
  const rows = labels.map((label, unit) => ({ unit, label, y: unit * ROW_PITCH }));
  const cells: HeatmapCell[] = [];
  for (let u = 0; u < labels.length; u++) {
    for (let m = 0; m < months; m++) {
      const value = ej[u * months + m]!;
      cells.push({ unit: u, month: m, x: frame.monthX[m]!, y: u * ROW_PITCH, ej: value, standing: standingOfEj(value, need[u * months + m]!, bands) });
    }
  }
  return {
    width, height: labels.length * ROW_PITCH + 20, labelWidth: frame.labelWidth, cellWidth: frame.cellWidth, cellHeight: frame.cellHeight,
    rows, years: frame.years, cells,
  };
}
