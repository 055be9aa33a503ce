/**
 * Geometry of the moves-versus-balance frontier: one point per corner (number of moves, objective),
 * joined in order of moves. Pure, tested in Node.
 */
import { scaleLinear } from 'd3-scale';
import type { FrontierPoint } from '../core/plan/frontier';

export interface FrontierGeometry {
  width: number;
  height: number;
  margin: { left: number; bottom: number; top: number; right: number };
  points: Array<FrontierPoint & { x: number; y: number }>;
  path: string;
  xTicks: { x: number; value: number }[];
  yTicks: { y: number; value: number }[];
}

export function frontierLayout(points: readonly FrontierPoint[], width: number, height = 220): FrontierGeometry {
  const margin = { left: 64, bottom: 34, top: 10, right: 16 };
  const sorted = [...points].sort((a, b) => a.moves - b.moves);
  const maxMoves = Math.max(1, ...sorted.map((p) => p.moves));
  const objectives = sorted.map((p) => p.objective);
  const lo = Math.min(...objectives);
  const hi = Math.max(...objectives);
  const x = scaleLinear().domain([0, maxMoves]).nice(6).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice(4).range([height - margin.bottom, margin.top]);
  const placed = sorted.map((p) => ({ ...p, x: x(p.moves), y: y(p.objective) }));
  return {
    width, height, margin,
    points: placed,
    path: placed.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(''),
    xTicks: x.ticks(6).filter(Number.isInteger).map((value) => ({ x: x(value), value })),
    yTicks: y.ticks(4).map((value) => ({ y: y(value), value })),
  };
}
