/**
 * The planning problem in solver-neutral form (the "verification contract" of the planning model):
 * posts with the integer marginal costs of their free slots, and movable employees with the posts they
 * may be assigned to and what each costs. Columnar: every list is a CSR pair (start offsets + values).
 *
 * Objective of an assignment x (one post per movable employee), in integer points:
 *
 *     sum over posts p of sum_{k < n_p} slotCost(p, k)  +  sum over employees e of optCost(e, x(e))
 *
 * where n_p is the number of movable employees assigned to p. The penalty of the fixed people alone,
 * P_p(fixed_p), is a constant and is NOT included: slotCost(p, k) = P_p(fixed_p + k + 1) - P_p(fixed_p + k).
 *
 * Safe range: every cost is an integer of absolute value at most MAX_COST (1e9), and
 * employees + slots <= 4,000,000, so every sum the solver forms stays an exact integer below 2^53.
 */

/** Largest absolute value allowed for any cost (slot, option, move price). */
export const MAX_COST = 1e9;

export interface PlanningProblem {
  /** Number of posts P. */
  readonly postCount: number;
  /** People at post p who cannot move (they are there and stay); informative, already priced into slotCost. */
  readonly fixed: Int32Array;
  /** CSR offsets, length P + 1: post p has slots slotStart[p] .. slotStart[p + 1] - 1. */
  readonly slotStart: Int32Array;
  /** Marginal cost of the (k + 1)-th movable person at a post; integers, non-decreasing within a post. */
  readonly slotCost: Float64Array;
  /** Number of movable employees N. */
  readonly employeeCount: number;
  /** Current post of employee e, or -1 if not placed (such a person must be placed somewhere). */
  readonly home: Int32Array;
  /** CSR offsets, length N + 1: employee e's options are optStart[e] .. optStart[e + 1] - 1. */
  readonly optStart: Int32Array;
  /** Post of each option; at most once per employee. */
  readonly optPost: Int32Array;
  /** Cost of each option: integer >= 0, and 0 for the home post when it is an option. */
  readonly optCost: Float64Array;
  /** Optional stable identifiers, for files and explanations. */
  readonly postIds?: readonly string[];
  readonly employeeIds?: readonly string[];
}

/** Row-wise input: easier to build by hand, and the shape of the JSON file. */
export interface PlanningProblemInput {
  posts: ReadonlyArray<{ id?: string; fixed?: number; slotCosts: readonly number[] }>;
  employees: ReadonlyArray<{ id?: string; home: number | null; options: ReadonlyArray<readonly [number, number]> }>;
}

/** One problem found in a planning problem, with the place it was found (`employees[3].options[1]`). */
export interface ProblemIssue {
  path: string;
  message: string;
}

/** Thrown when a planning problem (or its JSON) is malformed; lists every issue found (up to 50). */
export class PlanningProblemError extends Error {
  readonly issues: ProblemIssue[];
  constructor(issues: ProblemIssue[]) {
    const shown = issues.slice(0, 50).map((i) => `${i.path}: ${i.message}`);
    if (issues.length > 50) shown.push(`... and ${issues.length - 50} more`);
    super(`invalid planning problem:\n${shown.join('\n')}`);
    this.name = 'PlanningProblemError';
    this.issues = issues;
  }
}

/** Number of slots (the capacity for movable people) of post p. */
export function slotCount(problem: PlanningProblem, p: number): number {
  return problem.slotStart[p + 1]! - problem.slotStart[p]!;
}

/**
 * Builds the columnar problem from rows, then validates it (throws PlanningProblemError).
 * `createProblem({ posts: [{ slotCosts: [-50, 20] }], employees: [{ home: null, options: [[0, 10]] }] })`
 */
export function createProblem(input: PlanningProblemInput): PlanningProblem {
  const P = input.posts.length;
  const N = input.employees.length;
  const slotStart = new Int32Array(P + 1);
  const fixed = new Int32Array(P);
  for (let p = 0; p < P; p++) {
    const post = input.posts[p]!;
    slotStart[p + 1] = slotStart[p]! + post.slotCosts.length;
    fixed[p] = post.fixed ?? 0;
  }
  const slotCost = new Float64Array(slotStart[P]!);
  for (let p = 0; p < P; p++) slotCost.set(input.posts[p]!.slotCosts, slotStart[p]!);
  const optStart = new Int32Array(N + 1);
  const home = new Int32Array(N);
  for (let e = 0; e < N; e++) {
    const employee = input.employees[e]!;
    optStart[e + 1] = optStart[e]! + employee.options.length;
    home[e] = employee.home ?? -1;
  }
  const optPost = new Int32Array(optStart[N]!);
  const optCost = new Float64Array(optStart[N]!);
  for (let e = 0; e < N; e++) {
    let k = optStart[e]!;
    for (const [post, cost] of input.employees[e]!.options) {
      optPost[k] = post;
      optCost[k] = cost;
      k++;
    }
  }
  const problem: PlanningProblem = {
    postCount: P, fixed, slotStart, slotCost, employeeCount: N, home, optStart, optPost, optCost,
    ...(input.posts.some((p) => p.id !== undefined) ? { postIds: input.posts.map((p, i) => p.id ?? String(i)) } : {}),
    ...(input.employees.some((e) => e.id !== undefined) ? { employeeIds: input.employees.map((e, i) => e.id ?? String(i)) } : {}),
  };
  const issues = validateProblem(problem);
  if (issues.length > 0) throw new PlanningProblemError(issues);
  return problem;
}

const isCost = (v: number): boolean => Number.isInteger(v) && Math.abs(v) <= MAX_COST;

/**
 * Checks the invariants the solver relies on, in linear time: array lengths and offsets, integer costs in
 * the safe range, non-decreasing slot costs (convexity), option posts in range and not repeated,
 * non-negative option costs, a cost of 0 for the home post. Returns the issues (empty when valid).
 */
export function validateProblem(problem: PlanningProblem): ProblemIssue[] {
  const issues: ProblemIssue[] = [];
  const { postCount: P, employeeCount: N, slotStart, slotCost, optStart, optPost, optCost, home } = problem;
  const add = (path: string, message: string): void => {
    if (issues.length < 1000) issues.push({ path, message });
  };
  if (problem.fixed.length !== P) add('fixed', `length ${problem.fixed.length}, expected ${P} (one per post)`);
  if (slotStart.length !== P + 1 || slotStart[0] !== 0 || slotStart[P] !== slotCost.length) {
    add('slotStart', `must have ${P + 1} offsets from 0 to ${slotCost.length}`);
    return issues;
  }
  if (home.length !== N) add('home', `length ${home.length}, expected ${N} (one per employee)`);
  if (optStart.length !== N + 1 || optStart[0] !== 0 || optStart[N] !== optPost.length || optPost.length !== optCost.length) {
    add('optStart', `must have ${N + 1} offsets from 0 to ${optPost.length}, with optCost as long as optPost`);
    return issues;
  }
  if (N + slotCost.length > 4_000_000) add('(problem)', 'more than 4,000,000 employees + slots: sums may lose exactness');
  for (let p = 0; p < P; p++) {
    const from = slotStart[p]!, to = slotStart[p + 1]!;
    if (to < from) add(`posts[${p}]`, 'slot offsets decrease');
    if (problem.fixed[p]! < 0) add(`posts[${p}].fixed`, 'must be >= 0');
    for (let s = from; s < to; s++) {
      const c = slotCost[s]!;
      if (!isCost(c)) add(`posts[${p}].slotCosts[${s - from}]`, `must be an integer in [-${MAX_COST}, ${MAX_COST}], got ${c}`);
      else if (s > from && c < slotCost[s - 1]!) {
        add(`posts[${p}].slotCosts[${s - from}]`, `${c} is below the previous slot's ${slotCost[s - 1]}: slot costs must not decrease (convex penalty)`);
      }
    }
  }
  const seenAt = new Int32Array(P).fill(-1);
  for (let e = 0; e < N; e++) {
    const from = optStart[e]!, to = optStart[e + 1]!;
    if (to < from) {
      add(`employees[${e}]`, 'option offsets decrease');
      continue;
    }
    const h = home[e]!;
    if (!Number.isInteger(h) || h < -1 || h >= P) add(`employees[${e}].home`, `must be a post index in [0, ${P}) or unplaced, got ${h}`);
    for (let k = from; k < to; k++) {
      const q = optPost[k]!, c = optCost[k]!;
      const at = `employees[${e}].options[${k - from}]`;
      if (q < 0 || q >= P) {
        add(at, `post ${q} does not exist (${P} posts)`);
        continue;
      }
      if (seenAt[q] === e) add(at, `post ${q} is listed twice`);
      seenAt[q] = e;
      if (!isCost(c) || c < 0) add(at, `cost must be an integer in [0, ${MAX_COST}], got ${c}`);
      else if (q === h && c !== 0) add(at, `the home post must cost 0, got ${c}`);
    }
  }
  if (problem.postIds !== undefined && problem.postIds.length !== P) add('postIds', `length ${problem.postIds.length}, expected ${P}`);
  if (problem.employeeIds !== undefined && problem.employeeIds.length !== N) add('employeeIds', `length ${problem.employeeIds.length}, expected ${N}`);
  return issues;
}

/** Index of employee e's option at post q (an index into optPost/optCost), or -1. */
export function optionIndex(problem: PlanningProblem, e: number, q: number): number {
  for (let k = problem.optStart[e]!, end = problem.optStart[e + 1]!; k < end; k++) if (problem.optPost[k] === q) return k;
  return -1;
}

export interface AssignmentValue {
  /** The objective (without any move price), in integer points. */
  objective: number;
  /** Employees assigned elsewhere than their home (placing an unplaced employee counts as a move). */
  moves: number;
}

/**
 * The objective and the number of moves of a complete assignment, in linear time.
 * Throws a RangeError if a post is not among the employee's options or a post gets more people than slots.
 */
export function evaluateAssignment(problem: PlanningProblem, assignment: Int32Array): AssignmentValue {
  const { postCount: P, employeeCount: N, slotStart, slotCost } = problem;
  if (assignment.length !== N) throw new RangeError(`assignment has ${assignment.length} entries for ${N} employees`);
  const n = new Int32Array(P);
  let objective = 0, moves = 0;
  for (let e = 0; e < N; e++) {
    const q = assignment[e]!;
    const k = q >= 0 && q < P ? optionIndex(problem, e, q) : -1;
    if (k < 0) throw new RangeError(`employee ${e}: post ${q} is not one of its options`);
    objective += problem.optCost[k]!;
    if (q !== problem.home[e]) moves++;
    n[q]!++;
  }
  for (let p = 0; p < P; p++) {
    const from = slotStart[p]!;
    if (n[p]! > slotStart[p + 1]! - from) throw new RangeError(`post ${p}: ${n[p]} people for ${slotStart[p + 1]! - from} slots`);
    for (let s = from, end = from + n[p]!; s < end; s++) objective += slotCost[s]!;
  }
  return { objective, moves };
}

export const PLANNING_PROBLEM_FORMAT = 'seimbang-planning-problem';
export const PLANNING_PROBLEM_VERSION = 1;

/** A plan stored with its problem: the assignment, its objective, and the move price it was solved with. */
export interface PlanJson {
  /** Post index per employee, in employee order. */
  assignment: number[];
  /** Objective of the assignment without the move price (see the file header). */
  objective: number;
  /** Price per move the plan was optimised with (default 0). */
  movePrice?: number;
  /** Number of employees not at their home post. */
  moves?: number;
}

/** The file form, documented in docs/planning-problem.md. */
export interface PlanningProblemJson {
  format: typeof PLANNING_PROBLEM_FORMAT;
  version: typeof PLANNING_PROBLEM_VERSION;
  posts: Array<{ id?: string; fixed: number; slotCosts: number[] }>;
  employees: Array<{ id?: string; home: number | null; options: Array<[number, number]> }>;
  plan?: PlanJson;
}

export interface StoredPlan {
  assignment: Int32Array;
  objective: number;
  movePrice: number;
}

/** Writes the file form of a problem, with a plan if given. */
export function toJson(problem: PlanningProblem, plan?: { assignment: Int32Array; objective: number; movePrice?: number; moves?: number }): PlanningProblemJson {
  const posts: PlanningProblemJson['posts'] = [];
  for (let p = 0; p < problem.postCount; p++) {
    const slotCosts = Array.from(problem.slotCost.subarray(problem.slotStart[p]!, problem.slotStart[p + 1]!));
    const id = problem.postIds?.[p];
    posts.push(id === undefined ? { fixed: problem.fixed[p]!, slotCosts } : { id, fixed: problem.fixed[p]!, slotCosts });
  }
  const employees: PlanningProblemJson['employees'] = [];
  for (let e = 0; e < problem.employeeCount; e++) {
    const options: Array<[number, number]> = [];
    for (let k = problem.optStart[e]!; k < problem.optStart[e + 1]!; k++) options.push([problem.optPost[k]!, problem.optCost[k]!]);
    const home = problem.home[e]! < 0 ? null : problem.home[e]!;
    const id = problem.employeeIds?.[e];
    employees.push(id === undefined ? { home, options } : { id, home, options });
  }
  const json: PlanningProblemJson = { format: PLANNING_PROBLEM_FORMAT, version: PLANNING_PROBLEM_VERSION, posts, employees };
  if (plan !== undefined) {
    json.plan = { assignment: Array.from(plan.assignment), objective: plan.objective };
    if (plan.movePrice !== undefined && plan.movePrice !== 0) json.plan.movePrice = plan.movePrice;
    if (plan.moves !== undefined) json.plan.moves = plan.moves;
  }
  return json;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `"${v.slice(0, 40)}"` : typeof v === 'object' ? 'an object' : String(v));

/**
 * Reads the file form: checks the shape, then the problem's invariants (convexity, costs, references),
 * then the plan if present (valid assignment, objective and moves that match it).
 * Throws PlanningProblemError listing each issue as `path: message`.
 */
export function fromJson(data: unknown): { problem: PlanningProblem; plan?: StoredPlan } {
  const issues: ProblemIssue[] = [];
  const add = (path: string, message: string): void => {
    if (issues.length < 1000) issues.push({ path, message });
  };
  const fail = (): never => {
    throw new PlanningProblemError(issues);
  };
  if (!isObject(data)) {
    add('(document)', `expected an object, got ${describe(data)}`);
    return fail();
  }
  if (data.format !== PLANNING_PROBLEM_FORMAT) add('format', `expected "${PLANNING_PROBLEM_FORMAT}", got ${describe(data.format)}`);
  if (data.version !== PLANNING_PROBLEM_VERSION) add('version', `expected ${PLANNING_PROBLEM_VERSION}, got ${describe(data.version)}`);
  if (!Array.isArray(data.posts)) add('posts', `expected an array, got ${describe(data.posts)}`);
  if (!Array.isArray(data.employees)) add('employees', `expected an array, got ${describe(data.employees)}`);
  if (issues.length > 0) return fail();
  const posts = data.posts as unknown[];
  const employees = data.employees as unknown[];
  const checkId = (v: unknown, at: string): void => {
    if (v !== undefined && typeof v !== 'string') add(`${at}.id`, `expected a string, got ${describe(v)}`);
  };
  const isNumberArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');
  posts.forEach((post, p) => {
    const at = `posts[${p}]`;
    if (!isObject(post)) return add(at, `expected an object, got ${describe(post)}`);
    checkId(post.id, at);
    if (post.fixed !== undefined && !(Number.isInteger(post.fixed) && (post.fixed as number) >= 0)) add(`${at}.fixed`, `expected an integer >= 0, got ${describe(post.fixed)}`);
    if (!isNumberArray(post.slotCosts)) add(`${at}.slotCosts`, 'expected an array of numbers');
  });
  employees.forEach((employee, e) => {
    const at = `employees[${e}]`;
    if (!isObject(employee)) return add(at, `expected an object, got ${describe(employee)}`);
    checkId(employee.id, at);
    if (employee.home !== null && !Number.isInteger(employee.home)) add(`${at}.home`, `expected a post index or null, got ${describe(employee.home)}`);
    if (!Array.isArray(employee.options)) return add(`${at}.options`, `expected an array, got ${describe(employee.options)}`);
    employee.options.forEach((option: unknown, i: number) => {
      if (!(isNumberArray(option) && option.length === 2 && Number.isInteger(option[0]))) {
        add(`${at}.options[${i}]`, `expected [post index, cost], got ${JSON.stringify(option)?.slice(0, 40)}`);
      }
    });
  });
  if (issues.length > 0) return fail();
  const problem = createProblem({ posts: posts as PlanningProblemInput['posts'], employees: employees as PlanningProblemInput['employees'] });
  if (data.plan === undefined) return { problem };
  const plan = data.plan;
  if (!isObject(plan)) {
    add('plan', `expected an object, got ${describe(plan)}`);
    return fail();
  }
  const N = problem.employeeCount;
  if (!(Array.isArray(plan.assignment) && plan.assignment.length === N && plan.assignment.every((q) => Number.isInteger(q)))) {
    add('plan.assignment', `expected ${N} post indices, one per employee`);
  }
  if (!(typeof plan.objective === 'number' && Number.isInteger(plan.objective))) add('plan.objective', `expected an integer, got ${describe(plan.objective)}`);
  const movePrice = plan.movePrice ?? 0;
  if (!(typeof movePrice === 'number' && Number.isInteger(movePrice) && movePrice >= 0 && movePrice <= MAX_COST)) add('plan.movePrice', `expected an integer in [0, ${MAX_COST}], got ${describe(movePrice)}`);
  if (issues.length > 0) return fail();
  const assignment = Int32Array.from(plan.assignment as number[]);
  let value: AssignmentValue;
  try {
    value = evaluateAssignment(problem, assignment);
  } catch (error) {
    add('plan.assignment', error instanceof Error ? error.message : String(error));
    return fail();
  }
  if (value.objective !== plan.objective) add('plan.objective', `${plan.objective} differs from the objective of plan.assignment (${value.objective})`);
  if (plan.moves !== undefined && plan.moves !== value.moves) add('plan.moves', `${describe(plan.moves)} differs from the moves of plan.assignment (${value.moves})`);
  if (issues.length > 0) return fail();
  return { problem, plan: { assignment, objective: value.objective, movePrice: movePrice as number } };
}
