/**
 * Geometry of the events timeline: retirements per month as bars, demand spikes as spans, planned
 * hires and transfers as marks, all on one month axis. Pure, tested in Node.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface TimelineInput {
  months: number;
  startMonth: number;
  /** Retirements per month (length `months`). */
  retirements: ArrayLike<number>;
  spikes: { id: string; label: string; from: number; to: number }[];
  marks: { id: string; label: string; month: number; kind: 'hire' | 'transfer' }[];
}

export interface TimelineGeometry {
  width: number;
  height: number;
  x0: number;
  bars: { month: number; x: number; y: number; width: number; height: number; count: number }[];
  spikes: { id: string; label: string; x: number; width: number; y: number }[];
  marks: { id: string; label: string; x: number; y: number; kind: 'hire' | 'transfer' }[];
  years: { x: number; label: string }[];
  rowY: { retirements: number; spikes: number; marks: number };
}

/** Month index of an ISO date relative to month 0 (`startMonth` = year * 12 + month - 1). */
export function monthOfDate(date: string, startMonth: number): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - startMonth;
}

/** Month axis of a timeline `width` wide: where the plot starts, and a band per month. */
function monthAxis(months: number, width: number) {
  const x0 = width < 560 ? 70 : 120;
  return { x0, x: scaleBand<number>().domain(Array.from({ length: months }, (_, m) => m)).range([x0, width]).paddingInner(0.1) };
}

export function timelineLayout(input: TimelineInput, width: number): TimelineGeometry {
  const { x0, x } = monthAxis(input.months, width);
  const barArea = 60;
  const most = Math.max(1, ...Array.from(input.retirements));
  const h = scaleLinear().domain([0, most]).range([0, barArea]);
  const clamp = (m: number) => Math.max(0, Math.min(input.months - 1, m));
  const rowY = { retirements: barArea, spikes: barArea + 16, marks: barArea + 40 };
  const years: { x: number; label: string }[] = [];
  for (let m = 0; m < input.months; m++) {
    const index = input.startMonth + m;
    if (index % 12 === 0) years.push({ x: x(m)!, label: String(index / 12) });
  }
  return {
    width, height: barArea + 70, x0,
    bars: Array.from(input.retirements, (count, month) => ({
      month, count, x: x(month)!, width: x.bandwidth(), y: barArea - h(count), height: h(count),
    })).filter((b) => b.count > 0),
    spikes: input.spikes
      .filter((s) => s.to >= 0 && s.from < input.months)
      .map((s) => ({ id: s.id, label: s.label, x: x(clamp(s.from))!, width: x(clamp(s.to))! + x.bandwidth() - x(clamp(s.from))!, y: rowY.spikes })),
    marks: input.marks
      .filter((k) => k.month >= 0 && k.month < input.months)
      .map((k) => ({ id: k.id, label: k.label, kind: k.kind, x: x(k.month)! + x.bandwidth() / 2, y: rowY.marks })),
    years,
    rowY,
  };
}

/** The month under horizontal position `px` of a timeline drawn `width` wide (clamped to the horizon). */
export function monthAtX(months: number, width: number, px: number): number {
  const { x0, x } = monthAxis(months, width);
  const m = Math.floor((px - x0) / x.step());
  return Math.max(0, Math.min(months - 1, m));
}
