import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../scripts/sample/generate';
import type { Scenario, ScenarioEvent } from '../../../src/core/scenario/schema';
import { simulate } from '../../../src/core/simulate/expected';
import { toSimulationInput } from '../../../src/core/simulate/input';
import { monteCarlo, transferables, type MonteCarloResult } from '../../../src/core/simulate/monteCarlo';
import { referenceMonteCarlo } from './reference';
import { backfill, exitRate, person, post, scenario, staff } from './scenario';

/** Every statistic as raw bytes, so that equality is bit for bit. */
function bytes(result: MonteCarloResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [side, stats] of [['posts', result.posts], ['units', result.units]] as const) {
    for (const [name, column] of Object.entries(stats)) out[`${side}.${name}`] = Buffer.from(column.buffer).toString('base64');
  }
  return out;
}

/** The Nanggalo sample with events of every kind, among them a transfer to another unit and back. */
function eventfulSample(): Scenario {
  const s = generateScenario();
  const nurse = s.employees.find((e) => e.postId?.startsWith('puskesmas-nanggalo.') && e.positionType === 'fungsional')!;
  const clerk = s.employees.find((e) => e.postId?.startsWith('kantor-camat-nanggalo.') && e.positionType === 'pelaksana')!;
  const lapai = s.posts.find((p) => p.unitId === 'puskesmas-lapai' && p.family === nurse.family)!;
  const lurah = s.posts.find((p) => p.unitId.startsWith('kantor-lurah-'))!;
  const events: ScenarioEvent[] = [
    exitRate(0.02),
    exitRate(0.04, { maxAge: 30 }),
    exitRate(0.03, { positionType: 'fungsional', minAge: 50 }),
    backfill(6),
    backfill(0, { unitId: 'puskesmas-lapai', replacementAge: 45 }),
    backfill(3, { postId: lurah.id, backfill: false }),
    { id: 'freeze-1', type: 'hiring-freeze', start: '2027-07-01', end: '2027-12-31', blockedHires: 'postpone' },
    { id: 'freeze-2', type: 'hiring-freeze', start: '2029-01-01', end: '2029-03-31', blockedHires: 'cancel' },
    {
      id: 'formasi', type: 'planned-hire', postId: lapai.id, start: '2027-09-01', count: 2,
      profile: { status: 'PPPK', positionType: 'fungsional', positionLevel: 'terampil', family: nurse.family, education: { level: 'D-III', field: 'keperawatan' }, age: 24 },
    },
    { id: 'bantu', type: 'planned-transfer', nip: nurse.nip, toPostId: lapai.id, start: '2027-02-01', end: '2027-10-31' },
    { id: 'pindah', type: 'planned-transfer', nip: clerk.nip, toPostId: lurah.id, start: '2028-01-01', end: null },
    { id: 'dbd', type: 'demand-spike', unitId: 'puskesmas-lapai', postId: null, taskId: null, start: '2027-01-01', end: '2027-03-31', factor: 2, extraVolume: null },
    { id: 'tumbuh', type: 'demand-trend', unitId: null, postId: null, taskId: null, start: '2026-12-01', end: null, yearlyGrowth: 0.02 },
  ];
  s.events = events;
  return s;
}

describe('monteCarlo agrees exactly with stepping every person through every month', () => {
  it.each([
    ['the Nanggalo sample with events of every kind, 5 years', 5],
    ['the same over 20 years (replacements aged 45 retire within the horizon)', 20],
  ])('%s', (_label, horizonYears) => {
    const input = toSimulationInput(eventfulSample(), { horizonYears });
    const fast = monteCarlo(input, { runs: 120, seed: 99 });
    const plain = referenceMonteCarlo(input, { runs: 120, seed: 99 });
    expect(bytes(fast)).toEqual(bytes(plain));
    // The runs do differ from one another.
    const spread = fast.units.headcountP90.some((v, k) => v !== fast.units.headcountP10[k]);
    expect(spread).toBe(true);
  });
});

describe('monteCarlo: seeds', () => {
  const input = toSimulationInput(eventfulSample(), { horizonYears: 5 });

  it('gives the same numbers bit for bit for the same scenario and seed', () => {
    const a = monteCarlo(input, { runs: 200, seed: 20261201 });
    const b = monteCarlo(toSimulationInput(eventfulSample(), { horizonYears: 5 }), { runs: 200, seed: 20261201 });
    expect(bytes(a)).toEqual(bytes(b));
  });

  it('gives other numbers for another seed', () => {
    const a = bytes(monteCarlo(input, { runs: 200, seed: 1 }));
    const b = bytes(monteCarlo(input, { runs: 200, seed: 2 }));
    expect(a['units.meanHeadcount']).not.toBe(b['units.meanHeadcount']);
    expect(a['posts.meanHeadcount']).not.toBe(b['posts.meanHeadcount']);
    expect(a['units.vacantPosts']).not.toBe(b['units.vacantPosts']);
  });

  it('gives the same numbers with or without progress and per-post statistics', () => {
    const watched = monteCarlo(input, { runs: 90, seed: 5, postStatistics: false, onProgress: () => {} });
    const unwatched = monteCarlo(input, { runs: 90, seed: 5, postStatistics: false });
    expect(bytes(watched)).toEqual(bytes(unwatched));
  });
});

describe('monteCarlo: exits at rate q average to q', () => {
  // N people over R runs are N x R independent trials of leaving within a year (probability q), so the
  // share that left has standard error sqrt(q (1 - q) / (N R)); four of them are the tolerance
  // (a chance of about 1 in 16,000 to fail for a correct engine).
  const N = 800;
  const R = 500;
  const people = Array.from({ length: N }, (_, k) => person(`1980-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}`, {
    postId: k % 2 === 0 ? 'p1' : 'p2',
    ...(k % 2 === 1 ? { positionType: 'fungsional' as const, positionLevel: 'ahli-muda' as const, family: 'perawat' } : {}),
  }));

  it.each([
    ['a rate for everyone', [exitRate(0.05)], 0.05, 0.05],
    ['rates by position class', [exitRate(0.02, { positionType: 'pelaksana' }), exitRate(0.1, { positionType: 'fungsional' })], 0.02, 0.1],
    ['two groups that overlap add up as independent causes', [exitRate(0.02), exitRate(0.03, { minAge: 40, maxAge: 49 })], 1 - 0.98 * 0.97, 1 - 0.98 * 0.97],
  ])('%s', (_label, events, q1, q2) => {
    const s = scenario({ posts: [post('p1', 'u1', 100), post('p2', 'u2', 100)], employees: people, events });
    const input = toSimulationInput(s, { horizonYears: 2 });
    const result = monteCarlo(input, { runs: R, seed: 7 });
    const M = input.months;
    for (const [p, q] of [[0, q1], [1, q2]] as const) {
      // Present in month 0; months 1..12 are a year of exits.
      const left = 1 - result.posts.meanHeadcount[p * M + 12]! / (N / 2);
      const tolerance = 4 * Math.sqrt((q * (1 - q)) / ((N / 2) * R));
      expect(Math.abs(left - q)).toBeLessThan(tolerance);
    }
  });

  it('moves people into the next age band as they grow older', () => {
    // Born in January 1977: 49 until December 2026, 50 from January 2027 (month 12 here).
    const s = scenario({ asOf: '2026-01-01', posts: [post('p1', 'u1', 100)], employees: staff('p1', 400, 1977), events: [exitRate(0.2, { minAge: 50 })] });
    const input = toSimulationInput(s, { horizonYears: 2 });
    const expected = simulate(input);
    const result = monteCarlo(input, { runs: 300, seed: 11 });
    expect(expected.posts.headcount[11]).toBe(400);
    expect(result.posts.meanHeadcount[11]).toBe(400);
    expect(expected.posts.headcount[23]).toBeCloseTo(400 * 0.8, 9);
    expect(Math.abs(result.posts.meanHeadcount[23]! - 320)).toBeLessThan(4 * Math.sqrt(400 * 0.16 / 300));
  });
});

describe('monteCarlo: the runs around the deterministic run', () => {
  it('equals the deterministic run in every run when nobody leaves at random (hires, backfill, freezes, transfers, demand)', () => {
    const s = eventfulSample();
    s.events = s.events.filter((e) => e.type !== 'exit-rate');
    const input = toSimulationInput(s, { horizonYears: 5 });
    const result = monteCarlo(input, { runs: 25, seed: 3 });
    const expected = simulate(input);
    expect(Array.from(result.units.meanHeadcount)).toEqual(Array.from(expected.units.headcount, Math.fround));
    expect(result.units.headcountP10).toEqual(result.units.headcountP90);
    expect(Array.from(result.posts.ejP50)).toEqual(Array.from(expected.posts.ej, Math.fround));
  });

  it('has the deterministic run as its mean, within the Monte Carlo error', () => {
    const input = toSimulationInput(eventfulSample(), { horizonYears: 5 });
    const R = 1000;
    const result = monteCarlo(input, { runs: R, seed: 17 });
    const expected = simulate(input);
    // A unit's headcount varies by at most its number of chains; its variance is below its mean here,
    // so the mean of R runs is within 5 sqrt(mean / R) of the expectation.
    let worst = 0;
    for (let k = 0; k < expected.units.headcount.length; k++) {
      const mean = expected.units.headcount[k]!;
      worst = Math.max(worst, Math.abs(result.units.meanHeadcount[k]! - mean) / (5 * Math.sqrt(Math.max(mean, 1) / R)));
    }
    expect(worst).toBeLessThan(1);
  });
});

describe('monteCarlo: a demand spike of factor 2 on one unit', () => {
  const s = scenario({
    posts: [post('p1', 'u1', 3), post('p2', 'u1', 1), post('p3', 'u2', 2)],
    employees: [...staff('p1', 3), ...staff('p2', 1), ...staff('p3', 2)],
    events: [{ id: 'dbd', type: 'demand-spike', unitId: 'u1', postId: null, taskId: null, start: '2026-03-10', end: '2026-05-20', factor: 2, extraVolume: null }],
  });
  const input = toSimulationInput(s, { horizonYears: 1 });
  const result = monteCarlo(input, { runs: 50, seed: 1 });
  const M = input.months;

  it('doubles the need and EJ of that unit and its posts in exactly those months', () => {
    const spiked = [2, 3, 4]; // March, April, May 2026
    for (let m = 0; m < M; m++) {
      const f = spiked.includes(m) ? 2 : 1;
      expect(input.unitNeed[m]).toBeCloseTo(4 * f, 12);
      expect(input.postNeed[m]).toBeCloseTo(3 * f, 12);
      expect(result.units.ejP50[m]).toBeCloseTo(f, 6);
      expect(result.units.overloaded[m]).toBe(f === 2 ? 1 : 0);
      expect(input.unitNeed[M + m]).toBeCloseTo(2, 12);
      expect(result.units.ejP50[M + m]).toBeCloseTo(1, 6);
    }
  });
});

describe('monteCarlo: progress and options', () => {
  const input = toSimulationInput(eventfulSample(), { horizonYears: 5 });

  it('reports progress in steps of work that only grow, ending with all of it', () => {
    const calls: [number, number][] = [];
    monteCarlo(input, { runs: 100, seed: 1, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(1);
    const total = calls[0]![1];
    expect(calls.every(([, t]) => t === total)).toBe(true);
    for (let k = 1; k < calls.length; k++) expect(calls[k]![0]).toBeGreaterThan(calls[k - 1]![0]);
    expect(calls.at(-1)![0]).toBe(total);
  });

  it('checks its arguments', () => {
    expect(() => monteCarlo(input, { runs: 0 })).toThrow(RangeError);
    expect(() => monteCarlo(input, { runs: 30_001 })).toThrow(RangeError);
    expect(() => monteCarlo(input, { seed: 1.5 })).toThrow(RangeError);
    expect(() => toSimulationInput(eventfulSample(), { horizonYears: 21 })).toThrow(/1 to 20/);
  });

  it('can leave out the statistics per post, keeping the units\' numbers', () => {
    const full = monteCarlo(input, { runs: 60, seed: 9 });
    const lean = monteCarlo(input, { runs: 60, seed: 9, postStatistics: false });
    expect(lean.posts.ejP50).toHaveLength(0);
    expect(bytes({ ...lean, posts: full.posts })).toEqual(bytes(full));
  });

  it('gives the same numbers after a larger Monte Carlo has used the module\'s memory', () => {
    // The thread's instance of the runs' module serves every Monte Carlo: what a larger agency left in
    // its memory must not reach the next one's scratch.
    const first = monteCarlo(input, { runs: 40, seed: 3 });
    const larger = generateScenario({ employees: 3000, seed: 11 });
    larger.events = [exitRate(0.05), backfill(2)];
    monteCarlo(toSimulationInput(larger, { horizonYears: 10 }), { runs: 40, seed: 3 });
    expect(bytes(monteCarlo(input, { runs: 40, seed: 3 }))).toEqual(bytes(first));
    const lean = monteCarlo(input, { runs: 40, seed: 3, postStatistics: false });
    expect(bytes({ ...lean, posts: first.posts })).toEqual(bytes(first));
  });

  it('counts a post as vacant only in the months in which it has a need, with or without the statistics per post', () => {
    // Posts that may be empty in some runs, and have no need in their first half of the horizon.
    const before = monteCarlo(input, { runs: 60, seed: 9, postStatistics: false });
    const needless = { ...input, postNeed: input.postNeed.slice() };
    const { months } = input;
    const emptied = [...input.postIds.keys()].filter((p) => before.units.vacantPosts[input.postUnit[p]! * months + months - 1]! > 0).slice(0, 5);
    expect(emptied.length).toBeGreaterThan(0);
    for (const p of emptied) needless.postNeed.fill(0, p * months, p * months + (months >> 1));
    const full = monteCarlo(needless, { runs: 60, seed: 9 });
    const lean = monteCarlo(needless, { runs: 60, seed: 9, postStatistics: false });
    expect(bytes({ ...lean, posts: full.posts })).toEqual(bytes(full));
    for (const p of emptied) {
      for (let m = 0; m < months >> 1; m++) expect(full.posts.vacant[p * months + m]).toBe(0);
    }
    expect(lean.units.vacantPosts).not.toEqual(before.units.vacantPosts);
  });

  it('hands its arrays over as transferable buffers', () => {
    const result = monteCarlo(input, { runs: 5 });
    const buffers = transferables(result);
    expect(buffers).toHaveLength(19);
    expect(new Set(buffers).size).toBe(19);
  });
});

