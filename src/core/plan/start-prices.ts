/**
 * Post prices to start the solver from. The price lambda_p of a post is what one more person there
 * costs the objective at the margin; at the optimum every employee sits at a post minimising
 * cost(e, q) + lambda_q. Good starting prices leave only the people who really move with work to do.
 */
import { NodeHeap } from './heap';
import type { PlanningProblem } from './problem';

/**
 * Prices within [last used slot, next slot] of each post, as close as possible to `wish` (a previous
 * solve's prices), else at the next slot (Infinity for a full post). Starting high means that lowering
 * them (see PriceLowering) gives up as few slots as possible.
 */
export function clampedPrices(problem: PlanningProblem, used: Int32Array, wish?: Float64Array): Float64Array {
  const { postCount: P, slotStart, slotCost } = problem;
  const price = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    const from = slotStart[p]!, cap = slotStart[p + 1]! - from;
    const lo = used[p]! > 0 ? slotCost[from + used[p]! - 1]! : -Infinity;
    const hi = used[p]! < cap ? slotCost[from + used[p]!]! : Infinity;
    const w = wish?.[p];
    price[p] = w !== undefined && Number.isFinite(w) ? Math.min(Math.max(w, lo), hi) : hi;
  }
  return price;
}

/**
 * Lowers prices (never raises them) until every placed employee's current post is among its cheapest
 * options, for each constraint price[x(e)] <= price[q] + cost(e,q) - cost(e,x(e)) whose slack term is
 * non-negative. The highest such prices are shortest-path labels over the posts: a Dijkstra, O(M log P).
 * A post whose price falls below its last used slot then gives slots up, leaving it with excess people:
 * one unit per slot given up, however many of its people were tempted away.
 */
export class PriceLowering {
  /** For each post q, the constraints (employee, option arc to q) that bound the price of e's post. */
  private readonly inStart: Int32Array;
  private readonly inArc: Int32Array;
  private readonly inOwner: Int32Array;
  private readonly done: Int32Array;
  private round = 0;

  constructor(
    private readonly problem: PlanningProblem,
    private readonly arcCost: Float64Array,
    private readonly startArc: Int32Array,
  ) {
    const { postCount: P, employeeCount: N, optStart, optPost } = problem;
    const inStart = new Int32Array(P + 1);
    const binding = (e: number, k: number): boolean => {
      const own = startArc[e]!;
      return k !== own && arcCost[k]! >= arcCost[own]! && arcCost[k] !== Infinity;
    };
    for (let e = 0; e < N; e++) {
      if (startArc[e]! < 0) continue;
      for (let k = optStart[e]!, end = optStart[e + 1]!; k < end; k++) if (binding(e, k)) inStart[optPost[k]! + 1]!++;
    }
    for (let p = 0; p < P; p++) inStart[p + 1]! += inStart[p]!;
    const fill = inStart.slice(0, P);
    this.inArc = new Int32Array(inStart[P]!);
    this.inOwner = new Int32Array(inStart[P]!);
    for (let e = 0; e < N; e++) {
      if (startArc[e]! < 0) continue;
      for (let k = optStart[e]!, end = optStart[e + 1]!; k < end; k++) {
        if (!binding(e, k)) continue;
        const at = fill[optPost[k]!]!++;
        this.inArc[at] = k;
        this.inOwner[at] = e;
      }
    }
    this.inStart = inStart;
    this.done = new Int32Array(P);
  }

  /**
   * Lowers `price` in place to the highest prices below it that satisfy every constraint, assuming the
   * constraints already hold except around the posts in `changed` (all posts when omitted).
   * Returns the posts whose price fell.
   */
  lower(price: Float64Array, changed?: ArrayLike<number>): number[] {
    const { postCount: P, optPost } = this.problem;
    const { inStart, inArc, inOwner, done, arcCost, startArc } = this;
    const round = ++this.round;
    const heap = new NodeHeap(P, price);
    const fell: number[] = [];
    if (changed === undefined) for (let p = 0; p < P; p++) heap.update(p);
    else for (let i = 0; i < changed.length; i++) heap.update(changed[i]!);
    while (heap.size > 0) {
      const q = heap.pop();
      done[q] = round;
      const pq = price[q]!;
      for (let i = inStart[q]!, end = inStart[q + 1]!; i < end; i++) {
        const e = inOwner[i]!, own = startArc[e]!, h = optPost[own]!;
        const bound = pq + arcCost[inArc[i]!]! - arcCost[own]!;
        if (bound < price[h]! && done[h] !== round) {
          price[h] = bound;
          heap.update(h);
          fell.push(h);
        }
      }
    }
    return fell;
  }
}
