import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng';
import { AGE_SLOTS, exitCurve, exitGroup, exitIntensity, exitMonth, exitMonthOfDraw, stayingByLength, windowIntensity } from '../../../src/core/simulate/exits';
import type { ExitRate } from '../../../src/core/scenario/schema';
import { drawExponential } from '../../../src/core/simulate/wasmModule';

const rate = (yearlyRate: number, extra: Partial<ExitRate> = {}): ExitRate =>
  ({ id: 'r', type: 'exit-rate', yearlyRate, positionType: null, minAge: null, maxAge: null, ...extra });

/** Month by month: the intensity of month t at the person's age in that month. */
function naiveCumulative(intensity: Float64Array, group: number, ageAtArrive: number, arrive: number, t: number): number {
  let total = 0;
  for (let s = arrive + 1; s <= t; s++) {
    const age = Math.min(AGE_SLOTS - 1, Math.floor((ageAtArrive + s - arrive) / 12));
    total += intensity[group * AGE_SLOTS + age]!;
  }
  return total;
}

describe('exitIntensity', () => {
  it('turns a yearly rate into a monthly intensity that leaves 1 - q after twelve months', () => {
    const intensity = exitIntensity([rate(0.1)]);
    expect(intensity[0]).toBeCloseTo(-Math.log(0.9) / 12, 15);
    expect(Math.exp(-12 * intensity[exitGroup('fungsional') * AGE_SLOTS + 40]!)).toBeCloseTo(0.9, 14);
  });

  it('limits a rate to its class and age band, ends included, and adds overlapping rates', () => {
    const intensity = exitIntensity([rate(0.05, { positionType: 'pelaksana', minAge: 20, maxAge: 29 }), rate(0.02)]);
    const at = (type: 'pelaksana' | 'jpt', age: number) => Math.exp(-12 * intensity[exitGroup(type) * AGE_SLOTS + age]!);
    expect(at('pelaksana', 19)).toBeCloseTo(0.98, 14);
    expect(at('pelaksana', 20)).toBeCloseTo(0.95 * 0.98, 14);
    expect(at('pelaksana', 29)).toBeCloseTo(0.95 * 0.98, 14);
    expect(at('pelaksana', 30)).toBeCloseTo(0.98, 14);
    expect(at('jpt', 25)).toBeCloseTo(0.98, 14);
  });
});

describe('the walk over age bands', () => {
  const intensity = exitIntensity([rate(0.03), rate(0.2, { minAge: 30, maxAge: 34 }), rate(0.5, { positionType: 'jpt', minAge: 55 })]);
  const curve = exitCurve(intensity);
  const rng = createRng(42);
  const cases = Array.from({ length: 200 }, () => {
    const arrive = rng.int(30);
    return { group: rng.int(5), age: 12 * 25 + rng.int(12 * 35), arrive, depart: arrive + rng.int(150) };
  });

  it('windowIntensity sums the months arrive+1 .. depart-1 at the age of each month', () => {
    for (const c of cases) {
      expect(windowIntensity(curve, c.group, c.age, c.arrive, c.depart))
        .toBeCloseTo(naiveCumulative(intensity, c.group, c.age, c.arrive, c.depart - 1), 12);
    }
  });

  it('exitMonth finds the first month whose cumulative intensity reaches e, or depart', () => {
    for (const c of cases) {
      for (const e of [0.001, 0.05, 0.3, 1, 5]) {
        let naive = c.depart;
        for (let t = c.arrive + 1; t < c.depart; t++) {
          if (naiveCumulative(intensity, c.group, c.age, c.arrive, t) >= e - 1e-12) {
            naive = t;
            break;
          }
        }
        expect(exitMonth(curve, c.group, c.age, c.arrive, c.depart, e)).toBe(naive);
      }
    }
  });

  it('exitMonthOfDraw gives the month exitMonth gives for e = -ln(draw / 2^32), within 4e-15 of Math.log', () => {
    const draws = [1, 2 ** 16, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1];
    const rng = createRng(5);
    for (let k = 0; k < 2000; k++) draws.push(Math.floor(rng.next() * 2 ** 32));
    let leaving = 0;
    let compared = 0;
    const differing: string[] = [];
    for (const c of cases) {
      for (const draw of draws) {
        const month = exitMonthOfDraw(curve, c.group, c.age, c.arrive, c.depart, (draw - 2 ** 31) | 0);
        // e is within 4e-15 of -Math.log's (see the next test): so may the month differ, only when e lands
        // that close to a month's boundary, which none of these draws does.
        const expected = exitMonth(curve, c.group, c.age, c.arrive, c.depart, -Math.log(draw / 2 ** 32));
        compared++;
        if (month !== expected) differing.push(`${JSON.stringify(c)} draw ${draw}: ${month} against ${expected}`);
        if (month < c.depart) leaving++;
      }
    }
    expect(differing).toEqual([]);
    expect(compared).toBe(cases.length * draws.length);
    expect(leaving).toBeGreaterThan(0); // some draws lead to an exit, so the months compared are not all `depart`
  });

  it("the runs' logarithm (drawExponential) is the engine's -ln(draw / 2^32) to within 4e-15", () => {
    const rng = createRng(9);
    const draws = [0, 1, 2, 3, 2 ** 16, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 32 - 2, 2 ** 32 - 1];
    for (let k = 0; k < 1_000_000; k++) draws.push(Math.floor(rng.next() * 2 ** 32));
    const far: string[] = [];
    for (const draw of draws) {
      const e = drawExponential((draw - 2 ** 31) | 0);
      const expected = -Math.log(draw / 2 ** 32);
      // The module's series stops below 6e-16 and its sums round a few times (wasm/runs.ts); V8's
      // Math.log is within a bit of the exact value, about 2e-15 for the largest e here (22.2).
      if (!(e === expected || Math.abs(e - expected) <= 4e-15)) far.push(`draw ${draw}: ${e} against ${expected}`);
    }
    expect(far).toEqual([]);
    expect(drawExponential(-(2 ** 31))).toBe(Infinity); // draw 0: e = -ln(0)
  });

  it('stayingByLength gives exp(-windowIntensity) for every window length', () => {
    for (const age of [12 * 28, 12 * 33 + 7]) {
      const stays = stayingByLength(curve, 3, age, 120);
      expect(stays[0]).toBe(1);
      expect(stays[1]).toBe(1);
      for (let length = 2; length <= 120; length += 7) {
        expect(stays[length]).toBeCloseTo(Math.exp(-windowIntensity(curve, 3, age, 0, length)), 13);
      }
    }
  });
});
