import { describe, expect, it } from 'vitest';
import { COST_PARTS, moveCostParts, postMarginals, postPenalty, totalCost } from '../../../src/core/plan/costs';
import { DEFAULT_SETTINGS } from '../../../src/core/scenario/schema';
import { makeEmployee, POSTS } from '../fixtures';

describe('postPenalty and postMarginals', () => {
  it('is zero at need and asymmetric around it', () => {
    expect(postPenalty(3, 3)).toBe(0);
    expect(postPenalty(2, 3)).toBeCloseTo(1000 / 3, 9);
    expect(postPenalty(4, 3)).toBeCloseTo(400 / 3, 9);
  });

  it.each([
    [2, 0, 4], [0.4, 0, 3], [7.3, 5, 6], [12, 0, 20], [0, 0, 3], [1.5, 2, 4],
  ])('need %f from %i, %i slots: integer, non-decreasing, summing to the penalty change', (need, from, count) => {
    const m = postMarginals(need, from, count);
    expect(m).toHaveLength(count);
    for (const v of m) expect(Number.isInteger(v)).toBe(true);
    for (let i = 1; i < m.length; i++) expect(m[i]!).toBeGreaterThanOrEqual(m[i - 1]!);
    const sum = m.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - (postPenalty(from + count, need) - postPenalty(from, need)))).toBeLessThanOrEqual(count);
  });

  it('rewards filling a shortage and charges a surplus', () => {
    const [first, second, third] = postMarginals(2, 0, 3);
    expect(first).toBeLessThan(0);
    expect(second).toBeLessThan(0);
    expect(third).toBeGreaterThan(0);
  });
});

describe('moveCostParts', () => {
  const [klerek, , perawat] = POSTS;
  const andi = makeEmployee({ nip: '198609262015051001', name: 'Andi', birthDate: '1986-09-26', sex: 'L', postSince: '2018-01-01' });

  it('names every part with a non-negative integer', () => {
    const parts = moveCostParts(andi, klerek!, perawat, '2025-01-01', DEFAULT_SETTINGS);
    expect(Object.keys(parts).sort()).toEqual([...COST_PARTS].sort());
    for (const part of COST_PARTS) {
      expect(Number.isInteger(parts[part])).toBe(true);
      expect(parts[part]).toBeGreaterThanOrEqual(0);
    }
    expect(totalCost(parts)).toBe(COST_PARTS.reduce((a, p) => a + parts[p], 0));
  });

  it('makes unwilling people, poor fit and short tenure dearer', () => {
    const date = '2025-01-01';
    const willing = moveCostParts({ ...andi, mobility: { willingness: 'willing', preferredUnitIds: ['camat'] } }, klerek!, perawat, date, DEFAULT_SETTINGS);
    const unwilling = moveCostParts({ ...andi, mobility: { willingness: 'unwilling', preferredUnitIds: [] } }, klerek!, perawat, date, DEFAULT_SETTINGS);
    expect(unwilling.willingness).toBeGreaterThan(willing.willingness);
    const due = moveCostParts(andi, klerek!, perawat, date, DEFAULT_SETTINGS);
    const fresh = moveCostParts({ ...andi, postSince: '2022-06-01' }, klerek!, perawat, date, DEFAULT_SETTINGS);
    expect(due.tenure).toBe(0);
    expect(fresh.tenure).toBeGreaterThan(0);
    const good = moveCostParts({ ...andi, performance: [{ year: 2024, rating: 'sangat-baik' }] }, klerek!, perawat, date, DEFAULT_SETTINGS);
    const poor = moveCostParts({ ...andi, performance: [{ year: 2024, rating: 'kurang' }] }, klerek!, perawat, date, DEFAULT_SETTINGS);
    expect(poor.performance).toBeGreaterThan(good.performance);
  });
});
