/**
 * Scoring a trainee's plan against the exercise's optimum, on the planner's objective (integer points):
 *
 *     score = 100 x (objective(start) - objective(trainee)) / (objective(start) - objective(optimum))
 *
 * so the optimum scores exactly 100, doing nothing 0, a plan worse than the start below 0 (never
 * clamped). When the start is already optimal there is nothing to gain: the score is 100 for a plan as
 * good as the start and null otherwise (the gap in points says by how much it is worse).
 */
import type { BalanceMetrics } from '../balance';
import type { CostBreakdown } from '../plan/costs';
import type { TrainingTask } from './derive';
import { balanceAfter, checkMove, moveCost, objectiveOf, postIndexAfter, postPenaltyPoints, taskNeed, type Refusal, type TraineeMove } from './evaluate';
import type { TrainingOptimum } from './optimum';

/** Score from three objectives; see the module comment. */
export function scoreFromObjectives(start: number, trainee: number, optimum: number): number | null {
  if (start === optimum) return trainee <= optimum ? 100 : null;
  return (100 * (start - trainee)) / (start - optimum);
}

/** How one end of a move stands with and without it. */
export interface MoveEnd {
  postId: string;
  need: number;
  /** Headcount with every move, and with every move but this one. */
  withMove: number;
  withoutMove: number;
  /** Penalty points this move removes at the post (negative: it adds them). */
  penaltyGain: number;
}

export interface MoveFeedback {
  move: TraineeMove;
  /** Objective without this move minus objective with it, the other moves kept: > 0 helped, 0 neutral, < 0 hurt. */
  gain: number;
  verdict: 'helped' | 'neutral' | 'hurt';
  from: MoveEnd | null;
  to: MoveEnd;
  /** What the move itself costs (part by part; the sum is subtracted from the penalty gains). */
  cost: CostBreakdown;
  /** Whether the optimal plan makes this same move. */
  inOptimum: boolean;
}

export interface PlanScore {
  score: number | null;
  start: number;
  trainee: number;
  optimum: number;
  /** trainee - optimum, points (>= 0 unless the trainee beat a plan not proven optimal). */
  gap: number;
  optimumExact: boolean;
  lowerBound: number;
  metrics: { start: BalanceMetrics; trainee: BalanceMetrics; optimum: BalanceMetrics };
  feedback: MoveFeedback[];
  /** Moves that the rules or the exercise refuse (a valid plan has none); such a plan is not scored. */
  invalid: Array<{ index: number; move: TraineeMove; refusal: Refusal }>;
}

/** Re-checks every move in order, as the sandbox does when they are made. */
export function invalidMoves(task: TrainingTask, moves: readonly TraineeMove[]): PlanScore['invalid'] {
  const out: PlanScore['invalid'] = [];
  const accepted: TraineeMove[] = [];
  moves.forEach((move, index) => {
    const check = checkMove(task, accepted, move.nip, move.toPostId);
    if (check.ok) accepted.push(move);
    else out.push({ index, move, refusal: check.refusal });
  });
  return out;
}

/** Scores the plan and explains each move's marginal effect; pure and deterministic. */
export function scorePlan(task: TrainingTask, moves: readonly TraineeMove[], optimum: TrainingOptimum): PlanScore {
  const s = task.scenario;
  const need = taskNeed(task);
  const invalid = invalidMoves(task, moves);
  const start = objectiveOf(task, [], need).total;
  const trainee = objectiveOf(task, moves, need).total;
  const after = postIndexAfter(s, moves);
  const headcount = new Int32Array(s.posts.length);
  for (const p of after) if (p >= 0) headcount[p]! += 1;
  const postIndex = new Map(s.posts.map((p, i) => [p.id, i]));
  const optimal = new Set(optimum.moves.map((m) => `${m.nip}\u0000${m.toPostId}`));

  const end = (p: number, delta: number): MoveEnd => {
    const n = headcount[p]!;
    return {
      postId: s.posts[p]!.id, need: need[p]!, withMove: n, withoutMove: n + delta,
      penaltyGain: postPenaltyPoints(n + delta, need[p]!) - postPenaltyPoints(n, need[p]!),
    };
  };
  const feedback: MoveFeedback[] = moves.map((move, i) => {
    const without = objectiveOf(task, moves.filter((_, j) => j !== i), need).total;
    const gain = without - trainee;
    const person = s.employees.find((e) => e.nip === move.nip);
    const home = person?.postId === null || person === undefined ? undefined : postIndex.get(person.postId);
    const to = postIndex.get(move.toPostId) ?? 0;
    return {
      move, gain, verdict: gain > 0 ? 'helped' : gain < 0 ? 'hurt' : 'neutral',
      from: home === undefined ? null : end(home, +1),
      to: end(to, -1),
      cost: moveCost(task, move) ?? { disruption: 0, education: 0, experience: 0, performance: 0, willingness: 0, tenure: 0 },
      inOptimum: optimal.has(`${move.nip}\u0000${move.toPostId}`),
    };
  });
  const valid = invalid.length === 0;
  return {
    score: valid ? scoreFromObjectives(start, trainee, optimum.objective.total) : null,
    start, trainee, optimum: optimum.objective.total,
    gap: trainee - optimum.objective.total,
    optimumExact: optimum.exact, lowerBound: optimum.lowerBound,
    metrics: { start: balanceAfter(task, []).metrics, trainee: balanceAfter(task, moves).metrics, optimum: optimum.metrics },
    feedback, invalid,
  };
}
