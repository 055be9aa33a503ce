/**
 * "What changes" on the same random draws: the Monte Carlo of a scenario before and after a change of
 * its events, with the same seed and runs. Draws are keyed by run and person (`draws.ts`), and a
 * person's key does not depend on the events, so both sides see the same exits of the same people:
 * the differences come from the change, not from other luck. A unit the change cannot reach (no
 * person, post or need of it touched) gets bit-identical numbers on both sides.
 */
import type { SimulationInput } from './input';
import { monteCarlo, type MonteCarloResult } from './monteCarlo';

export interface UnitSide {
  /** Highest median EJ over the months (+Infinity when the median run leaves the unit vacant). */
  peakEjP50: number;
  /** Highest chance over the months of being overloaded or vacant. */
  peakRisk: number;
}

export interface UnitChange {
  unitId: string;
  before: UnitSide;
  after: UnitSide;
  /** Months in which the median EJ or the chance of being overloaded or vacant differ. */
  monthsChanged: number;
}

export interface SameDrawsComparison {
  runs: number;
  seed: number;
  months: number;
  /** The units whose numbers differ in any month, in the order of the scenario's units. */
  units: UnitChange[];
}

function side(r: MonteCarloResult, u: number): UnitSide {
  let peakEjP50 = 0;
  let peakRisk = 0;
  for (let m = 0; m < r.months; m++) {
    const at = u * r.months + m;
    peakEjP50 = Math.max(peakEjP50, r.units.ejP50[at]!);
    peakRisk = Math.max(peakRisk, r.units.overloaded[at]! + r.units.vacant[at]!);
  }
  return { peakEjP50, peakRisk: Math.fround(peakRisk) };
}

/**
 * Compares two inputs of the same scenario (same units and horizon) on the same draws: `runs` runs
 * from `seed` on each side. Units are matched by id; a unit only on one side is left out.
 */
export function compareOnSameDraws(
  before: SimulationInput, after: SimulationInput, options: { runs: number; seed: number },
): SameDrawsComparison {
  if (before.months !== after.months) throw new RangeError('both sides need the same horizon');
  const a = monteCarlo(before, { ...options, postStatistics: false });
  const b = monteCarlo(after, { ...options, postStatistics: false });
  const months = after.months;
  const beforeIndex = new Map(before.unitIds.map((id, u) => [id, u]));
  const units: UnitChange[] = [];
  after.unitIds.forEach((id, u) => {
    const v = beforeIndex.get(id);
    if (v === undefined) return;
    let monthsChanged = 0;
    for (let m = 0; m < months; m++) {
      const x = v * months + m;
      const y = u * months + m;
      if (!Object.is(a.units.ejP50[x], b.units.ejP50[y]) || a.units.overloaded[x] !== b.units.overloaded[y] || a.units.vacant[x] !== b.units.vacant[y]) {
        monthsChanged++;
      }
    }
    if (monthsChanged > 0) units.push({ unitId: id, before: side(a, v), after: side(b, u), monthsChanged });
  });
  return { runs: b.runs, seed: b.seed, months, units };
}
