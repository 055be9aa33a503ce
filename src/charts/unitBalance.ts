/**
 * Geometry of the unit balance chart: for each unit, a staff bar with a need marker on a people
 * scale, and an EJ bar on an efficiency scale with the line EJ = 1. Pure: no DOM, so it is tested in Node.
 * Narrow widths put each unit's name on its own line above its bars.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Standing } from '../core/balance';

export interface UnitBalanceDatum {
  id: string;
  label: string;
  need: number;
  headcount: number;
  ej: number | null;
  standing: Standing;
}

export interface Tick {
  x: number;
  value: number;
}

export interface UnitBalanceRowGeometry extends UnitBalanceDatum {
  /** Top of the row's bars, their height, and where the label's baseline sits. */
  y: number;
  barHeight: number;
  labelX: number;
  labelY: number;
  headcountWidth: number;
  needX: number;
  ejWidth: number;
  /** Where an EJ above the axis maximum is cut off (drawn with a break mark). */
  ejClipped: boolean;
}

export interface UnitBalanceGeometry {
  width: number;
  height: number;
  compact: boolean;
  axisY: number;
  fte: { x0: number; x1: number; ticks: Tick[] };
  ej: { x0: number; x1: number; ticks: Tick[]; oneX: number };
  rows: UnitBalanceRowGeometry[];
}

const AXIS_HEIGHT = 22;
const PANEL_GAP = 24;

/**
 * Lays out the chart for a given width. `maxEj` caps the EJ axis (at least 1.5) so that one extreme
 * unit does not flatten the others; bars past it are marked clipped.
 */
export function unitBalanceLayout(data: readonly UnitBalanceDatum[], width: number, maxEjAxis = 2.5): UnitBalanceGeometry {
  const compact = width < 560;
  const labelWidth = compact ? 0 : Math.min(240, Math.round(width * 0.3));
  const rowHeight = compact ? 44 : 28;
  const panelWidth = (width - labelWidth - PANEL_GAP - 8) / 2;
  const fteX0 = labelWidth;
  const fteX1 = fteX0 + panelWidth;
  const ejX0 = fteX1 + PANEL_GAP;
  const ejX1 = ejX0 + panelWidth;

  const maxPeople = Math.max(1, ...data.map((d) => Math.max(d.need, d.headcount)));
  const fte = scaleLinear().domain([0, maxPeople]).nice(4).range([fteX0, fteX1]);
  const highestEj = Math.max(1.5, ...data.map((d) => d.ej ?? 0));
  const ejDomainMax = Math.min(maxEjAxis, highestEj);
  const ej = scaleLinear().domain([0, ejDomainMax]).nice(4).range([ejX0, ejX1]).clamp(true);
  const band = scaleBand<string>().domain(data.map((d) => d.id)).range([0, data.length * rowHeight]).paddingInner(0);

  const barHeight = compact ? 14 : 16;
  const rows = data.map((d) => {
    const top = band(d.id) ?? 0;
    const y = compact ? top + 22 : top + (rowHeight - barHeight) / 2;
    return {
      ...d,
      y,
      barHeight,
      labelX: compact ? 0 : labelWidth - 8,
      labelY: compact ? top + 15 : top + rowHeight / 2 + 4,
      headcountWidth: fte(d.headcount) - fteX0,
      needX: fte(d.need),
      ejWidth: d.ej === null ? 0 : ej(d.ej) - ejX0,
      ejClipped: d.ej !== null && d.ej > ej.domain()[1]!,
    };
  });

  const chartHeight = data.length * rowHeight;
  return {
    width,
    height: chartHeight + AXIS_HEIGHT,
    compact,
    axisY: chartHeight,
    fte: { x0: fteX0, x1: fteX1, ticks: fte.ticks(4).map((value) => ({ x: fte(value), value })) },
    ej: { x0: ejX0, x1: ejX1, ticks: ej.ticks(4).map((value) => ({ x: ej(value), value })), oneX: ej(1) },
    rows,
  };
}
