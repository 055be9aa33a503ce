import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../../../src/core/scenario/schema';
import { toSimulationInput } from '../../../src/core/simulate/input';
import { person, post, scenario, staff } from './scenario';

const twoTasks = post('p1', 'u1', 1, {
  tasks: [
    { id: 'a', name: 'Surat', output: 'surat', volume: 600, normMinutes: 75 }, // 0.6 FTE
    { id: 'b', name: 'Arsip', output: 'berkas', volume: 400, normMinutes: 75 }, // 0.4 FTE
  ],
});

describe('toSimulationInput: need by month', () => {
  const need = (events: ScenarioEvent[]) =>
    Array.from(toSimulationInput(scenario({ posts: [twoTasks, post('p2', 'u2', 1)], employees: [], events }), { horizonYears: 1 }).postNeed.subarray(0, 6), (x) => Number(x.toFixed(9)));

  it.each<[string, ScenarioEvent[], number[]]>([
    ['no events', [], [1, 1, 1, 1, 1, 1]],
    ['a factor on one task, months 2-3', [{ id: 's', type: 'demand-spike', unitId: null, postId: 'p1', taskId: 'b', start: '2026-03-01', end: '2026-04-30', factor: 3, extraVolume: null }],
      [1, 1, 1.8, 1.8, 1, 1]],
    ['extra volume on one task, month 1 only', [{ id: 's', type: 'demand-spike', unitId: null, postId: 'p1', taskId: 'a', start: '2026-02-01', end: '2026-02-28', factor: null, extraVolume: 500 }],
      [1, 1.5, 1, 1, 1, 1]],
    ['a spike on every post', [{ id: 's', type: 'demand-spike', unitId: null, postId: null, taskId: null, start: '2025-12-01', end: '2026-01-31', factor: 1.5, extraVolume: null }],
      [1.5, 1, 1, 1, 1, 1]],
    ['spikes multiply; extra volume is not scaled', [
      { id: 's1', type: 'demand-spike', unitId: 'u1', postId: null, taskId: null, start: '2026-01-01', end: '2026-02-28', factor: 2, extraVolume: null },
      { id: 's2', type: 'demand-spike', unitId: null, postId: 'p1', taskId: null, start: '2026-02-01', end: '2026-03-31', factor: 1.5, extraVolume: null },
      { id: 's3', type: 'demand-spike', unitId: null, postId: 'p1', taskId: 'a', start: '2026-02-01', end: '2026-02-28', factor: null, extraVolume: 1000 },
    ], [2, 4, 1.5, 1, 1, 1]],
    ['a trend that started before the reference date', [{ id: 't', type: 'demand-trend', unitId: null, postId: 'p1', taskId: null, start: '2025-01-01', end: null, yearlyGrowth: 0.1 }],
      [1.1, 1.1 ** (13 / 12), 1.1 ** (14 / 12), 1.1 ** (15 / 12), 1.1 ** (16 / 12), 1.1 ** (17 / 12)].map((x) => Number(x.toFixed(9)))],
  ])('%s', (_label, events, expected) => {
    expect(need(events)).toEqual(expected);
  });
});

describe('toSimulationInput: people and months', () => {
  it('gives each employee steps: home post, then transfers, back home after a temporary one', () => {
    const [a, b] = [person('1985-02-02', { postId: 'p1' }), person('1986-03-03', { postId: 'p2' })];
    const events: ScenarioEvent[] = [
      { id: 'm1', type: 'planned-transfer', nip: a.nip, toPostId: 'p2', start: '2026-04-01', end: '2026-06-30' },
      { id: 'm2', type: 'planned-transfer', nip: a.nip, toPostId: 'p2', start: '2026-09-01', end: null },
      { id: 'm3', type: 'planned-transfer', nip: b.nip, toPostId: 'p1', start: '2025-06-01', end: '2026-01-31' }, // started before asOf
    ];
    const input = toSimulationInput(scenario({ posts: [post('p1', 'u1', 1), post('p2', 'u2', 1)], employees: [a, b], events }), { horizonYears: 1 });
    const steps = (i: number) => Array.from({ length: input.stepStart[i + 1]! - input.stepStart[i]! }, (_, k) => {
      const at = input.stepStart[i]! + k;
      return [input.stepMonth[at], input.stepPost[at], input.stepFormal[at]];
    });
    expect(steps(0)).toEqual([[0, 0, 0], [3, 1, 0], [6, 0, 0], [8, 1, 1]]);
    expect(steps(1)).toEqual([[0, 0, 1], [1, 1, 1]]);
  });

  it('adds planned hires after the employees, postponed or dropped by freezes', () => {
    const hire = (id: string, start: string): ScenarioEvent => ({
      id, type: 'planned-hire', postId: 'p1', start, count: 2,
      profile: { status: 'PPPK', positionType: 'pelaksana', positionLevel: null, family: 'klerek', education: { level: 'SLTA', field: 'umum' }, age: 30 },
    });
    const events: ScenarioEvent[] = [
      hire('h1', '2026-02-01'), hire('h2', '2026-05-01'), hire('h3', '2026-08-01'), hire('h4', '2025-12-01'),
      { id: 'f1', type: 'hiring-freeze', start: '2026-04-15', end: '2026-06-30', blockedHires: 'postpone' },
      { id: 'f2', type: 'hiring-freeze', start: '2026-08-01', end: '2026-08-31', blockedHires: 'cancel' },
    ];
    const input = toSimulationInput(scenario({ posts: [post('p1', 'u1', 1)], employees: staff('p1', 1), events }), { horizonYears: 1 });
    expect(Array.from(input.hireMonth)).toEqual([0, 1, 2, 6, 6, 6, 6, -1, 8, 9, 10, 11]);
    expect(Array.from(input.personArrive)).toEqual([0, 1, 1, 6, 6]);
    expect(Array.from(input.personHire)).toEqual([-1, 0, 0, 1, 1]);
    // Aged 30 at the start in month 1: BUP 58 is reached 28 years later, the TMT a month after.
    expect(input.personRetire[1]).toBe(1 + 28 * 12 + 1);
  });

  it('accepts 1 to 20 whole years of horizon', () => {
    const s = scenario({ posts: [post('p1', 'u1', 1)], employees: [] });
    expect(toSimulationInput(s).months).toBe(60);
    expect(toSimulationInput(s, { horizonYears: 20 }).months).toBe(240);
    for (const bad of [0, 21, 2.5]) expect(() => toSimulationInput(s, { horizonYears: bad })).toThrow(RangeError);
  });
});
