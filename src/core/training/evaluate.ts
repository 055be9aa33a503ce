/**
 * A trainee's plan measured with the planner's own pieces: the same hard rules (rules.ts), the same
 * convex post penalty and move costs (costs.ts), on the same integer scale as the planner's objective.
 */
import { need as needOf } from '../abk';
import { analyseBalance, toBalanceInput, type BalanceReport } from '../balance';
import { spikeFactors } from '../plan/build';
import { DEFAULT_WEIGHTS, moveCostParts, postMarginals, postPenalty, totalCost, type CostBreakdown } from '../plan/costs';
import { moveBlocker, qualificationBlocker, type RuleId } from '../plan/rules';
import type { Scenario } from '../scenario/schema';
import type { TrainingTask } from './derive';

/** One move made by the trainee: a person to a post, with the time it was made (ISO text, optional). */
export interface TraineeMove {
  nip: string;
  toPostId: string;
  at?: string;
}

/** Why a move is refused: a hard rule (with its legal source in RULES), or a condition of the exercise. */
export type Refusal =
  | { kind: 'rule'; rule: RuleId }
  | { kind: 'budget'; budget: number }
  | { kind: 'same-post' }
  | { kind: 'already-moved' }
  | { kind: 'unknown-person' }
  | { kind: 'unknown-post' };

export type MoveCheck = { ok: true } | { ok: false; refusal: Refusal };

/** Need (FTE) of every post on the task's date: workload over WKE, times the demand spikes running in the window. */
export function taskNeed(task: TrainingTask): Float64Array {
  const s = task.scenario;
  const factors = task.window ? spikeFactors(s, task.window.start) : null;
  return Float64Array.from(s.posts, (p, i) => needOf(p.tasks, s.settings.wkeMinutes) * (factors ? factors[i]! : 1));
}

/**
 * Checks one more move against the hard rules, exactly as the planner removes pairs (moveBlocker, then
 * qualificationBlocker), and against the exercise: the budget, one move per person, a different post.
 */
export function checkMove(task: TrainingTask, made: readonly TraineeMove[], nip: string, postId: string): MoveCheck {
  const s = task.scenario;
  const person = s.employees.find((e) => e.nip === nip);
  if (!person) return { ok: false, refusal: { kind: 'unknown-person' } };
  const post = s.posts.find((p) => p.id === postId);
  if (!post) return { ok: false, refusal: { kind: 'unknown-post' } };
  if (made.some((m) => m.nip === nip)) return { ok: false, refusal: { kind: 'already-moved' } };
  if (person.postId === postId) return { ok: false, refusal: { kind: 'same-post' } };
  const rule = moveBlocker(person, task.planDate, s.settings) ?? qualificationBlocker(person, post);
  if (rule !== null) return { ok: false, refusal: { kind: 'rule', rule } };
  if (made.length >= task.budget) return { ok: false, refusal: { kind: 'budget', budget: task.budget } };
  return { ok: true };
}

/** Post index of every employee after the moves (-1 when not placed). Moves naming unknown people or posts are ignored. */
export function postIndexAfter(s: Scenario, moves: readonly TraineeMove[]): Int32Array {
  const postIndex = new Map(s.posts.map((p, i) => [p.id, i]));
  const at = new Map(moves.map((m) => [m.nip, m.toPostId]));
  return Int32Array.from(s.employees, (e) => {
    const id = at.get(e.nip) ?? e.postId;
    return id === null ? -1 : (postIndex.get(id) ?? -1);
  });
}

/** Penalty of n people at a post of need r, exactly as the planner sums it: P(0) rounded plus the integer marginals. */
export function postPenaltyPoints(n: number, need: number): number {
  let total = Math.round(postPenalty(0, need, DEFAULT_WEIGHTS));
  for (const m of postMarginals(need, 0, n, DEFAULT_WEIGHTS)) total += m;
  return total;
}

/** The move cost of one trainee move (integer points, by part), as the planner prices it. */
export function moveCost(task: TrainingTask, move: TraineeMove): CostBreakdown | null {
  const s = task.scenario;
  const person = s.employees.find((e) => e.nip === move.nip);
  const post = s.posts.find((p) => p.id === move.toPostId);
  if (!person || !post) return null;
  const home = person.postId === null ? undefined : s.posts.find((p) => p.id === person.postId);
  return moveCostParts(person, post, home, task.planDate, s.settings, DEFAULT_WEIGHTS);
}

export interface Objective {
  /** Total, in the planner's integer points: penalties of every post plus move costs. */
  total: number;
  penalty: number;
  moveCost: number;
}

/**
 * Objective of the plan made of `moves` (the planner's objective on the same scale: 0 would be every
 * post staffed exactly to need with no move). `objectiveOf(task, [])` is the value of doing nothing.
 */
export function objectiveOf(task: TrainingTask, moves: readonly TraineeMove[], need: Float64Array = taskNeed(task)): Objective {
  const s = task.scenario;
  const headcount = new Int32Array(s.posts.length);
  for (const p of postIndexAfter(s, moves)) if (p >= 0) headcount[p]! += 1;
  let penalty = 0;
  for (let p = 0; p < s.posts.length; p++) penalty += postPenaltyPoints(headcount[p]!, need[p]!);
  let cost = 0;
  for (const m of moves) {
    const parts = moveCost(task, m);
    if (parts) cost += totalCost(parts);
  }
  return { total: penalty + cost, penalty, moveCost: cost };
}

/** Balance (need, headcount, EJ, bands, metrics) after the moves, with the window's demand spikes counted. */
export function balanceAfter(task: TrainingTask, moves: readonly TraineeMove[]): BalanceReport {
  const s = task.scenario;
  const input = toBalanceInput(s);
  if (task.window) {
    const factors = spikeFactors(s, task.window.start);
    input.postWorkload = input.postWorkload.map((w, i) => w * factors[i]!);
  }
  input.employeePost = postIndexAfter(s, moves);
  return analyseBalance(input);
}
