/**
 * Geometry of a fan chart: the P10-P90 band of a unit's EJ over the months, its median, the expected
 * course, and the line EJ = 1. Vacant months (infinite EJ) are drawn at the top of the axis.
 */
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';

export interface FanGeometry {
  width: number;
  height: number;
  band: string;
  median: string;
  expected: string;
  /** Where the reference line (EJ = 1) is drawn; null without one. */
  oneY: number | null;
  yTicks: { y: number; value: number }[];
  x0: number;
  x1: number;
}

/**
 * `yMax` caps the axis (EJ can be extreme); `reference` is a value drawn as a line (1 for EJ, null for
 * none). For headcounts pass `yMax = Infinity`, `reference = null`, and the need as `expected`.
 */
export function fanLayout(
  p10: ArrayLike<number>, p50: ArrayLike<number>, p90: ArrayLike<number>, expected: ArrayLike<number>, width: number, height = 200,
  yMax = 2.5, reference: number | null = 1,
): FanGeometry {
  const months = p50.length;
  const margin = { left: 40, right: 10, top: 8, bottom: 20 };
  const x = scaleLinear().domain([0, Math.max(1, months - 1)]).range([margin.left, width - margin.right]);
  const floor = reference === null ? 1 : reference * 1.5;
  const top = Math.min(yMax, Math.max(floor, ...Array.from(p90).filter(Number.isFinite), ...Array.from(expected).filter(Number.isFinite)));
  const y = scaleLinear().domain([0, top]).nice(4).range([height - margin.bottom, margin.top]).clamp(true);
  const cap = (v: number) => (Number.isFinite(v) ? v : y.domain()[1]!);
  const indices = Array.from({ length: months }, (_, m) => m);
  const bandPath = area<number>().x((m) => x(m)).y0((m) => y(cap(p10[m]!))).y1((m) => y(cap(p90[m]!)))(indices) ?? '';
  const lineOf = (values: ArrayLike<number>) => line<number>().x((m) => x(m)).y((m) => y(cap(values[m]!)))(indices) ?? '';
  return {
    width, height, band: bandPath, median: lineOf(p50), expected: lineOf(expected), oneY: reference === null ? null : y(reference),
    yTicks: y.ticks(4).map((value) => ({ y: y(value), value })), x0: margin.left, x1: width - margin.right,
  };
}
