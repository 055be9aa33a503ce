/**
 * A quick improvement of the starting assignment before the exact solve: the single moves that pay
 * most, best first. Most optimal plans are made of such moves (a person from an overstaffed post to an
 * understaffed one), so the exact solver is then left with little to correct; it still proves and
 * reaches the optimum on its own, whatever this step does.
 */
import { NodeHeap } from './heap';
import type { PlanningProblem } from './problem';

/**
 * Improves `startArc` (the option arc of each employee's starting post, or -1) in place by single moves,
 * each strictly lowering objective + move prices: unplaced employees are placed (best placements first),
 * then an employee moves when the post it would join costs less, at the margin, than the post it
 * leaves. Lazy greedy: the largest gain first, re-evaluated when popped. O(M + pops * degree * log N).
 * Returns the number of moves made.
 */
export function improveStart(problem: PlanningProblem, arcCost: Float64Array, startArc: Int32Array): number {
  const { postCount: P, employeeCount: N, slotStart, slotCost, optStart, optPost } = problem;
  const n = new Int32Array(P);
  for (let e = 0; e < N; e++) if (startArc[e]! >= 0) n[optPost[startArc[e]!]!]!++;
  // Value of being at the current post (its option cost plus the last used slot there), and the best
  // value elsewhere (option cost plus the next slot there); the gain is the difference. Placing an
  // unplaced employee comes before any move: its priority is PLACE + the value of its best placement,
  // so the most valuable placements go first (PLACE is below any gain, values stay exact).
  const PLACE = -1e15;
  const bestArc = new Int32Array(N);
  const priority = (e: number): number => {
    const own = startArc[e]!;
    let best = Infinity, arc = -1;
    for (let k = optStart[e]!, end = optStart[e + 1]!; k < end; k++) {
      if (k === own) continue;
      const q = optPost[k]!, from = slotStart[q]!;
      if (n[q]! >= slotStart[q + 1]! - from || arcCost[k] === Infinity) continue;
      const v = arcCost[k]! + slotCost[from + n[q]!]!;
      if (v < best) {
        best = v;
        arc = k;
      }
    }
    bestArc[e] = arc;
    if (arc < 0) return Infinity;
    if (own < 0) return PLACE + best;
    const x = optPost[own]!;
    const gain = arcCost[own]! + slotCost[slotStart[x]! + n[x]! - 1]! - best;
    return gain > 0 ? -gain : Infinity;
  };
  // Min-heap on priority: placements first, then moves by decreasing gain.
  const key = new Float64Array(N);
  const heap = new NodeHeap(N, key);
  for (let e = 0; e < N; e++) {
    key[e] = priority(e);
    if (key[e]! < Infinity) heap.update(e);
  }
  let moves = 0;
  for (let pops = 0; heap.size > 0 && pops < 4 * N + 16; pops++) {
    const e = heap.pop();
    const now = priority(e);
    if (now === Infinity) continue;
    // Lazy evaluation of moves: the gain may have fallen since it was pushed; if so and another is now
    // ahead, requeue. (A placement is made at once, at the best post left for it.)
    if (now > PLACE / 2 && heap.size > 0 && now > key[heap.peek()]!) {
      key[e] = now;
      heap.update(e);
      continue;
    }
    const own = startArc[e]!, k = bestArc[e]!;
    if (own >= 0) n[optPost[own]!]!--;
    n[optPost[k]!]!++;
    startArc[e] = k;
    moves++;
  }
  return moves;
}
