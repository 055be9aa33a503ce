/**
 * Geometry of the before/after chart: each unit's EJ before and after a plan as two bars on one
 * shared scale, with the line EJ = 1. Pure, tested in Node.
 */
import { scaleLinear } from 'd3-scale';
import type { Standing } from '../core/balance';

export interface BeforeAfterDatum {
  id: string;
  label: string;
  before: { ej: number | null; standing: Standing };
  after: { ej: number | null; standing: Standing };
}

export interface BeforeAfterRow extends BeforeAfterDatum {
  labelY: number;
  labelX: number;
  beforeY: number;
  afterY: number;
  barHeight: number;
  beforeWidth: number;
  afterWidth: number;
}

export interface BeforeAfterGeometry {
  width: number;
  height: number;
  x0: number;
  x1: number;
  axisY: number;
  oneX: number;
  ticks: { x: number; value: number }[];
  rows: BeforeAfterRow[];
  compact: boolean;
}

export function beforeAfterLayout(data: readonly BeforeAfterDatum[], width: number, maxEjAxis = 2.5): BeforeAfterGeometry {
  const compact = width < 560;
  const labelWidth = compact ? 0 : Math.min(240, Math.round(width * 0.3));
  const barHeight = 10;
  const rowHeight = compact ? 46 : 30;
  const x0 = labelWidth;
  const x1 = width - 70;
  const highest = Math.max(1.5, ...data.flatMap((d) => [d.before.ej ?? 0, d.after.ej ?? 0]));
  const x = scaleLinear().domain([0, Math.min(maxEjAxis, highest)]).nice(5).range([x0, x1]).clamp(true);
  const rows = data.map((d, i) => {
    const top = i * rowHeight;
    const barsTop = compact ? top + 20 : top + (rowHeight - 2 * barHeight - 2) / 2;
    return {
      ...d,
      labelX: compact ? 0 : labelWidth - 8,
      labelY: compact ? top + 14 : top + rowHeight / 2 + 4,
      beforeY: barsTop,
      afterY: barsTop + barHeight + 2,
      barHeight,
      beforeWidth: d.before.ej === null ? 0 : x(d.before.ej) - x0,
      afterWidth: d.after.ej === null ? 0 : x(d.after.ej) - x0,
    };
  });
  const axisY = data.length * rowHeight;
  return {
    width, height: axisY + 22, x0, x1, axisY, oneX: x(1), compact,
    ticks: x.ticks(5).map((value) => ({ x: x(value), value })),
    rows,
  };
}
