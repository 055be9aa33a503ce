import { describe, expect, it } from 'vitest';
import { analyseBalance, toBalanceInput, type BalanceInput } from '../../src/core/balance';
import { minimalScenario } from './fixtures';

const WKE = 75000;

interface PostSpec {
  /** Yearly workload in minutes. */
  minutes: number;
  /** Number of people placed in the post. */
  people: number;
  unit?: number;
}

/** Builds a columnar input from a few posts; every post is in unit 0 unless told. */
function input(posts: PostSpec[], options: { overloadTolerance?: number; unplaced?: number } = {}): BalanceInput {
  const employeePost: number[] = [];
  posts.forEach((p, i) => {
    for (let k = 0; k < p.people; k++) employeePost.push(i);
  });
  for (let k = 0; k < (options.unplaced ?? 0); k++) employeePost.push(-1);
  const unitCount = Math.max(1, ...posts.map((p) => (p.unit ?? 0) + 1));
  return {
    wkeMinutes: WKE,
    bands: { a: 1, b: 0.9, c: 0.7, d: 0.5 },
    overloadTolerance: options.overloadTolerance ?? 0.05,
    unitIds: Array.from({ length: unitCount }, (_, u) => `u${u}`),
    postIds: posts.map((_, i) => `p${i}`),
    postUnit: Int32Array.from(posts.map((p) => p.unit ?? 0)),
    postWorkload: Float64Array.from(posts.map((p) => p.minutes)),
    employeePost: Int32Array.from(employeePost),
  };
}

describe('analyseBalance: one post', () => {
  it('need 2.4 FTE with 2 people: EJ 1.2, band A, overloaded, I = 0.4 / 2.4', () => {
    const report = analyseBalance(input([{ minutes: 180000, people: 2 }]));
    const post = report.posts[0]!;
    expect(post).toMatchObject({ id: 'p0', needRounded: 2, headcount: 2, standing: 'A' });
    expect(post.need).toBeCloseTo(2.4, 12);
    expect(post.ej).toBeCloseTo(1.2, 12);
    expect(report.metrics.misallocationIndex).toBeCloseTo(0.4 / 2.4, 12);
    expect(report.metrics).toMatchObject({ vacantPosts: 0, overloadedPosts: 1, underusedPosts: 0, ejSpread: 0 });
  });

  it.each([
    // [workload minutes, people, standing, EJ]
    [180000, 2, 'A', 1.2],
    [75000, 1, 'B', 1.0],
    [135000, 2, 'B', 0.9],
    [105000, 2, 'C', 0.7],
    [90000, 2, 'D', 0.6],
    [30000, 1, 'E', 0.4],
    [45000, 0, 'vacant', null],
    [0, 0, 'idle', null],
    [0, 1, 'E', 0],
  ] as const)('%i min, %i people -> %s (EJ %s)', (minutes, people, standing, ej) => {
    const post = analyseBalance(input([{ minutes, people }])).posts[0]!;
    expect(post.standing).toBe(standing);
    if (ej === null) expect(post.ej).toBeNull();
    else expect(post.ej).toBeCloseTo(ej, 12);
  });
});

describe('analyseBalance: misallocation index I = sum |n - r| / sum r', () => {
  it.each([
    // posts as [minutes, people]; I computed by hand
    [[[75000, 1]], 0], // staffed exactly to need
    [[[150000, 2], [75000, 1]], 0],
    [[[75000, 2]], 1], // |2 - 1| / 1
    [[[150000, 1]], 0.5], // |1 - 2| / 2
    [[[150000, 3], [150000, 1]], 0.5], // (1 + 1) / 4
    [[[90000, 2], [45000, 0], [135000, 2]], 1.6 / 3.6], // (0.8 + 0.6 + 0.2) / 3.6
    [[[0, 2]], 0], // no need anywhere: defined as 0
  ] as const)('%j -> %f', (posts, expected) => {
    const report = analyseBalance(input(posts.map(([minutes, people]) => ({ minutes, people }))));
    expect(report.metrics.misallocationIndex).toBeCloseTo(expected, 12);
  });

  it('ignores people who are not placed', () => {
    const report = analyseBalance(input([{ minutes: 75000, people: 1 }], { unplaced: 3 }));
    expect(report.metrics.totalHeadcount).toBe(1);
    expect(report.metrics.misallocationIndex).toBe(0);
  });
});

describe('analyseBalance: vacant, overloaded and under-used posts', () => {
  it('counts vacant posts (need and nobody) but not idle ones (no need, nobody)', () => {
    const report = analyseBalance(input([
      { minutes: 45000, people: 0 },
      { minutes: 200000, people: 0 },
      { minutes: 0, people: 0 },
      { minutes: 75000, people: 1 },
    ]));
    expect(report.metrics.vacantPosts).toBe(2);
    expect(report.posts.map((p) => p.standing)).toEqual(['vacant', 'vacant', 'idle', 'B']);
  });

  it.each([
    // [tolerance, minutes, people, overloaded?]
    [0.05, 157500, 2, false], // EJ 1.05: on the limit is not over it
    [0.05, 159000, 2, true], // EJ 1.06
    [0, 75000, 1, false], // EJ 1.00
    [0, 75750, 1, true], // EJ 1.01
    [0.1, 161250, 2, false], // EJ 1.075: band A but within the tolerance
    [0.15, 258750, 3, false], // EJ exactly 1.15, computed as 1.1500000000000001
    [0.2, 810000, 9, false], // EJ exactly 1.20, computed as 1.2000000000000002
  ] as const)('tolerance %f: %i min over %i people -> overloaded %s', (tolerance, minutes, people, overloaded) => {
    const report = analyseBalance(input([{ minutes, people }], { overloadTolerance: tolerance }));
    expect(report.metrics.overloadedPosts).toBe(overloaded ? 1 : 0);
    expect(report.units[0]!.overloadedPosts).toBe(overloaded ? 1 : 0);
  });

  it('counts posts in bands D and E, and staffed posts without workload, as under-used', () => {
    const report = analyseBalance(input([
      { minutes: 90000, people: 2 }, // D
      { minutes: 30000, people: 1 }, // E
      { minutes: 0, people: 1 }, // no workload at all
      { minutes: 105000, people: 2 }, // C: not under-used
      { minutes: 45000, people: 0 }, // vacant: not under-used
    ]));
    expect(report.metrics.underusedPosts).toBe(3);
  });
});

describe('analyseBalance: max EJ and spread', () => {
  it.each([
    // posts as [minutes, people]; max, min, population standard deviation of EJ
    [[[90000, 2], [135000, 2]], 0.9, 0.6, 0.15], // EJ 0.6 and 0.9
    [[[75000, 1], [75000, 1], [75000, 1]], 1, 1, 0],
    [[[150000, 1], [75000, 1], [0, 1]], 2, 1, 0.5], // EJ 2 and 1; the post without workload is left out
    [[[90000, 2], [45000, 0]], 0.6, 0.6, 0], // the vacant post is left out
  ] as const)('%j -> max %f, min %f, spread %f', (posts, maxEj, minEj, spread) => {
    const { metrics } = analyseBalance(input(posts.map(([minutes, people]) => ({ minutes, people }))));
    expect(metrics.maxEj).toBeCloseTo(maxEj, 12);
    expect(metrics.minEj).toBeCloseTo(minEj, 12);
    expect(metrics.ejSpread).toBeCloseTo(spread, 12);
  });

  it('has no max or min EJ when no post is staffed', () => {
    const { metrics } = analyseBalance(input([{ minutes: 45000, people: 0 }]));
    expect(metrics.maxEj).toBeNull();
    expect(metrics.minEj).toBeNull();
    expect(metrics.ejSpread).toBe(0);
  });
});

describe('analyseBalance: units sum their posts', () => {
  it('sums need and headcount per unit and rates the unit on its own EJ', () => {
    const report = analyseBalance(input([
      { minutes: 90000, people: 2, unit: 0 }, // 1.2 FTE, EJ 0.6
      { minutes: 45000, people: 0, unit: 0 }, // 0.6 FTE, vacant
      { minutes: 135000, people: 2, unit: 1 }, // 1.8 FTE, EJ 0.9
      { minutes: 0, people: 0, unit: 2 }, // idle unit
    ]));
    const [u0, u1, u2] = report.units;
    expect(u0).toMatchObject({ id: 'u0', needRounded: 2, headcount: 2, standing: 'B', vacantPosts: 1, overloadedPosts: 0 });
    expect(u0!.need).toBeCloseTo(1.8, 12);
    expect(u0!.ej).toBeCloseTo(0.9, 12);
    expect(u1).toMatchObject({ id: 'u1', headcount: 2, standing: 'B', vacantPosts: 0 });
    expect(u2).toMatchObject({ id: 'u2', need: 0, needRounded: 0, headcount: 0, ej: null, standing: 'idle' });
  });

  it('marks a unit with need and nobody as vacant', () => {
    const report = analyseBalance(input([{ minutes: 45000, people: 0 }]));
    expect(report.units[0]).toMatchObject({ standing: 'vacant', ej: null, vacantPosts: 1 });
  });
});

describe('toBalanceInput + analyseBalance on the minimal scenario', () => {
  it('gives the hand-computed balance of the fixture', () => {
    const scenario = minimalScenario();
    const columns = toBalanceInput(scenario);
    expect(columns.postIds).toEqual(['camat-klerek', 'camat-analis', 'pusk-perawat']);
    expect(Array.from(columns.postUnit)).toEqual([0, 0, 1]);
    expect(Array.from(columns.postWorkload)).toEqual([90000, 45000, 135000]);
    expect(Array.from(columns.employeePost)).toEqual([0, 0, 2, 2]);

    const report = analyseBalance(columns);
    expect(report.posts.map((p) => [p.id, p.needRounded, p.headcount, p.standing])).toEqual([
      ['camat-klerek', 1, 2, 'D'],
      ['camat-analis', 1, 0, 'vacant'],
      ['pusk-perawat', 2, 2, 'B'],
    ]);
    expect(report.units.map((u) => [u.id, u.headcount, u.standing])).toEqual([
      ['camat', 2, 'B'],
      ['pusk', 2, 'B'],
    ]);
    expect(report.metrics.totalNeed).toBeCloseTo(3.6, 12);
    expect(report.metrics.misallocationIndex).toBeCloseTo(1.6 / 3.6, 12);
    expect(report.metrics).toMatchObject({ totalHeadcount: 4, vacantPosts: 1, overloadedPosts: 0, underusedPosts: 1 });
  });

  it('maps an unplaced employee to -1', () => {
    const scenario = minimalScenario();
    scenario.employees[0]!.postId = null;
    expect(toBalanceInput(scenario).employeePost[0]).toBe(-1);
  });

  it('uses the WKE of the scenario settings', () => {
    const scenario = minimalScenario();
    scenario.settings.wkeMinutes = 72000;
    const report = analyseBalance(toBalanceInput(scenario));
    expect(report.posts[0]!.need).toBeCloseTo(1.25, 12);
  });
});
