/**
 * Proposing a plan: build the problem from the scenario, solve it exactly, check the certificate, and
 * describe the result as moves with their explanations and the balance before and after.
 */
import { analyseBalance, toBalanceInput, type BalanceMetrics, type BalanceReport } from '../balance';
import type { IsoDate } from '../dates';
import type { Scenario } from '../scenario/schema';
import { buildProblem, NO_DECISIONS, type BuiltProblem, type PlanDecisions } from './build';
import { checkCertificate } from './certificate';
import { postMarginals, type CostWeights } from './costs';
import { explainMoves, type MoveExplanation } from './explain';
import { solve, type SolveResult } from './solver';

export interface PlanOptions {
  planDate: IsoDate;
  decisions?: PlanDecisions;
  /** Integer points added to every move; 0 gives the unconstrained optimum. */
  movePrice?: number;
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

/** Penalty points of the people held in place, which the solver's objective leaves out as a constant. */
function heldPenalty(built: BuiltProblem): number {
  let total = 0;
  for (let p = 0; p < built.fixed.length; p++) {
    if (built.fixed[p]! > 0) for (const m of postMarginals(built.need[p]!, 0, built.fixed[p]!, built.weights)) total += m;
  }
  return total;
}

/** Proposes the optimal plan for the options; deterministic for the same scenario and options. */
export function proposePlan(s: Scenario, options: PlanOptions): PlanResult {
  const built = buildProblem(s, { planDate: options.planDate, decisions: options.decisions ?? NO_DECISIONS, ...(options.weights ? { weights: options.weights } : {}) });
  const movePrice = options.movePrice ?? 0;
  const result = solve(built.problem, { movePrice });
  const certificate = checkCertificate(built.problem, result);
  const held = heldPenalty(built);
  const postAfter = s.employees.map((e) => e.postId);
  for (let e = 0; e < built.movable.length; e++) postAfter[built.movable[e]!] = s.posts[result.assignment[e]!]!.id;
  const before = analyseBalance(toBalanceInput(s));
  const after = balanceWith(s, postAfter);
  return {
    planDate: options.planDate,
    movePrice,
    objective: result.objective + held,
    solverObjective: result.objective,
    objectiveToday: objectiveOfToday(built) + held,
    moves: explainMoves(s, built, result, before, after),
    postAfter,
    before,
    after,
    certificate,
    movable: built.movable.length,
    fixed: s.employees.length - built.movable.length,
    unplaceable: built.unplaceable.map((i) => s.employees[i]!.nip),
    stats: result.stats,
  };
}

export type { BalanceMetrics };
