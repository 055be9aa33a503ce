import { describe, expect, it } from 'vitest';
import { checkCertificate, postPrice, type CertifiedPlan } from '../../../src/core/plan/certificate';
import { createProblem, evaluateAssignment, type PlanningProblem } from '../../../src/core/plan/problem';
import { solve } from '../../../src/core/plan/solver';
import { realisticProblem } from './random-problems';

const TWO_POSTS = createProblem({
  posts: [{ slotCosts: [-100, 200] }, { slotCosts: [-300, -100, 100] }],
  employees: [
    { home: 0, options: [[0, 0], [1, 150]] },
    { home: 0, options: [[0, 0], [1, 50]] },
  ],
});

/** A plan with prices lambda (sink potential 0). */
const planWith = (assignment: number[], prices: number[], objective: number, moves: number, movePrice = 0): CertifiedPlan => ({
  assignment: Int32Array.from(assignment), objective, moves, movePrice,
  potentials: { post: Float64Array.from(prices, (l) => -l), sink: 0 },
});

const copy = (plan: CertifiedPlan): CertifiedPlan => ({
  ...plan, assignment: plan.assignment.slice(), potentials: { post: plan.potentials.post.slice(), sink: plan.potentials.sink },
});

describe('checkCertificate on a hand-computed case', () => {
  it('accepts prices that prove the optimum', () => {
    // Optimum: e1 moves, objective -350. Prices: post 0 in [-100, 200], post 1 in [-300, -100],
    // 50 <= lambda0 - lambda1 <= 150.
    expect(checkCertificate(TWO_POSTS, planWith([0, 1], [-100, -200], -350, 1))).toEqual({ ok: true, problems: [] });
    expect(checkCertificate(TWO_POSTS, planWith([0, 1], [0, -100], -350, 1)).ok).toBe(true);
  });

  it.each<[string, CertifiedPlan, string]>([
    ['a price below the last used slot', planWith([0, 1], [-150, -250], -350, 1), 'post 0: price -150 is below its last used slot (-100)'],
    ['a price above the next slot', planWith([0, 1], [-100, -50], -350, 1), 'post 1: price -50 is above its next slot (-100)'],
    ['an employee tempted elsewhere', planWith([0, 1], [190, -200], -350, 1), 'employee 0: post 0 costs 190 at these prices, post 1 only -50'],
    ['a post that is not an option', planWith([2, 1], [0, -100], -350, 1), 'employee 0: post 2 is not one of its options'],
    ['a wrong objective', planWith([0, 1], [-100, -200], -351, 1), 'objective -351 differs from the assignment\'s -350'],
    ['wrong moves', planWith([0, 1], [-100, -200], -350, 0), 'moves 0 differs from the assignment\'s 1'],
    ['an infinite price', planWith([0, 1], [Infinity, -200], -350, 1), 'post 0: price Infinity is not finite'],
    ['a non-optimal assignment, whatever the prices', planWith([0, 0], [-100, -200], 100, 0), 'post 0: price -100 is below its last used slot (200)'],
  ])('rejects %s', (_, plan, message) => {
    const check = checkCertificate(TWO_POSTS, plan);
    expect(check.ok).toBe(false);
    expect(check.problems).toContain(message);
  });

  it('applies the move price to every post but the home post', () => {
    // With a move price of 100, e1's move costs 150: 150 + lambda1 <= lambda0 still holds for -100, -250.
    expect(checkCertificate(TWO_POSTS, planWith([0, 1], [-100, -250], -350, 1, 100)).ok).toBe(true);
    expect(checkCertificate(TWO_POSTS, planWith([0, 1], [-100, -200], -350, 1, 100)).problems).toContain('employee 1: post 1 costs -50 at these prices, post 0 only -100');
  });
});

/** An employee with at least two options, assigned somewhere; and a different option of theirs. */
function someAlternative(problem: PlanningProblem, assignment: Int32Array, from: number): [number, number] {
  for (let e = from; e < problem.employeeCount; e++) {
    for (let k = problem.optStart[e]!; k < problem.optStart[e + 1]!; k++) {
      if (problem.optPost[k] !== assignment[e]) return [e, problem.optPost[k]!];
    }
  }
  throw new Error('no employee with an alternative');
}

describe('checkCertificate on solver results', () => {
  const problems = [1, 2, 3].map((seed) => realisticProblem(seed, { employees: 3000, movable: 1 }));

  it('accepts every certificate the solver returns', () => {
    for (const problem of problems) {
      for (const movePrice of [0, 100]) expect(checkCertificate(problem, solve(problem, { movePrice })).problems).toEqual([]);
    }
  });

  it('rejects a price pushed below a used slot', () => {
    for (const problem of problems) {
      const plan = copy(solve(problem));
      const p = plan.assignment[0]!;
      plan.potentials.post[p]! += 10_000;
      expect(postPrice(plan.potentials, p)).toBeLessThan(problem.slotCost[problem.slotStart[p]!]!);
      expect(checkCertificate(problem, plan).ok).toBe(false);
    }
  });

  it('rejects a shifted price once it changes anyone\'s choice or leaves its slot range', () => {
    for (const problem of problems) {
      const result = solve(problem);
      for (const shift of [-1000, 1000]) {
        const plan = copy(result);
        for (let p = 0; p < problem.postCount; p += 7) plan.potentials.post[p]! += shift;
        expect(checkCertificate(problem, plan).ok).toBe(false);
      }
    }
  });

  it('rejects a different assignment that is not also optimal, and any wrong stated objective', () => {
    for (const problem of problems) {
      const result = solve(problem);
      let from = 0, rejected = 0;
      for (let tries = 0; tries < 20; tries++) {
        const [e, q] = someAlternative(problem, result.assignment, from);
        from = e + 1;
        const plan = copy(result);
        plan.assignment[e] = q;
        let value;
        try {
          value = evaluateAssignment(problem, plan.assignment);
        } catch {
          value = undefined; // over capacity: certainly rejected
        }
        const check = checkCertificate(problem, plan);
        if (value === undefined || value.objective !== result.objective) {
          expect(check.ok, `employee ${e} to post ${q}`).toBe(false);
          rejected++;
        }
      }
      expect(rejected).toBeGreaterThan(10);
      expect(checkCertificate(problem, { ...result, objective: result.objective + 1 }).ok).toBe(false);
    }
  });

  it('lists at most 20 problems, then counts the rest', () => {
    const problem = problems[0]!;
    const plan = copy(solve(problem));
    plan.potentials.post.fill(1e7);
    const check = checkCertificate(problem, plan);
    expect(check.problems).toHaveLength(21);
    expect(check.problems[20]).toMatch(/^\.\.\. and \d+ more$/);
  });
});
