/**
 * Geometry of the facilitator's score chart: one horizontal bar per result, from 0 to its score
 * (negative scores to the left of 0), and a mark at 100 (the optimum). Pure: D3 computes, Svelte draws.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface ScoreBar {
  key: string;
  label: string;
  score: number;
  x: number;
  width: number;
  y: number;
  height: number;
}

export interface ScoreChartLayout {
  width: number;
  height: number;
  bars: ScoreBar[];
  zero: number;
  hundred: number;
  ticks: Array<{ value: number; x: number }>;
  labelWidth: number;
}

/** Lays out scores (null scores are left out) in a chart `width` wide, 24 px per bar. */
export function scoreChart(items: ReadonlyArray<{ key: string; label: string; score: number | null }>, width: number): ScoreChartLayout {
  const scored = items.filter((i): i is { key: string; label: string; score: number } => i.score !== null);
  const labelWidth = Math.min(160, Math.round(width * 0.35));
  const top = 20;
  const height = top + Math.max(1, scored.length) * 24 + 4;
  const lo = Math.min(0, ...scored.map((s) => s.score));
  const hi = Math.max(100, ...scored.map((s) => s.score));
  const x = scaleLinear().domain([lo, hi]).nice(5).range([labelWidth + 4, width - 18]);
  const y = scaleBand<string>().domain(scored.map((s) => s.key)).range([top, height - 4]).padding(0.2);
  return {
    width, height, labelWidth,
    zero: x(0), hundred: x(100),
    ticks: x.ticks(5).map((value) => ({ value, x: x(value) })),
    bars: scored.map((s) => ({
      key: s.key, label: s.label, score: s.score,
      x: Math.min(x(0), x(s.score)), width: Math.abs(x(s.score) - x(0)), y: y(s.key) ?? top, height: y.bandwidth(),
    })),
  };
}
