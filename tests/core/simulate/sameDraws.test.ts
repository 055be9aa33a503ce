import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../scripts/sample/generate';
import type { Scenario, ScenarioEvent } from '../../../src/core/scenario/schema';
import { hirePersonKey, toSimulationInput } from '../../../src/core/simulate/input';
import { monteCarlo, type MonteCarloResult } from '../../../src/core/simulate/monteCarlo';
import { compareOnSameDraws } from '../../../src/core/simulate/sameDraws';
import { backfill, exitRate } from './scenario';

/** The sample with random exits and backfilling, so that the runs differ from one another. */
function sample(): Scenario {
  const s = generateScenario();
  s.events = [exitRate(0.04), exitRate(0.05, { maxAge: 30 }), backfill(4)];
  return s;
}

const OPTIONS = { runs: 400, seed: 9 };
const run = (s: Scenario) => monteCarlo(toSimulationInput(s, { horizonYears: 5 }), OPTIONS);

/** Unit u's numbers over all months, as raw bytes (equal means bit for bit). */
function unitBytes(r: MonteCarloResult, u: number): string {
  const M = r.months;
  return Object.entries(r.units)
    .map(([name, column]) => `${name}:${Buffer.from((column as Float32Array).slice(u * M, (u + 1) * M).buffer).toString('hex')}`)
    .join('|');
}

const hire = (id: string, postId: string, count: number): ScenarioEvent => ({
  id, type: 'planned-hire', postId, start: '2027-06-01', count,
  profile: { status: 'PNS', positionType: 'pelaksana', positionLevel: null, family: 'klerek', education: { level: 'SLTA', field: 'administrasi' }, age: 26 },
});

describe('what changes, on the same random draws', () => {
  it('leaves every unit an added spike or hire cannot reach bit-identical, and changes the ones it reaches', () => {
    const s = sample();
    const before = run(s);
    const target = s.posts.find((p) => p.unitId === 'puskesmas-lapai' && p.positionType === 'pelaksana') ?? s.posts.find((p) => p.unitId === 'puskesmas-lapai')!;
    const spike: ScenarioEvent = { id: 'dbd', type: 'demand-spike', unitId: 'kantor-camat-nanggalo', postId: null, taskId: null, start: '2027-01-01', end: '2027-06-30', factor: 2, extraVolume: null };
    const after = run({ ...s, events: [...s.events, spike, hire('rekrut', target.id, 3)] });
    const reached = new Set(['kantor-camat-nanggalo', 'puskesmas-lapai']);
    let untouched = 0;
    s.units.forEach((unit, u) => {
      if (reached.has(unit.id)) expect(unitBytes(after, u), unit.id).not.toBe(unitBytes(before, u));
      else {
        expect(unitBytes(after, u), unit.id).toBe(unitBytes(before, u));
        untouched++;
      }
    });
    expect(untouched).toBe(s.units.length - 2);
  });

  it('uses the same draws before and after: a spike changes EJ but no headcount of its unit, in any run', () => {
    const s = sample();
    const u = s.units.findIndex((x) => x.id === 'kantor-camat-nanggalo');
    const spike: ScenarioEvent = { id: 'dbd', type: 'demand-spike', unitId: s.units[u]!.id, postId: null, taskId: null, start: '2027-01-01', end: '2027-06-30', factor: 2, extraVolume: null };
    const before = run(s);
    const after = run({ ...s, events: [spike, ...s.events] }); // placed first: the order of events does not matter
    const M = before.months;
    const slice = (a: Float32Array) => Buffer.from(a.slice(u * M, (u + 1) * M).buffer).toString('hex');
    for (const name of ['headcountP10', 'headcountP50', 'headcountP90', 'meanHeadcount', 'vacant'] as const) {
      expect(slice(after.units[name]), name).toBe(slice(before.units[name]));
    }
    expect(slice(after.units.ejP50)).not.toBe(slice(before.units.ejP50));
    // Another seed gives other draws, so other headcounts.
    const other = monteCarlo(toSimulationInput(s, { horizonYears: 5 }), { ...OPTIONS, seed: 10 });
    expect(slice(other.units.meanHeadcount)).not.toBe(slice(before.units.meanHeadcount));
  });

  it('keys the people of a hire by the hire, so removing an earlier hire leaves a later one\'s draws alone', () => {
    const s = sample();
    const post = s.posts[0]!.id;
    const both = toSimulationInput({ ...s, events: [...s.events, hire('a', post, 2), hire('b', post, 2)] });
    const onlyB = toSimulationInput({ ...s, events: [...s.events, hire('b', post, 2)] });
    const keysOf = (input: typeof both) => Array.from(input.personKey.slice(input.employeeCount));
    expect(keysOf(both).slice(2)).toEqual(keysOf(onlyB));
    expect(keysOf(onlyB)).toEqual([hirePersonKey('b', 0), hirePersonKey('b', 1)]);
    expect(Array.from(both.personKey.slice(0, both.employeeCount))).toEqual(Array.from({ length: both.employeeCount }, (_, i) => i));
    expect(new Set(both.personKey).size).toBe(both.personKey.length);
  });

  it('compareOnSameDraws lists exactly the units whose numbers differ, with peaks before and after', () => {
    const s = sample();
    const spike: ScenarioEvent = { id: 'dbd', type: 'demand-spike', unitId: 'puskesmas-lapai', postId: null, taskId: null, start: '2027-01-01', end: '2027-03-31', factor: 3, extraVolume: null };
    const before = toSimulationInput(s, { horizonYears: 5 });
    const after = toSimulationInput({ ...s, events: [...s.events, spike] }, { horizonYears: 5 });
    const cmp = compareOnSameDraws(before, after, OPTIONS);
    expect(cmp.units.map((c) => c.unitId)).toEqual(['puskesmas-lapai']);
    const [lapai] = cmp.units;
    expect(lapai!.monthsChanged).toBe(3);
    expect(lapai!.after.peakEjP50).toBeGreaterThan(lapai!.before.peakEjP50);
    expect(lapai!.after.peakRisk).toBeGreaterThanOrEqual(lapai!.before.peakRisk);
    expect(compareOnSameDraws(before, before, OPTIONS).units).toEqual([]);
  });
});
