/**
 * The verification contract: on seeded random problems the solver's objective equals the optimum of the
 * same problem written as an LP and solved by HiGHS, to the unit; infeasible problems are infeasible for
 * both; and every solution carries a certificate that checks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCertificate } from '../../../src/core/plan/certificate';
import { InfeasibleProblemError, solve, type SolveResult } from '../../../src/core/plan/solver';
import type { PlanningProblem } from '../../../src/core/plan/problem';
import { loadHighs, solveWithHighs, type HighsInstance } from './highs-reference';
import { randomProblem, realisticProblem } from './random-problems';

let highs: HighsInstance;
beforeAll(async () => {
  highs = await loadHighs();
});

function solveOrInfeasible(problem: PlanningProblem, movePrice: number): SolveResult | InfeasibleProblemError {
  try {
    return solve(problem, { movePrice });
  } catch (error) {
    if (error instanceof InfeasibleProblemError) return error;
    throw error;
  }
}

const SEEDS_PER_BLOCK = 25;
/** A block takes 2-6 s on a busy 2-core machine: more than the default 5 s must not fail a correct solver. */
const SLOW_MS = 30_000;
const BLOCKS = Array.from({ length: 12 }, (_, i) => i * SEEDS_PER_BLOCK + 1);

describe('solver against HiGHS on 300 random problems (up to 2,000 employees)', () => {
  let compared = 0;
  it.each(BLOCKS)('seeds %i .. +24: same objective, or infeasible for both; certificates check', (first) => {
    let feasible = 0;
    for (let seed = first; seed < first + SEEDS_PER_BLOCK; seed++) {
      const problem = randomProblem(seed);
      const movePrice = seed % 3 === 0 ? 40 * (seed % 7) : 0;
      const ours = solveOrInfeasible(problem, movePrice);
      const reference = solveWithHighs(highs, problem, movePrice);
      if (ours instanceof InfeasibleProblemError) {
        expect(reference.status, `seed ${seed}: ${ours.message}`).toBe('Infeasible');
        continue;
      }
      feasible++;
      compared++;
      expect(reference.status, `seed ${seed}`).toBe('Optimal');
      expect(ours.objective + movePrice * ours.moves, `seed ${seed} (${problem.employeeCount} employees, move price ${movePrice})`).toBe(reference.objective);
      const check = checkCertificate(problem, ours);
      expect(check.problems, `seed ${seed}`).toEqual([]);
    }
    expect(feasible).toBeGreaterThan(SEEDS_PER_BLOCK / 2);
  }, SLOW_MS);

  it('compared at least 200 feasible problems', () => {
    expect(compared).toBeGreaterThanOrEqual(200);
  });

  it.each([1, 2, 3, 4])('realistic agency %i (2,000 employees: 30 percent movable, then all movable)', (seed) => {
    for (const movable of [0.3, 1]) {
      const problem = realisticProblem(seed, { employees: 2000, movable });
      const ours = solve(problem);
      expect(ours.objective).toBe(solveWithHighs(highs, problem).objective);
      expect(checkCertificate(problem, ours).ok).toBe(true);
      expect(ours.moves).toBeGreaterThan(0);
    }
  }, SLOW_MS);
});
