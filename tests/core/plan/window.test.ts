import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spikeFactors } from '../../../src/core/plan/build';
import { proposePlan, transfersOf } from '../../../src/core/plan/plan';
import type { Scenario } from '../../../src/core/scenario/schema';
import { simulate } from '../../../src/core/simulate/expected';
import { toSimulationInput } from '../../../src/core/simulate/input';

const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;
const unit = 'puskesmas-nanggalo';
const window = { start: '2027-03-01', end: '2027-05-31' };

function withSpike(): Scenario {
  return {
    ...sample,
    events: [...sample.events, {
      id: 'lonjakan', type: 'demand-spike', unitId: unit, postId: null, taskId: null,
      start: window.start, end: window.end, factor: 1.5, extraVolume: null,
    }],
  };
}

describe('spikeFactors', () => {
  it('multiplies the posts of the spiking unit during the spike only', () => {
    const s = withSpike();
    const during = spikeFactors(s, '2027-04-15');
    const after = spikeFactors(s, '2027-06-01');
    s.posts.forEach((p, i) => {
      expect(during[i]).toBe(p.unitId === unit ? 1.5 : 1);
      expect(after[i]).toBe(1);
    });
  });
});

describe('temporary assignments for a demand spike', () => {
  const s = withSpike();
  const plan = proposePlan(s, { planDate: s.meta.asOf, window });

  it('lends people to the spiking unit for the window, certified optimal', () => {
    expect(plan.certificate.ok).toBe(true);
    expect(plan.planDate).toBe(window.start);
    const unitOf = new Map(s.posts.map((p) => [p.id, p.unitId]));
    expect(plan.moves.some((m) => unitOf.get(m.toPostId) === unit)).toBe(true);
    for (const m of plan.moves) {
      expect(m.kind).toBe('temporary');
      expect(m.effective).toBe(window.start);
      expect(m.endDate).toBe(window.end);
    }
  });

  it('shows in the simulation: more people there during the window, the same course afterwards', () => {
    const withTransfers: Scenario = { ...s, events: [...s.events, ...transfersOf(plan.moves, 'pinjam')] };
    const run = (x: Scenario) => {
      const input = toSimulationInput(x, { horizonYears: 1 });
      const u = input.unitIds.indexOf(unit);
      const result = simulate(input);
      return (m: number) => result.units.headcount[u * input.months + m]!;
    };
    const base = run(s);
    const lent = run(withTransfers);
    // The sample starts in December 2026: March-May 2027 are months 3-5, June is month 6.
    const gained = plan.moves.filter((m) => s.posts.find((p) => p.id === m.toPostId)?.unitId === unit).length;
    const lost = plan.moves.filter((mv) => s.posts.find((p) => p.id === mv.fromPostId)?.unitId === unit).length;
    expect(gained - lost).toBeGreaterThan(0);
    // Expected headcounts carry the 2% yearly exit risk of the people lent, hence one decimal.
    for (const m of [3, 4, 5]) expect(lent(m) - base(m)).toBeCloseTo(gained - lost, 1);
    for (const m of [1, 2]) expect(lent(m)).toBe(base(m));
    for (const m of [6, 7]) expect(lent(m)).toBeCloseTo(base(m), 1);
  });
});
