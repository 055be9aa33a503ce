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

/**
 * Lays out `units` rows x `months` columns. `ej[u * months + m]`, `need` likewise; `startMonth` is
 * the month index of month 0 (year * 12 + month - 1).
 */
export function heatmapLayout(
  labels: readonly string[], months: number, startMonth: number, ej: ArrayLike<number>, need: ArrayLike<number>,
  bands: BandThresholds, width: number,
): HeatmapGeometry {
  const labelWidth = width < 560 ? 96 : Math.min(230, Math.round(width * 0.25));
  const cellHeight = 18;
  const x = scaleBand<number>().domain(Array.from({ length: months }, (_, m) => m)).range([labelWidth, width]).paddingInner(0.06);
  const rows = labels.map((label, unit) => ({ unit, label, y: unit * cellHeight }));
  const cells: HeatmapCell[] = [];
  for (let u = 0; u < labels.length; u++) {
    for (let m = 0; m < months; m++) {
      const value = ej[u * months + m]!;
      cells.push({ unit: u, month: m, x: x(m)!, y: u * cellHeight, ej: value, standing: standingOfEj(value, need[u * months + m]!, bands) });
    }
  }
  const years: { x: number; label: string }[] = [];
  for (let m = 0; m < months; m++) {
    const index = startMonth + m;
    // Month 0 is labelled too, unless a January follows too closely for both labels to fit.
    if (index % 12 === 0 || (m === 0 && index % 12 <= 8)) years.push({ x: x(m)!, label: String(Math.floor(index / 12)) });
  }
  return { width, height: labels.length * cellHeight + 20, labelWidth, cellWidth: x.bandwidth(), cellHeight: cellHeight - 2, rows, years, cells };
}
