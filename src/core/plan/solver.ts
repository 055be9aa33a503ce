/**
 * The exact planner: a min-cost flow over employees -> eligible posts -> convex slot arcs -> sink,
 * solved from today's assignment so that the work grows with the number of people who move.
 *
 * Nodes: employee e is node e, post p is node N + p, the sink is node N + P. Potentials pi give reduced
 * costs rc(u, v) = c(u, v) + pi(u) - pi(v) >= 0 on every residual arc. The slot arcs of a post are never
 * stored: with n_p slots in use, the next slot (cost slotCost(p, n_p)) is the arc p -> sink and the last
 * used one is the reverse arc sink -> p (cost -slotCost(p, n_p - 1)). Convexity makes them the only ones
 * that matter. The post's price lambda_p = pi(sink) - pi(p) lies between those two slot costs.
 *
 * Start: from today's assignment, the single moves that pay most are made first (greedy-start.ts);
 * then post prices are chosen (start-prices.ts) so that nearly everyone sits at one of their cheapest
 * options. What is left is a little excess (people without a post, posts with more people than slots
 * in use) and as many deficits (posts with slots in use but nobody in them, and the sink). Then, for
 * each unit of excess: one Dijkstra on reduced costs from it to the nearest deficit, a potential update
 * that makes that path's reduced cost zero, and an augmentation along it (successive shortest paths).
 * Integer costs make every potential an integer: the result is exact whatever the start.
 */
import { PlanFlow } from './flow';
import { MAX_COST, evaluateAssignment, type PlanningProblem } from './problem';
import { improveStart } from './greedy-start';
import { clampedPrices, prepareStart } from './start-prices';

export interface PlanPotentials {
  /** pi of each post; the post's price (shadow cost of one more person there) is `sink - post[p]`. */
  post: Float64Array;
  /** pi of the sink (the solver returns 0). */
  sink: number;
}

export interface SolveOptions {
  /** Integer >= 0 added to the cost of every option that is not the employee's home post. */
  movePrice?: number;
  /** Assignment to start from (default: the home posts). Invalid or over-capacity entries are ignored. */
  start?: Int32Array;
  /** Potentials to start from, e.g. those of a previous result when re-solving with another move price. */
  startPotentials?: PlanPotentials;
  /** A clock in milliseconds; when given, `stats.ms` reports the solve time (core never reads time). */
  clock?: () => number;
}

export interface SolveStats {
  /** Shortest-path searches (one per augmentation). */
  phases: number;
  /** Units of flow sent along augmenting paths. */
  augmentations: number;
  /**
   * Units of work at the start: employees without a post (unplaced, or whose start post is no longer
   * among their cheapest options) plus people beyond the slots their post keeps at its starting price.
   */
  initialExcess: number;
  ms?: number;
}

export interface SolveResult {
  /** Post of each employee. */
  assignment: Int32Array;
  /** Objective of the assignment, without the move price. */
  objective: number;
  /** Employees not at their home post (placing an unplaced employee counts). */
  moves: number;
  /** The move price the assignment is optimal for. */
  movePrice: number;
  /** Optimality certificate: see certificate.ts. */
  potentials: PlanPotentials;
  stats: SolveStats;
}

export type InfeasibleReason = 'no-options' | 'no-slot';

/** The problem has no feasible assignment; `employee` is one who cannot be placed. */
export class InfeasibleProblemError extends Error {
  readonly employee: number;
  readonly reason: InfeasibleReason;
  constructor(employee: number, reason: InfeasibleReason, label?: string) {
    const who = `employee ${employee}${label !== undefined ? ` (${label})` : ''}`;
    super(reason === 'no-options'
      ? `${who} has no post to go to: every option was removed or has no free slot`
      : `${who} cannot be placed: the posts it may go to, and every chain of moves from them, are full`);
    this.name = 'InfeasibleProblemError';
    this.employee = employee;
    this.reason = reason;
  }
}

/**
 * Finds an assignment of minimum objective + movePrice x moves, with its certificate.
 * Starts from today's assignment (or `start`): the work grows with the number of people who move,
 * not with the number of employees. `solve(problem).assignment[e]` is the post of employee e.
 * Throws InfeasibleProblemError when some employee cannot be placed.
 */
export function solve(problem: PlanningProblem, options: SolveOptions = {}): SolveResult {
  const t0 = options.clock?.();
  const { postCount: P, employeeCount: N, slotStart, slotCost, optStart, optPost, optCost, home } = problem;
  const movePrice = options.movePrice ?? 0;
  if (!Number.isInteger(movePrice) || movePrice < 0 || movePrice > MAX_COST) throw new RangeError(`movePrice must be an integer in [0, ${MAX_COST}], got ${movePrice}`);
  const label = (e: number): string | undefined => problem.employeeIds?.[e];

  // Option costs with the move price; an option at a post without slots can never be used.
  const arcCost = new Float64Array(optPost.length);
  const usable = new Int32Array(N);
  for (let e = 0; e < N; e++) {
    for (let k = optStart[e]!, end = optStart[e + 1]!; k < end; k++) {
      const q = optPost[k]!;
      if (slotStart[q + 1] === slotStart[q]) arcCost[k] = Infinity;
      else {
        arcCost[k] = optCost[k]! + (q === home[e] ? 0 : movePrice);
        usable[e]!++;
      }
    }
    if (usable[e] === 0) throw new InfeasibleProblemError(e, 'no-options', label(e));
  }
  const flow = new PlanFlow(problem, arcCost, usable);
  const { used, cap, pi } = flow;

  // Everyone starts at `start` (default: home) where that is an option with a free slot.
  const start = options.start ?? home;
  if (start.length !== N) throw new RangeError(`start has ${start.length} entries for ${N} employees`);
  const startArc = new Int32Array(N).fill(-1);
  for (let e = 0; e < N; e++) {
    const s = start[e]!;
    if (s < 0 || s >= P || used[s]! >= cap[s]!) continue;
    for (let k = optStart[e]!, end = optStart[e + 1]!; k < end; k++) {
      if (optPost[k] === s && arcCost[k] !== Infinity) {
        used[s]!++;
        startArc[e] = k;
        break;
      }
    }
  }
  // Then the single moves that pay most (greedy-start.ts): most of a plan, found cheaply.
  improveStart(problem, arcCost, startArc);
  used.fill(0);
  for (let e = 0; e < N; e++) if (startArc[e]! >= 0) used[optPost[startArc[e]!]!]!++;
  const sp = options.startPotentials;
  let wish: Float64Array | undefined;
  if (sp !== undefined) {
    if (sp.post.length !== P) throw new RangeError(`startPotentials has ${sp.post.length} posts, expected ${P}`);
    wish = new Float64Array(P);
    for (let p = 0; p < P; p++) wish[p] = sp.sink - sp.post[p]!;
  }
  const price = clampedPrices(problem, used, wish);
  const keep = prepareStart(problem, arcCost, startArc, used, price);

  // Employees kept where they start sit at one of their cheapest options; pi(e) may be anywhere in
  // [max over other q of pi(q) - cost, pi(x) - cost]: the low end keeps the reverse arc x -> e out of
  // the searches unless e is nearly indifferent. The others are released: one unit of excess each.
  const excess = new Int32Array(N + P);
  let excessCount = 0, initialExcess = 0;
  for (let p = 0; p < P; p++) pi[N + p] = -price[p]!;
  for (let e = 0; e < N; e++) {
    const own = startArc[e]!;
    let best = Infinity, second = Infinity;
    for (let k = optStart[e]!, end = optStart[e + 1]!; k < end; k++) {
      const v = arcCost[k]! + price[optPost[k]!]!;
      if (v < best) best = v;
      if (k !== own && v < second) second = v;
    }
    if (keep[e] === 1) {
      flow.assign(e, own);
      pi[e] = second === Infinity ? -(arcCost[own]! + price[optPost[own]!]!) : -second;
    } else {
      pi[e] = -best;
      excess[excessCount++] = e;
      initialExcess++;
    }
  }
  let slotsInUse = 0;
  for (let p = 0; p < P; p++) {
    slotsInUse += used[p]!;
    const extra = flow.count[p]! - used[p]!;
    if (extra > 0) {
      excess[excessCount++] = N + p;
      initialExcess += extra;
    }
  }
  flow.sinkDeficit = N - slotsInUse;

  let phases = 0;
  for (let i = 0; i < excessCount; i++) {
    const s = excess[i]!;
    while (flow.excessOf(s) > 0) {
      phases++;
      if (!flow.shortestPaths(s)) {
        const e = s < N ? s : flow.head[s - N]!;
        throw new InfeasibleProblemError(e, 'no-slot', label(e));
      }
      flow.augmentAlongTree(s);
    }
  }

  const potentials = { post: finalPotentials(problem, flow, arcCost, movePrice), sink: 0 };
  const assignment = flow.x;
  const { objective, moves } = evaluateAssignment(problem, assignment);
  const stats: SolveStats = { phases, augmentations: flow.augmentations, initialExcess };
  if (t0 !== undefined) stats.ms = options.clock!() - t0;
  return { assignment, objective, moves, movePrice, potentials, stats };
}

/**
 * Post potentials normalised to pi(sink) = 0. A post without slots never entered the flow: it gets the
 * highest potential (lowest price) at which no employee would rather go there.
 */
function finalPotentials(problem: PlanningProblem, flow: PlanFlow, arcCost: Float64Array, movePrice: number): Float64Array {
  const { postCount: P, employeeCount: N, optStart, optPost, optCost, home } = problem;
  const { pi, cap, x, xArc, sink } = flow;
  const post = new Float64Array(P);
  let closed = false;
  for (let p = 0; p < P; p++) {
    post[p] = pi[N + p]! - pi[sink]!;
    if (cap[p] === 0) {
      post[p] = Infinity;
      closed = true;
    }
  }
  if (!closed) return post;
  for (let e = 0; e < N; e++) {
    // With price = -pi: cost(e, q) + price_q >= own requires pi_q <= cost(e, q) - own.
    const own = arcCost[xArc[e]!]! - post[x[e]!]!;
    for (let k = optStart[e]!, end = optStart[e + 1]!; k < end; k++) {
      const q = optPost[k]!;
      if (cap[q] === 0) post[q] = Math.min(post[q]!, optCost[k]! + (q === home[e] ? 0 : movePrice) - own);
    }
  }
  for (let p = 0; p < P; p++) if (post[p] === Infinity) post[p] = 0;
  return post;
}

