/**
 * Proposing a plan: build the problem from the scenario, solve it exactly, check the certificate, and
 * describe the result as moves with their explanations and the balance before and after.
 */
import { analyseBalance, toBalanceInput, type BalanceMetrics, type BalanceReport } from '../balance';
import type { IsoDate } from '../dates';
import type { Scenario } from '../scenario/schema';
import { buildProblem, NO_DECISIONS, type BuiltProblem, type PlanDecisions, type PlanWindow } from './build';
import { checkCertificate } from './certificate';
import { postMarginals, postPenalty, type CostWeights } from './costs';
import { explainMoves, type MoveExplanation } from './explain';
import { frontier, planWithinBudget, type FrontierPoint } from './frontier';
import { solve, type SolveResult } from './solver';

export interface PlanOptions {
  planDate: IsoDate;
  decisions?: PlanDecisions;
  /** Integer points added to every move; 0 gives the unconstrained optimum. Ignored when maxMoves is set. */
  movePrice?: number;
  /** At most this many moves (forced ones included); null or absent for no cap. */
  maxMoves?: number | null;
  /** Plan temporary assignments for a demand-spike window (the plan date is then the window's start). */
  window?: PlanWindow | null;
  weights?: CostWeights;
}

export interface PlanResult {
  planDate: IsoDate;
  movePrice: number;
  /**
   * Objective of the plan in integer points: the penalty of every post's headcount (people held by
   * rules included) plus the move costs. Comparable across decisions on the same scenario.
   */
  objective: number;
  /** The solver's objective (penalty above the people held in place + move costs), as certified. */
  solverObjective: number;
  /** Objective of leaving everyone where they are, on the same scale. */
  objectiveToday: number;
  moves: MoveExplanation[];
  /** Post id of every scenario employee after the plan (null when unplaced). */
  postAfter: (string | null)[];
  before: BalanceReport;
  after: BalanceReport;
  certificate: { ok: boolean; problems: string[] };
  /** Set when a move cap applied: whether the plan is proven best within it, and a lower bound on any plan within it. */
  budget: { maxMoves: number; exact: boolean; lowerBound: number } | null;
  movable: number;
  fixed: number;
  /** NIPs of unplaced people who have nowhere they are allowed to go. */
  unplaceable: string[];
  stats: SolveResult['stats'];
}

/** Balance metrics of the scenario with people at `postAfter` (post ids, or null). */
export function balanceWith(s: Scenario, postAfter: readonly (string | null)[]): BalanceReport {
  const input = toBalanceInput(s);
  const postIndex = new Map(s.posts.map((p, i) => [p.id, i]));
  postAfter.forEach((id, i) => (input.employeePost[i] = id === null ? -1 : (postIndex.get(id) ?? -1)));
  return analyseBalance(input);
}

/** Value of today's assignment in the problem's objective (home posts, unplaced people left out). */
function objectiveOfToday(built: BuiltProblem): number {
  const { problem } = built;
  const count = new Int32Array(problem.postCount);
  for (let e = 0; e < problem.employeeCount; e++) if (problem.home[e]! >= 0) count[problem.home[e]!]! += 1;
  let total = 0;
  for (let p = 0; p < problem.postCount; p++) {
    for (let k = 0; k < count[p]!; k++) total += problem.slotCost[problem.slotStart[p]! + k]!;
  }
  return total;
}

/**
 * What the solver's objective leaves out as a constant: the penalty of every post when empty, P_p(0)
 * (rounded), plus the marginals of the people held in place. With it the objective reads as the total
 * penalty of all posts plus move costs: 0 would be every post staffed exactly to need with no move.
 */
function heldPenalty(built: BuiltProblem): number {
  let total = 0;
  for (let p = 0; p < built.fixed.length; p++) {
    total += Math.round(postPenalty(0, built.need[p]!, built.weights));
    if (built.fixed[p]! > 0) for (const m of postMarginals(built.need[p]!, 0, built.fixed[p]!, built.weights)) total += m;
  }
  return total;
}

/** Proposes the optimal plan for the options; deterministic for the same scenario and options. */
export function proposePlan(s: Scenario, options: PlanOptions): PlanResult {
  const built = buildProblem(s, {
    planDate: options.window?.start ?? options.planDate, window: options.window ?? null,
    decisions: options.decisions ?? NO_DECISIONS, ...(options.weights ? { weights: options.weights } : {}),
  });
  let budget: PlanResult['budget'] = null;
  let result: SolveResult;
  const held = heldPenalty(built);
  if (options.maxMoves !== undefined && options.maxMoves !== null) {
    const within = planWithinBudget(built.problem, Math.max(0, options.maxMoves));
    result = within.result;
    budget = { maxMoves: options.maxMoves, exact: within.exact, lowerBound: within.lowerBound + held };
  } else {
    result = solve(built.problem, { movePrice: options.movePrice ?? 0 });
  }
  const certificate = checkCertificate(built.problem, result);
  const postAfter = s.employees.map((e) => e.postId);
  for (let e = 0; e < built.movable.length; e++) postAfter[built.movable[e]!] = s.posts[result.assignment[e]!]!.id;
  const before = analyseBalance(toBalanceInput(s));
  const after = balanceWith(s, postAfter);
  return {
    planDate: built.planDate,
    movePrice: result.movePrice,
    objective: result.objective + held,
    solverObjective: result.objective,
    objectiveToday: objectiveOfToday(built) + held,
    moves: explainMoves(s, built, result, before, after),
    postAfter,
    before,
    after,
    certificate,
    budget,
    movable: built.movable.length,
    fixed: s.employees.length - built.movable.length,
    unplaceable: built.unplaceable.map((i) => s.employees[i]!.nip),
    stats: result.stats,
  };
}

export type { BalanceMetrics };

/** The frontier of moves against balance for the scenario, objectives on the plan's absolute scale. */
export function planFrontier(s: Scenario, options: Omit<PlanOptions, 'movePrice' | 'maxMoves'>): FrontierPoint[] {
  const built = buildProblem(s, {
    planDate: options.window?.start ?? options.planDate, window: options.window ?? null,
    decisions: options.decisions ?? NO_DECISIONS, ...(options.weights ? { weights: options.weights } : {}),
  });
  const held = heldPenalty(built);
  return frontier(built.problem).map((p) => ({ ...p, objective: p.objective + held }));
}

/**
 * The plan's moves as planned-transfer events, so that the simulation shows their effect: temporary
 * moves end with their window and people return to their home post.
 */
export function transfersOf(moves: readonly MoveExplanation[], idPrefix: string): Scenario['events'] {
  return moves.map((m, i) => ({
    id: `${idPrefix}-${i + 1}`, type: 'planned-transfer' as const, nip: m.nip, toPostId: m.toPostId, start: m.effective, end: m.endDate,
  }));
}
