import { describe, expect, it } from 'vitest';
import { frontierLayout } from '../../src/charts/frontier';

const points = [
  { movePrice: 0, moves: 12, objective: -5000 },
  { movePrice: 300, moves: 0, objective: 0 },
  { movePrice: 120, moves: 5, objective: -3500 },
];

describe('frontierLayout', () => {
  it('orders points by moves, left to right, with fewer points of objective lower on screen higher', () => {
    const g = frontierLayout(points, 500);
    expect(g.points.map((p) => p.moves)).toEqual([0, 5, 12]);
    for (let i = 1; i < g.points.length; i++) expect(g.points[i]!.x).toBeGreaterThan(g.points[i - 1]!.x);
    // a lower (better) objective is drawn lower on the chart: larger y
    expect(g.points[2]!.y).toBeGreaterThan(g.points[0]!.y);
    expect(g.path.startsWith('M')).toBe(true);
    expect(g.path.split('L')).toHaveLength(3);
  });

  it('keeps every point inside the chart and ticks whole numbers of moves', () => {
    const g = frontierLayout(points, 320);
    for (const p of g.points) {
      expect(p.x).toBeGreaterThanOrEqual(g.margin.left);
      expect(p.x).toBeLessThanOrEqual(g.width - g.margin.right);
      expect(p.y).toBeGreaterThanOrEqual(g.margin.top);
      expect(p.y).toBeLessThanOrEqual(g.height - g.margin.bottom);
    }
    for (const t of g.xTicks) expect(Number.isInteger(t.value)).toBe(true);
  });
});
