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
 * each strictly lowering objective + move prices: unplaced employees are placed, and an employee moves
 * when the post it would join costs less, at the margin, than the post it leaves. Lazy greedy: the move
 * with the largest gain first, gains re-evaluated when popped. O(M + pops * degree * log N).
 */
export function improveStart(problem: PlanningProblem, arcCost: Float64Array, startArc: Int32Array): number {
  const { postCount: P, employeeCount: N, slotStart, slotCost, optStart, optPost } = problem;
  const n = new Int32Array(P);
  for (let e = 0; e < N; e++) if (startArc[e]! >= 0) n[optPost[startArc[e]!]!]!++;
  const cap = (p: number): number => slotStart[p + 1]! - slotStart[p]!;
  // Value of being at the current post (its option cost plus the last used slot there), and the best
  // value elsewhere (option cost plus the next slot there); the gain is the difference.
  const bestArc = new Int32Array(N);
  const gainOf = (e: number): number => {
    const own = startArc[e]!;
    let best = Infinity, arc = -1;
    for (let k = optStart[e]!, end = optStart[e + 1]!; k < end; k++) {
      if (k === own) continue;
      const q = optPost[k]!;
      if (n[q]! >= cap(q) || arcCost[k] === Infinity) continue;
      const v = arcCost[k]! + slotCost[slotStart[q]! + n[q]!]!;
      if (v < best) {
        best = v;
        arc = k;
      }
    }
    bestArc[e] = arc;
    if (arc < 0) return -Infinity;
    if (own < 0) return Infinity;
    const x = optPost[own]!;
    return arcCost[own]! + slotCost[slotStart[x]! + n[x]! - 1]! - best;
  };
  // Min-heap on -gain; unplaced employees first (gain Infinity), in index order.
  const key = new Float64Array(N);
  const heap = new NodeHeap(N, key);
  for (let e = 0; e < N; e++) {
    const gain = gainOf(e);
    if (gain > 0) {
      key[e] = gain === Infinity ? -Number.MAX_VALUE : -gain;
      heap.update(e);
    }
  }
  let moves = 0;
  for (let pops = 0; heap.size > 0 && pops < 4 * N + 16; pops++) {
    const e = heap.pop();
    const gain = gainOf(e);
    if (!(gain > 0)) continue;
    // Lazy evaluation: the gain may have fallen since it was pushed; if another is now larger, requeue.
    if (gain !== Infinity && heap.size > 0 && -gain > key[heap.peek()]!) {
      key[e] = -gain;
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
