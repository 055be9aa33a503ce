import { describe, expect, it } from 'vitest';
import { unitBalanceLayout, type UnitBalanceDatum } from '../../src/charts/unitBalance';

const data: UnitBalanceDatum[] = [
  { id: 'a', label: 'Overloaded', need: 12, headcount: 8, ej: 1.5, standing: 'A' },
  { id: 'b', label: 'Balanced', need: 9.5, headcount: 10, ej: 0.95, standing: 'B' },
  { id: 'c', label: 'Vacant', need: 2, headcount: 0, ej: null, standing: 'vacant' },
  { id: 'd', label: 'Extreme', need: 6, headcount: 1, ej: 6, standing: 'A' },
];

describe('unitBalanceLayout', () => {
  it('puts one row per unit, in order, without overlap', () => {
    const g = unitBalanceLayout(data, 900);
    expect(g.rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    for (let i = 1; i < g.rows.length; i++) expect(g.rows[i]!.y).toBeGreaterThanOrEqual(g.rows[i - 1]!.y + g.rows[i - 1]!.barHeight);
    expect(g.height).toBeGreaterThan(g.rows.at(-1)!.y + g.rows.at(-1)!.barHeight);
  });

  it('draws staff and need on one people scale, and the EJ = 1 line inside the EJ panel', () => {
    const g = unitBalanceLayout(data, 900);
    const [a, b] = g.rows;
    // 8 people vs 10 people: bar widths in the same ratio
    expect(a!.headcountWidth / b!.headcountWidth).toBeCloseTo(0.8, 6);
    expect(a!.needX).toBeGreaterThan(b!.needX);
    expect(g.ej.oneX).toBeGreaterThan(g.ej.x0);
    expect(g.ej.oneX).toBeLessThan(g.ej.x1);
    expect(g.fte.x1).toBeLessThanOrEqual(g.ej.x0);
  });

  it('gives a vacant unit no EJ bar and clips an extreme EJ at the axis end', () => {
    const g = unitBalanceLayout(data, 900);
    expect(g.rows[2]!.ejWidth).toBe(0);
    expect(g.rows[3]!.ejClipped).toBe(true);
    expect(g.ej.x0 + g.rows[3]!.ejWidth).toBeCloseTo(g.ej.x1, 6);
    expect(g.rows[0]!.ejClipped).toBe(false);
  });

  it('switches to labels above the bars on a phone width, staying inside it', () => {
    const g = unitBalanceLayout(data, 360);
    expect(g.compact).toBe(true);
    expect(g.ej.x1).toBeLessThanOrEqual(360);
    for (const row of g.rows) expect(row.labelY).toBeLessThan(row.y);
  });
});
