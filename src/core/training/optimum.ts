/**
 * The best plan an exercise allows: the planner's exact solve under the move budget (frontier.ts),
 * on a problem that offers every qualified post (so the trainee can choose nothing the planner
 * could not), with the planner's explanations of each move.
 */
import type { BalanceMetrics } from '../balance';
import { buildProblem } from '../plan/build';
import { explainMoves, type MoveExplanation } from '../plan/explain';
import { planWithinBudget } from '../plan/frontier';
import type { TrainingTask } from './derive';
import { balanceAfter, objectiveOf, taskNeed, type Objective, type TraineeMove } from './evaluate';

export interface TrainingOptimum {
  moves: TraineeMove[];
  objective: Objective;
  /** True when the plan is proven best among plans within the budget. */
  exact: boolean;
  /** No plan within the budget can have an objective below this (equal to the objective when exact). */
  lowerBound: number;
  explanations: MoveExplanation[];
  metrics: BalanceMetrics;
  /** The planner's own objective for the plan, for the check that both sums agree. */
  plannerObjective: number;
}

/**
 * Solves the exercise exactly within its budget. When the budget falls between two corners of the
 * frontier, the plan is the best corner within it and `lowerBound` is the Lagrangian bound.
 */
export function trainingOptimum(task: TrainingTask): TrainingOptimum {
  const s = task.scenario;
  const built = buildProblem(s, { planDate: task.planDate, window: task.window, candidatePosts: Number.POSITIVE_INFINITY });
  const within = planWithinBudget(built.problem, task.budget);
  const moves: TraineeMove[] = [];
  for (let e = 0; e < built.movable.length; e++) {
    const q = within.result.assignment[e]!;
    if (q !== built.problem.home[e]) moves.push({ nip: s.employees[built.movable[e]!]!.nip, toPostId: s.posts[q]!.id });
  }
  const need = taskNeed(task);
  const objective = objectiveOf(task, moves, need);
  // The solver's objective leaves out what nobody can change: the penalty of the people held in place
  // and of empty posts. That constant is the same for every plan, so it is today's difference.
  const today = objectiveOf(task, [], need).total;
  const solverToday = solverValueOfToday(built.problem);
  const constant = today - solverToday;
  const before = balanceAfter(task, []);
  const after = balanceAfter(task, moves);
  return {
    moves,
    objective,
    exact: within.exact,
    lowerBound: within.exact ? objective.total : within.lowerBound + constant,
    explanations: explainMoves(s, built, within.result, before, after),
    metrics: after.metrics,
    plannerObjective: within.result.objective + constant,
  };
}

/** The solver's objective of leaving every movable person at home. */
function solverValueOfToday(problem: ReturnType<typeof buildProblem>['problem']): number {
  const count = new Int32Array(problem.postCount);
  for (let e = 0; e < problem.employeeCount; e++) if (problem.home[e]! >= 0) count[problem.home[e]!]! += 1;
  let total = 0;
  for (let p = 0; p < problem.postCount; p++) for (let k = 0; k < count[p]!; k++) total += problem.slotCost[problem.slotStart[p]! + k]!;
  return total;
}
