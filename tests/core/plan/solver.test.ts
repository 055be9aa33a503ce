import { describe, expect, it } from 'vitest';
import { checkCertificate, postPrice } from '../../../src/core/plan/certificate';
import { createRng } from '../../../src/core/rng';
import { createProblem, evaluateAssignment, fromJson, toJson, type PlanningProblem, type PlanningProblemInput } from '../../../src/core/plan/problem';
import { InfeasibleProblemError, solve } from '../../../src/core/plan/solver';
import { randomProblem, realisticProblem } from './random-problems';

/** Case A: post 0 (need 1) has one person too many; e1 moves cheaply to post 1 (need 2). */
const TWO_POSTS: PlanningProblemInput = {
  posts: [{ slotCosts: [-100, 200] }, { slotCosts: [-300, -100, 100] }],
  employees: [
    { home: 0, options: [[0, 0], [1, 150]] },
    { home: 0, options: [[0, 0], [1, 50]] },
  ],
};

/** Case C: the best plan is a chain e0: 0 -> 1, e1: 1 -> 2 through a full post. */
const CHAIN: PlanningProblemInput = {
  posts: [{ slotCosts: [100] }, { slotCosts: [-50] }, { slotCosts: [-400] }],
  employees: [
    { home: 0, options: [[0, 0], [1, 10]] },
    { home: 1, options: [[1, 0], [2, 10]] },
  ],
};

/** All assignments of a tiny problem, by enumeration: the minimum of objective + movePrice x moves. */
function bruteForce(problem: PlanningProblem, movePrice = 0): number {
  const N = problem.employeeCount;
  const assignment = new Int32Array(N);
  let best = Infinity;
  const visit = (e: number): void => {
    if (e === N) {
      try {
        const { objective, moves } = evaluateAssignment(problem, assignment);
        best = Math.min(best, objective + movePrice * moves);
      } catch {
        // over a post's slots: not an assignment
      }
      return;
    }
    for (let k = problem.optStart[e]!; k < problem.optStart[e + 1]!; k++) {
      assignment[e] = problem.optPost[k]!;
      visit(e + 1);
    }
  };
  visit(0);
  return best;
}

describe('solve on hand-computed cases', () => {
  it('moves the person who moves cheaply: objective -350, one move', () => {
    const problem = createProblem(TWO_POSTS);
    const result = solve(problem);
    expect(Array.from(result.assignment)).toEqual([0, 1]);
    expect(result.objective).toBe(-100 + -300 + 50);
    expect(result.moves).toBe(1);
    // Prices: post 0 in [-100, 200], post 1 in [-300, -100], and 50 <= price0 - price1 <= 150.
    const [p0, p1] = [postPrice(result.potentials, 0), postPrice(result.potentials, 1)];
    expect(p0).toBeGreaterThanOrEqual(-100);
    expect(p0).toBeLessThanOrEqual(200);
    expect(p1).toBeGreaterThanOrEqual(-300);
    expect(p1).toBeLessThanOrEqual(-100);
    expect(p0 - p1).toBeGreaterThanOrEqual(50);
    expect(p0 - p1).toBeLessThanOrEqual(150);
  });

  it.each([
    [0, -350, 1],
    [100, -350, 1], // -250 with the price, still better than staying (100)
    [449, -350, 1], // 99 < 100
    [451, 100, 0], // 101 > 100: nobody moves
  ])('with move price %i: objective %i, %i move(s)', (movePrice, objective, moves) => {
    const result = solve(createProblem(TWO_POSTS), { movePrice });
    expect(result.objective).toBe(objective);
    expect(result.moves).toBe(moves);
    expect(result.movePrice).toBe(movePrice);
  });

  it('follows a chain of moves through a full post: objective -430, two moves', () => {
    const result = solve(createProblem(CHAIN));
    expect(Array.from(result.assignment)).toEqual([1, 2]);
    expect(result.objective).toBe(-50 - 400 + 10 + 10);
    expect(result.moves).toBe(2);
  });

  it('places an unplaced employee where it helps most', () => {
    const problem = createProblem({
      posts: [{ slotCosts: [-500] }, { slotCosts: [-200, 0] }],
      employees: [{ home: null, options: [[0, 100], [1, 0]] }],
    });
    const result = solve(problem);
    expect(Array.from(result.assignment)).toEqual([0]);
    expect(result.objective).toBe(-400);
    expect(result.moves).toBe(1);
  });

  it('moves an employee whose home is no longer an option (an accepted move)', () => {
    const problem = createProblem({
      posts: [{ slotCosts: [-100] }, { slotCosts: [0, 10] }],
      employees: [{ home: 0, options: [[1, 30]] }, { home: 1, options: [[1, 0], [0, 500]] }],
    });
    const result = solve(problem);
    // Both at post 1: 0 + 10 + 30 = 40; or e1 fills post 0: -100 + 0 + 30 + 500 = 430.
    expect(Array.from(result.assignment)).toEqual([1, 1]);
    expect(result.objective).toBe(40);
  });

  it('frees slots taken by more people than a post has, then places them', () => {
    const problem = createProblem({
      posts: [{ slotCosts: [0] }, { slotCosts: [5, 5] }],
      employees: [
        { home: 0, options: [[0, 0], [1, 7]] },
        { home: 0, options: [[0, 0], [1, 3]] },
      ],
    });
    const result = solve(problem);
    expect(Array.from(result.assignment)).toEqual([0, 1]);
    expect(result.objective).toBe(0 + 5 + 3);
  });

  it('is free when nobody needs to move', () => {
    const problem = createProblem({
      posts: [{ slotCosts: [-10, 10] }, { slotCosts: [-10, 10] }],
      employees: [{ home: 0, options: [[0, 0], [1, 1]] }, { home: 1, options: [[1, 0], [0, 1]] }],
    });
    const result = solve(problem);
    expect(result.moves).toBe(0);
    expect(result.stats.initialExcess).toBe(0);
    expect(result.stats.phases).toBe(0);
  });

  it('reports the time only when given a clock', () => {
    let t = 0;
    const result = solve(createProblem(CHAIN), { clock: () => (t += 5) });
    expect(result.stats.ms).toBe(5);
    expect(solve(createProblem(CHAIN)).stats.ms).toBeUndefined();
  });
});

describe('infeasible problems', () => {
  it('names an employee without options', () => {
    const problem = createProblem({ posts: [{ slotCosts: [0] }], employees: [{ home: 0, options: [[0, 0]] }, { home: null, options: [] }] });
    expect(() => solve(problem)).toThrow(InfeasibleProblemError);
    try {
      solve(problem);
    } catch (error) {
      expect(error).toMatchObject({ employee: 1, reason: 'no-options' });
    }
  });

  it('treats options at posts without slots as no options', () => {
    const problem = createProblem({ posts: [{ slotCosts: [] }], employees: [{ home: null, options: [[0, 0]] }] });
    expect(() => solve(problem)).toThrow(expect.objectContaining({ employee: 0, reason: 'no-options' }));
  });

  it('names an employee who cannot be placed when slots run out', () => {
    const problem = createProblem({
      posts: [{ slotCosts: [0] }, { slotCosts: [1] }],
      employees: [
        { id: 'a', home: 0, options: [[0, 0]] },
        { id: 'b', home: null, options: [[0, 4], [1, 2]] },
        { id: 'c', home: null, options: [[1, 3]] },
      ],
    });
    expect(() => solve(problem)).toThrow(expect.objectContaining({ name: 'InfeasibleProblemError', reason: 'no-slot' }));
    try {
      solve(problem);
    } catch (error) {
      const e = (error as InfeasibleProblemError).employee;
      expect([1, 2]).toContain(e);
      expect((error as Error).message).toContain(`employee ${e} (${'abc'[e]})`);
    }
  });

  it('rejects a bad move price or start', () => {
    const problem = createProblem(CHAIN);
    expect(() => solve(problem, { movePrice: -1 })).toThrow(RangeError);
    expect(() => solve(problem, { movePrice: 0.5 })).toThrow(RangeError);
    expect(() => solve(problem, { start: new Int32Array(1) })).toThrow(RangeError);
  });
});

describe('solve against brute force on tiny problems', () => {
  it('agrees on 300 seeded problems of 1-6 employees, with and without a move price', () => {
    let compared = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const problem = randomProblem(10_000 + seed, { employees: 1 + (seed % 6), maxOptions: 4 });
      for (const movePrice of [0, 90]) {
        const best = bruteForce(problem, movePrice);
        if (best === Infinity) {
          expect(() => solve(problem, { movePrice }), `seed ${seed}`).toThrow(InfeasibleProblemError);
          continue;
        }
        const result = solve(problem, { movePrice });
        expect(result.objective + movePrice * result.moves, `seed ${seed}, move price ${movePrice}`).toBe(best);
        expect(checkCertificate(problem, result).ok).toBe(true);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(400);
  });
});

describe('determinism, move price and warm start', () => {
  it('gives the same assignment for the same problem, and for its JSON round trip', () => {
    for (const seed of [3, 8, 21]) {
      const problem = realisticProblem(seed, { employees: 3000, movable: 0.5 });
      const a = solve(problem), b = solve(problem);
      const c = solve(fromJson(JSON.parse(JSON.stringify(toJson(problem)))).problem);
      expect(Array.from(b.assignment)).toEqual(Array.from(a.assignment));
      expect(Array.from(c.assignment)).toEqual(Array.from(a.assignment));
      expect(Array.from(b.potentials.post)).toEqual(Array.from(a.potentials.post));
    }
  });

  it('moves fewer people (never more) as the move price rises, and the objective never improves', () => {
    const prices = [0, 25, 50, 100, 200, 400, 800, 1600];
    for (let seed = 1; seed <= 12; seed++) {
      const problem = seed % 2 ? realisticProblem(seed, { employees: 1500, movable: 1 }) : randomProblem(500 + seed, { employees: 800 });
      let previous: { moves: number; objective: number } | undefined;
      for (const movePrice of prices) {
        let result;
        try {
          result = solve(problem, { movePrice });
        } catch (error) {
          expect(error).toBeInstanceOf(InfeasibleProblemError);
          break;
        }
        if (previous) {
          expect(result.moves, `seed ${seed}, price ${movePrice}`).toBeLessThanOrEqual(previous.moves);
          expect(result.objective, `seed ${seed}, price ${movePrice}`).toBeGreaterThanOrEqual(previous.objective);
        }
        previous = result;
      }
    }
  });

  it('re-solves from a previous result (assignment and potentials) to the same optimum', () => {
    for (const seed of [5, 6, 7]) {
      const problem = realisticProblem(seed, { employees: 4000, movable: 1 });
      let previous = solve(problem);
      for (const movePrice of [50, 150, 20, 400, 0]) {
        const cold = solve(problem, { movePrice });
        const warm = solve(problem, { movePrice, start: previous.assignment, startPotentials: previous.potentials });
        expect(warm.objective + movePrice * warm.moves).toBe(cold.objective + movePrice * cold.moves);
        expect(checkCertificate(problem, warm).ok).toBe(true);
        previous = warm;
      }
    }
  });

  it('reaches the same optimum from any start, even a poor or partly invalid one', () => {
    const rng = createRng(99);
    for (let seed = 1; seed <= 40; seed++) {
      const problem = seed % 2 ? randomProblem(2000 + seed, { employees: 400 }) : realisticProblem(seed, { employees: 1200, movable: 1 });
      const movePrice = (seed % 4) * 60;
      let cold;
      try {
        cold = solve(problem, { movePrice });
      } catch (error) {
        expect(error).toBeInstanceOf(InfeasibleProblemError);
        continue;
      }
      // Each employee starts at a random option, a random post, or nowhere.
      const start = new Int32Array(problem.employeeCount);
      for (let e = 0; e < start.length; e++) {
        const k = problem.optStart[e]! + rng.int(problem.optStart[e + 1]! - problem.optStart[e]!);
        start[e] = rng.chance(0.7) ? problem.optPost[k]! : rng.chance(0.5) ? rng.int(problem.postCount) : -1;
      }
      // Some prices are wild, some not even integers (only integer prices keep the arithmetic exact).
      const startPotentials = { post: Float64Array.from(cold.potentials.post, (v) => (rng.chance(0.2) ? v + rng.int(2001) - 1000 : rng.chance(0.1) ? v + 0.37 : v)), sink: 0.5 };
      for (const options of [{ start }, { start, startPotentials }, { startPotentials }]) {
        const result = solve(problem, { movePrice, ...options });
        expect(result.objective + movePrice * result.moves, `seed ${seed}`).toBe(cold.objective + movePrice * cold.moves);
        expect(checkCertificate(problem, result).problems).toEqual([]);
      }
    }
  });

  it('does not modify the problem or the start assignment', () => {
    const problem = randomProblem(77, { employees: 300 });
    const before = JSON.stringify(toJson(problem));
    const start = Int32Array.from(problem.home);
    try {
      solve(problem, { start, movePrice: 30 });
    } catch {
      // an infeasible draw still must not touch its inputs
    }
    expect(JSON.stringify(toJson(problem))).toBe(before);
    expect(Array.from(start)).toEqual(Array.from(problem.home));
  });
});
