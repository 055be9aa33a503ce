/**
 * Post prices to start the solver from. The price lambda_p of a post is what one more person there
 * costs the objective at the margin; at the optimum every employee sits at a post minimising
 * cost(e, q) + lambda_q. Good starting prices leave only the people who really move with work to do.
 */
import { NodeHeap } from './heap';
import type { PlanningProblem } from './problem';

/**
 * Prices within [last used slot, next slot] of each post, as close as possible to `wish` (a previous
 * solve's prices), else to 0: a post staffed near its need has marginal costs around 0, so equal
 * prices there leave its people where they are.
 */
export function clampedPrices(problem: PlanningProblem, used: Int32Array, wish?: Float64Array): Float64Array {
  const { postCount: P, slotStart, slotCost } = problem;
  const price = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    const from = slotStart[p]!, cap = slotStart[p + 1]! - from;
    const lo = used[p]! > 0 ? slotCost[from + used[p]! - 1]! : -Infinity;
    const hi = used[p]! < cap ? slotCost[from + used[p]!]! : Infinity;
    const w = wish?.[p];
    price[p] = Math.min(Math.max(w !== undefined && Number.isFinite(w) ? w : 0, lo), hi);
  }
  return price;
}

/**
 * Lowers prices (never raises them) until every placed employee's current post is among its cheapest
 * options, for each constraint price[x(e)] <= price[q] + cost(e,q) - cost(e,x(e)) whose slack term is
 * non-negative. The highest such prices are shortest-path labels over the posts: one Dijkstra, O(M log P).
 * A post whose price falls below its last used slot then gives slots up, leaving it with excess people:
 * one unit per slot given up, however many of its people were tempted away.
 */
export function lowerPrices(problem: PlanningProblem, arcCost: Float64Array, startArc: Int32Array, price: Float64Array): void {
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
  const inArc = new Int32Array(inStart[P]!), inOwner = new Int32Array(inStart[P]!);
  for (let e = 0; e < N; e++) {
    if (startArc[e]! < 0) continue;
    for (let k = optStart[e]!, end = optStart[e + 1]!; k < end; k++) {
      if (!binding(e, k)) continue;
      const at = fill[optPost[k]!]!++;
      inArc[at] = k;
      inOwner[at] = e;
    }
  }
  const heap = new NodeHeap(P, price);
  const done = new Uint8Array(P);
  for (let p = 0; p < P; p++) heap.update(p);
  while (heap.size > 0) {
    const q = heap.pop();
    done[q] = 1;
    const pq = price[q]!;
    for (let i = inStart[q]!, end = inStart[q + 1]!; i < end; i++) {
      const e = inOwner[i]!, own = startArc[e]!, h = optPost[own]!;
      const bound = pq + arcCost[inArc[i]!]! - arcCost[own]!;
      if (bound < price[h]! && done[h] === 0) {
        price[h] = bound;
        heap.update(h);
      }
    }
  }
}
