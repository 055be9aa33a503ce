import { describe, expect, it } from 'vitest';
import { frontier, planWithinBudget } from '../../../src/core/plan/frontier';
import { evaluateAssignment, type PlanningProblem } from '../../../src/core/plan/problem';
import { InfeasibleProblemError, solve } from '../../../src/core/plan/solver';
import { randomProblem } from './random-problems';

/** Best objective with at most each number of moves, by enumerating every assignment. */
function bruteForceByMoves(problem: PlanningProblem): number[] {
  const N = problem.employeeCount;
  const best = new Array<number>(N + 1).fill(Infinity);
  const assignment = new Int32Array(N);
  const walk = (e: number): void => {
    if (e === N) {
      let value;
      try {
        value = evaluateAssignment(problem, assignment);
      } catch {
        return; // over a post's slots
      }
      best[value.moves] = Math.min(best[value.moves]!, value.objective);
      return;
    }
    for (let k = problem.optStart[e]!; k < problem.optStart[e + 1]!; k++) {
      assignment[e] = problem.optPost[k]!;
      walk(e + 1);
    }
  };
  walk(0);
  for (let m = 1; m <= N; m++) best[m] = Math.min(best[m]!, best[m - 1]!);
  return best;
}

function feasible(seed: number): PlanningProblem | null {
  const problem = randomProblem(seed, { employees: 2 + (seed % 5), maxOptions: 4 });
  try {
    solve(problem);
    return problem;
  } catch (error) {
    if (error instanceof InfeasibleProblemError) return null;
    throw error;
  }
}

describe('planWithinBudget against brute force', () => {
  const seeds = Array.from({ length: 140 }, (_, i) => 7000 + i).filter((seed) => feasible(seed) !== null);
  it('has enough feasible random problems', () => expect(seeds.length).toBeGreaterThan(100));
  it.each(seeds)('seed %i: every budget gives a plan within it, exact or bounded', (seed) => {
    const problem = feasible(seed)!;
    const best = bruteForceByMoves(problem);
    for (let k = 0; k <= problem.employeeCount; k++) {
      if (best[k] === Infinity) continue; // no plan within this budget
      const r = planWithinBudget(problem, k);
      const value = evaluateAssignment(problem, r.result.assignment);
      expect(value.moves).toBeLessThanOrEqual(k);
      expect(r.lowerBound).toBeLessThanOrEqual(best[k]!);
      expect(value.objective).toBeGreaterThanOrEqual(best[k]!);
      if (r.exact) expect(value.objective).toBe(best[k]);
    }
  });
});

describe('frontier', () => {
  it('gives corners that are each the best plan for their number of moves', () => {
    let checked = 0;
    for (let seed = 9100; seed < 9220; seed++) {
      const problem = feasible(seed);
      if (!problem) continue;
      const best = bruteForceByMoves(problem);
      const points = frontier(problem);
      for (let i = 1; i < points.length; i++) expect(points[i]!.moves).toBeLessThan(points[i - 1]!.moves);
      for (const p of points) {
        expect(p.objective).toBe(best[p.moves]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});
