/**
 * Moves versus balance. A price per move turns "at most K moves" into a sequence of ordinary exact
 * solves: the plan found at price mu minimises objective + mu x moves, so it is the best plan among
 * all plans with as many moves as it has (a corner of the frontier). For a budget between corners,
 * the best corner within the budget is returned with a Lagrangian lower bound on what any plan
 * within the budget could reach.
 */
import type { PlanningProblem } from './problem';
import { solve, type SolveResult } from './solver';

export interface FrontierPoint {
  movePrice: number;
  moves: number;
  /** Objective without the move price, as certified for this point. */
  objective: number;
}

export interface BudgetResult {
  result: SolveResult;
  /** True when the plan is a proven optimum among plans with at most `maxMoves` moves. */
  exact: boolean;
  /** No plan with at most `maxMoves` moves has an objective below this. */
  lowerBound: number;
  points: FrontierPoint[];
}

/** A price above which no move can pay for itself: the widest spread of slot costs plus one. */
export function priceCeiling(problem: PlanningProblem): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of problem.slotCost) {
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  return Number.isFinite(lo) ? Math.max(1, Math.ceil(hi - lo) + 1) : 1;
}

function point(r: SolveResult): FrontierPoint {
  return { movePrice: r.movePrice, moves: r.moves, objective: r.objective };
}

/**
 * Solves at one price, warm-started from a neighbouring solution when given.
 * Unplaced people who must be placed count as moves at every price.
 */
function solveAt(problem: PlanningProblem, movePrice: number, near?: SolveResult): SolveResult {
  return solve(problem, near ? { movePrice, start: near.assignment, startPotentials: near.potentials } : { movePrice });
}

/**
 * The corners of the frontier between price 0 (most moves) and the ceiling (fewest), by recursive
 * splitting at the price where two known corners tie (rounded to integers, as costs are integers).
 * `maxSolves` bounds the work; every point returned is exact for its number of moves.
 */
export function frontier(problem: PlanningProblem, maxSolves = 40): FrontierPoint[] {
  const low = solveAt(problem, 0);
  const high = solveAt(problem, priceCeiling(problem), low);
  const found = new Map<number, SolveResult>([[low.moves, low], [high.moves, high]]);
  let solves = 2;
  const split = (a: SolveResult, b: SolveResult): void => {
    // a has more moves (lower price) than b.
    if (a.moves <= b.moves + 1 || solves >= maxSolves) return;
    const tie = (b.objective - a.objective) / (a.moves - b.moves);
    const prices = [...new Set([Math.floor(tie), Math.ceil(tie)])].filter((mu) => mu > a.movePrice && mu < b.movePrice);
    for (const mu of prices) {
      if (solves >= maxSolves) return;
      const mid = solveAt(problem, mu, a);
      solves++;
      if (found.has(mid.moves)) continue;
      found.set(mid.moves, mid);
      split(a, mid);
      split(mid, b);
      return;
    }
  };
  split(low, high);
  return [...found.values()].map(point).sort((x, y) => y.moves - x.moves);
}

/**
 * The best plan found with at most `maxMoves` moves: the lowest price whose optimum fits the budget,
 * found by bisection over integer prices. `exact` when that plan uses the budget's corner exactly
 * (no plan with fewer or equal moves can be better), otherwise a lower bound says how far it may be.
 */
export function planWithinBudget(problem: PlanningProblem, maxMoves: number): BudgetResult {
  const points: FrontierPoint[] = [];
  let best = solveAt(problem, 0);
  points.push(point(best));
  if (best.moves <= maxMoves) return { result: best, exact: true, lowerBound: best.objective, points };
  let loPrice = 0; // too many moves at this price
  let hiPrice = priceCeiling(problem);
  let hiResult = solveAt(problem, hiPrice, best);
  points.push(point(hiResult));
  while (hiPrice - loPrice > 1) {
    const mid = Math.floor((loPrice + hiPrice) / 2);
    const r = solveAt(problem, mid, hiResult);
    points.push(point(r));
    if (r.moves <= maxMoves) {
      hiPrice = mid;
      hiResult = r;
    } else {
      loPrice = mid;
    }
  }
  best = hiResult;
  // Lagrangian bound: for any plan x with m(x) <= K, f(x) >= f_i + mu_i (m_i - K) for every solved point i.
  let lowerBound = -Infinity;
  for (const p of points) lowerBound = Math.max(lowerBound, p.objective + p.movePrice * (p.moves - maxMoves));
  return { result: best, exact: best.moves === maxMoves || lowerBound >= best.objective, lowerBound: Math.min(lowerBound, best.objective), points };
}
