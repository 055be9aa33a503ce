import { describe, expect, it } from 'vitest';
import {
  createProblem, evaluateAssignment, fromJson, PlanningProblemError, PLANNING_PROBLEM_FORMAT, toJson, validateProblem,
  type PlanningProblemInput,
} from '../../../src/core/plan/problem';
import { solve } from '../../../src/core/plan/solver';
import { randomProblem } from './random-problems';

const SMALL: PlanningProblemInput = {
  posts: [
    { id: 'camat-klerek', fixed: 1, slotCosts: [-100, 200] },
    { id: 'pusk-perawat', fixed: 0, slotCosts: [-300, -100, 100] },
  ],
  employees: [
    { id: '198001012005011001', home: 0, options: [[0, 0], [1, 150]] },
    { id: '199002022015022002', home: 0, options: [[1, 50], [0, 0]] },
    { id: 'new-hire', home: null, options: [[1, 220]] },
  ],
};

/** A valid document to break in one place. */
const doc = (): Record<string, unknown> => JSON.parse(JSON.stringify(toJson(createProblem(SMALL)))) as Record<string, unknown>;

/** The issue paths and messages of fromJson(data), or [] when it reads the data. */
function issuesOf(data: unknown): string[] {
  try {
    fromJson(data);
    return [];
  } catch (error) {
    if (!(error instanceof PlanningProblemError)) throw error;
    return error.issues.map((i) => `${i.path}: ${i.message}`);
  }
}

describe('createProblem', () => {
  it('builds the CSR columns', () => {
    const p = createProblem(SMALL);
    expect(p.postCount).toBe(2);
    expect(p.employeeCount).toBe(3);
    expect(Array.from(p.slotStart)).toEqual([0, 2, 5]);
    expect(Array.from(p.slotCost)).toEqual([-100, 200, -300, -100, 100]);
    expect(Array.from(p.fixed)).toEqual([1, 0]);
    expect(Array.from(p.home)).toEqual([0, 0, -1]);
    expect(Array.from(p.optStart)).toEqual([0, 2, 4, 5]);
    expect(Array.from(p.optPost)).toEqual([0, 1, 1, 0, 1]);
    expect(Array.from(p.optCost)).toEqual([0, 150, 50, 0, 220]);
    expect(p.postIds).toEqual(['camat-klerek', 'pusk-perawat']);
    expect(p.employeeIds?.[2]).toBe('new-hire');
  });

  it.each<[string, PlanningProblemInput, string]>([
    ['a decreasing slot cost', { posts: [{ slotCosts: [5, 4] }], employees: [] }, 'posts[0].slotCosts[1]: 4 is below the previous slot\'s 5'],
    ['a fractional slot cost', { posts: [{ slotCosts: [0.5] }], employees: [] }, 'posts[0].slotCosts[0]: must be an integer'],
    ['a slot cost out of range', { posts: [{ slotCosts: [2e9] }], employees: [] }, 'posts[0].slotCosts[0]: must be an integer in [-1000000000'],
    ['a negative option cost', { posts: [{ slotCosts: [0] }], employees: [{ home: null, options: [[0, -1]] }] }, 'employees[0].options[0]: cost must be an integer in [0'],
    ['a priced home post', { posts: [{ slotCosts: [0] }], employees: [{ home: 0, options: [[0, 3]] }] }, 'employees[0].options[0]: the home post must cost 0, got 3'],
    ['a post listed twice', { posts: [{ slotCosts: [0] }, { slotCosts: [0] }], employees: [{ home: null, options: [[1, 2], [1, 3]] }] }, 'employees[0].options[1]: post 1 is listed twice'],
    ['a missing post', { posts: [{ slotCosts: [0] }], employees: [{ home: null, options: [[4, 2]] }] }, 'employees[0].options[0]: post 4 does not exist (1 posts)'],
    ['a missing home', { posts: [{ slotCosts: [0] }], employees: [{ home: 3, options: [[0, 2]] }] }, 'employees[0].home: must be a post index in [0, 1) or unplaced, got 3'],
  ])('rejects %s', (_, input, message) => {
    expect(() => createProblem(input)).toThrow(PlanningProblemError);
    try {
      createProblem(input);
    } catch (error) {
      expect((error as PlanningProblemError).issues.map((i) => `${i.path}: ${i.message}`).join('\n')).toContain(message);
    }
  });

  it('accepts a home post that is not an option (an accepted move away) and negative slot costs', () => {
    expect(validateProblem(createProblem({ posts: [{ slotCosts: [-900, -10] }, { slotCosts: [0] }], employees: [{ home: 1, options: [[0, 40]] }] }))).toEqual([]);
  });
});

describe('evaluateAssignment', () => {
  it('sums the used slots and the option costs, counting placements as moves', () => {
    const p = createProblem(SMALL);
    // e0 stays at 0, e1 to post 1 (50), new hire to post 1 (220): post 0 uses 1 slot, post 1 uses 2.
    expect(evaluateAssignment(p, Int32Array.from([0, 1, 1]))).toEqual({ objective: -100 + -300 + -100 + 50 + 220, moves: 2 });
  });

  it('refuses a post that is not an option, or more people than slots', () => {
    const p = createProblem(SMALL);
    expect(() => evaluateAssignment(p, Int32Array.from([0, 0, 0]))).toThrow(/employee 2: post 0 is not one of its options/);
    const full = createProblem({ posts: [{ slotCosts: [0] }], employees: [{ home: 0, options: [[0, 0]] }, { home: 0, options: [[0, 0]] }] });
    expect(() => evaluateAssignment(full, Int32Array.from([0, 0]))).toThrow(/post 0: 2 people for 1 slots/);
  });
});

describe('JSON form', () => {
  it('round-trips problems and plans exactly', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const problem = randomProblem(seed, { employees: 200 });
      let plan;
      try {
        const result = solve(problem, { movePrice: 20 });
        plan = { assignment: result.assignment, objective: result.objective, movePrice: 20, moves: result.moves };
      } catch {
        plan = undefined;
      }
      const text = JSON.stringify(toJson(problem, plan));
      const back = fromJson(JSON.parse(text));
      expect(JSON.stringify(toJson(back.problem, plan))).toBe(text);
      if (plan) {
        expect(Array.from(back.plan!.assignment)).toEqual(Array.from(plan.assignment));
        expect(back.plan!.objective).toBe(plan.objective);
        expect(back.plan!.movePrice).toBe(20);
      }
    }
  });

  it('writes the documented shape', () => {
    const json = toJson(createProblem(SMALL), { assignment: Int32Array.from([0, 1, 1]), objective: -230, moves: 2 });
    expect(json).toEqual({
      format: PLANNING_PROBLEM_FORMAT,
      version: 1,
      posts: [
        { id: 'camat-klerek', fixed: 1, slotCosts: [-100, 200] },
        { id: 'pusk-perawat', fixed: 0, slotCosts: [-300, -100, 100] },
      ],
      employees: [
        { id: '198001012005011001', home: 0, options: [[0, 0], [1, 150]] },
        { id: '199002022015022002', home: 0, options: [[1, 50], [0, 0]] },
        { id: 'new-hire', home: null, options: [[1, 220]] },
      ],
      plan: { assignment: [0, 1, 1], objective: -230, moves: 2 },
    });
  });

  it.each<[string, (d: Record<string, unknown>) => unknown, string]>([
    ['not an object', () => [1, 2], '(document): expected an object, got an array'],
    ['another format', (d) => ({ ...d, format: 'scenario' }), 'format: expected "seimbang-planning-problem", got "scenario"'],
    ['another version', (d) => ({ ...d, version: 2 }), 'version: expected 1, got 2'],
    ['posts missing', (d) => ({ ...d, posts: undefined }), 'posts: expected an array, got undefined'],
    ['a post without slot costs', (d) => { (d.posts as Record<string, unknown>[])[1]!.slotCosts = 'x'; return d; }, 'posts[1].slotCosts: expected an array of numbers'],
    ['a non-convex post', (d) => { (d.posts as Record<string, unknown>[])[1]!.slotCosts = [0, -5]; return d; }, 'posts[1].slotCosts[1]: -5 is below the previous slot\'s 0: slot costs must not decrease (convex penalty)'],
    ['an option that is not a pair', (d) => { (d.employees as Record<string, unknown>[])[2]!.options = [[1]]; return d; }, 'employees[2].options[0]: expected [post index, cost], got [1]'],
    ['a fractional home', (d) => { (d.employees as Record<string, unknown>[])[0]!.home = 0.5; return d; }, 'employees[0].home: expected a post index or null, got 0.5'],
    ['an id that is a number', (d) => { (d.employees as Record<string, unknown>[])[0]!.id = 7; return d; }, 'employees[0].id: expected a string, got 7'],
    ['a plan of the wrong length', (d) => ({ ...d, plan: { assignment: [0], objective: 0 } }), 'plan.assignment: expected 3 post indices, one per employee'],
    ['a plan with an impossible post', (d) => ({ ...d, plan: { assignment: [0, 0, 0], objective: 0 } }), 'plan.assignment: employee 2: post 0 is not one of its options'],
    ['a plan with a wrong objective', (d) => ({ ...d, plan: { assignment: [0, 1, 1], objective: 5 } }), 'plan.objective: 5 differs from the objective of plan.assignment (-230)'],
    ['a plan with wrong moves', (d) => ({ ...d, plan: { assignment: [0, 1, 1], objective: -230, moves: 1 } }), 'plan.moves: 1 differs from the moves of plan.assignment (2)'],
    ['a negative move price', (d) => ({ ...d, plan: { assignment: [0, 1, 1], objective: -230, movePrice: -3 } }), 'plan.movePrice: expected an integer in [0, 1000000000], got -3'],
  ])('rejects %s with a readable path', (_, breakIt, message) => {
    expect(issuesOf(breakIt(doc()))).toContain(message);
  });

  it('reads a valid document with a plan', () => {
    const { problem, plan } = fromJson({ ...doc(), plan: { assignment: [0, 1, 1], objective: -230, movePrice: 10, moves: 2 } });
    expect(problem.employeeCount).toBe(3);
    expect(plan).toEqual({ assignment: Int32Array.from([0, 1, 1]), objective: -230, movePrice: 10 });
  });

  it('lists every issue in the error message, one per line', () => {
    const d = doc();
    (d.posts as Record<string, unknown>[])[0]!.slotCosts = [3, 1];
    (d.employees as Record<string, unknown>[])[1]!.options = [[1, -50], [0, 0]];
    expect(() => fromJson(d)).toThrow('invalid planning problem:\nposts[0].slotCosts[1]: 1 is below the previous slot\'s 3: slot costs must not decrease (convex penalty)\nemployees[1].options[0]: cost must be an integer in [0, 1000000000], got -50');
  });
});
