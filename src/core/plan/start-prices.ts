/**
 * The starting state of the solver: post prices, slots in use, and who stays where they start.
 *
 * The price lambda_p of a post is what one more person there costs at the margin; at the optimum
 * every employee sits at a post minimising cost(e, q) + lambda_q, and every post's price lies between
 * its last used slot and its next one. Good starting prices leave only the people who really move with
 * work to do; every choice made here is valid, so a poor one only costs time.
 */
import { NodeHeap } from './heap';
import type { PlanningProblem } from './problem';

/**
 * Prices within [last used slot, next slot] of each post, as close as possible to `wish` (a previous
 * solve's prices), else at the next slot (Infinity for a full post): starting high means that the
 * lowering below gives up as few slots as possible.
 */
export function clampedPrices(problem: PlanningProblem, used: Int32Array, wish?: Float64Array): Float64Array {
  const { postCount: P, slotStart, slotCost } = problem;
  const price = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    const from = slotStart[p]!, cap = slotStart[p + 1]! - from;
    const lo = used[p]! > 0 ? slotCost[from + used[p]! - 1]! : -Infinity;
    const hi = used[p]! < cap ? slotCost[from + used[p]!]! : Infinity;
    const w = wish?.[p];
    // Rounded: integer prices keep every reduced cost, hence the result, exact.
    price[p] = w !== undefined && Number.isFinite(w) ? Math.min(Math.max(Math.round(w), lo), hi) : hi;
  }
  return price;
}

/** How many times deficits may lower prices again before they are left as they are. */
const MAX_ROUNDS = 8;

/**
 * Lowers `price` and `used` in place and returns who is kept where they start (1) or released (0).
 *
 * 1. Prices fall until everyone placed is at a cheapest option, for every constraint
 *    price[x(e)] <= price[q] + cost(e,q) - cost(e,x(e)) with a non-negative slack term (with start =
 *    home, all of them). Only the smallest slack per pair of posts matters; the highest prices that
 *    satisfy all of them are shortest-path labels: one Dijkstra over the posts.
 * 2. A post whose price fell below its last used slots gives those slots up: its people beyond the
 *    slots it keeps are excess, one unit per slot however many of them were tempted away.
 * 3. Employees whose start costs strictly more than another option (they moved, or the move price
 *    changed) are released if tempted. Their post keeps the slot, a deficit; its price drops to that
 *    slot's cost, so the deficit costs nothing to reach from the sink, and step 1 runs again from there.
 */
export function prepareStart(problem: PlanningProblem, arcCost: Float64Array, startArc: Int32Array, used: Int32Array, price: Float64Array): Uint8Array {
  const { postCount: P, employeeCount: N, slotStart, slotCost, optStart, optPost } = problem;
  const c = new StartConstraints(problem, arcCost, startArc);
  const keep = new Uint8Array(N);
  const kept = new Int32Array(P);
  for (let e = 0; e < N; e++) {
    if (startArc[e]! < 0) continue;
    keep[e] = 1;
    kept[optPost[startArc[e]!]!]!++;
  }
  c.lower(price);
  // A full post that nobody there would leave keeps an infinite price: give it a finite one above any
  // other post's price plus any option's cost, so that nobody is tempted to go there either.
  let top = 0;
  for (let p = 0; p < P; p++) if (Number.isFinite(price[p]!)) top = Math.max(top, Math.abs(price[p]!));
  for (let k = 0; k < arcCost.length; k++) if (Number.isFinite(arcCost[k]!)) top = Math.max(top, arcCost[k]!);
  let changed: number[] = [];
  for (let p = 0; p < P; p++) {
    if (price[p] !== Infinity) continue;
    const lo = used[p]! > 0 ? slotCost[slotStart[p]! + used[p]! - 1]! : -Infinity;
    price[p] = Math.max(lo, 2 * top + 1);
    changed.push(p);
  }
  if (changed.length > 0) c.lower(price, changed);
  const giveUp = (p: number): void => {
    while (used[p]! > 0 && slotCost[slotStart[p]! + used[p]! - 1]! > price[p]!) used[p]!--;
  };
  for (let p = 0; p < P; p++) giveUp(p);
  // Only the employees with an option cheaper than their start can be tempted: check them all once,
  // then only those whose cheaper option just became cheaper still.
  const release = (e: number): void => {
    const own = startArc[e]!;
    if (keep[e] === 0) return;
    const ownValue = arcCost[own]! + price[optPost[own]!]!;
    for (let k = optStart[e]!, end = optStart[e + 1]!; k < end; k++) {
      if (arcCost[k]! + price[optPost[k]!]! < ownValue) {
        keep[e] = 0;
        kept[optPost[own]!]!--;
        return;
      }
    }
  };
  for (let i = 0; i < c.tempted.length; i++) release(c.tempted[i]!);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    changed = [];
    for (let p = 0; p < P; p++) {
      if (used[p]! <= kept[p]!) continue;
      const last = slotCost[slotStart[p]! + used[p]! - 1]!;
      if (price[p]! > last) {
        price[p] = last;
        changed.push(p);
      }
    }
    if (changed.length === 0) break;
    const fell = c.lower(price, changed);
    for (const p of fell) giveUp(p);
    for (const q of changed) c.forEachTempting(q, release);
    for (const q of fell) c.forEachTempting(q, release);
  }
  return keep;
}

/**
 * The constraints of the start: for each pair of posts (h, q), the smallest slack
 * cost(e,q) - cost(e,h) >= 0 over employees e starting at h (indexed by q, for lowering); and, by
 * option post, the employees whose start costs strictly more than that option (who may be tempted).
 */
class StartConstraints {
  private readonly inStart: Int32Array;
  private readonly inFrom: Int32Array;
  private readonly inSlack: Float64Array;
  private readonly temptStart: Int32Array;
  private readonly temptWho: Int32Array;
  /** Employees with at least one option cheaper than their start. */
  readonly tempted: Int32Array;

  constructor(problem: PlanningProblem, arcCost: Float64Array, startArc: Int32Array) {
    const { postCount: P, employeeCount: N, optStart, optPost } = problem;
    // Employees by start post.
    const memberStart = new Int32Array(P + 1);
    for (let e = 0; e < N; e++) if (startArc[e]! >= 0) memberStart[optPost[startArc[e]!]! + 1]!++;
    for (let p = 0; p < P; p++) memberStart[p + 1]! += memberStart[p]!;
    const members = new Int32Array(memberStart[P]!);
    const fill = memberStart.slice(0, P);
    for (let e = 0; e < N; e++) if (startArc[e]! >= 0) members[fill[optPost[startArc[e]!]!]!++] = e;
    // Smallest slack per (h, q), gathered post by post with a scratch row.
    const minSlack = new Float64Array(P).fill(Infinity);
    const seen = new Int32Array(P);
    let seenCount = 0, edges = 0, tempts = 0, temptedCount = 0;
    // Pairs of posts and tempting options are far fewer than options: buffers grow when needed.
    let edgeFrom = new Int32Array(16 * P + 16), edgeTo = new Int32Array(16 * P + 16), edgeSlack = new Float64Array(16 * P + 16);
    let temptTo = new Int32Array(1024), temptWho = new Int32Array(1024);
    const tempted = new Int32Array(N);
    for (let h = 0; h < P; h++) {
      for (let i = memberStart[h]!; i < memberStart[h + 1]!; i++) {
        const e = members[i]!, own = startArc[e]!, ownCost = arcCost[own]!;
        let isTempted = false;
        for (let k = optStart[e]!, end = optStart[e + 1]!; k < end; k++) {
          if (k === own || arcCost[k] === Infinity) continue;
          const q = optPost[k]!, slack = arcCost[k]! - ownCost;
          if (slack < 0) {
            if (tempts === temptTo.length) [temptTo, temptWho] = [grown(temptTo), grown(temptWho)];
            temptTo[tempts] = q;
            temptWho[tempts++] = e;
            isTempted = true;
          } else if (slack < minSlack[q]!) {
            if (minSlack[q] === Infinity) seen[seenCount++] = q;
            minSlack[q] = slack;
          }
        }
        if (isTempted) tempted[temptedCount++] = e;
      }
      if (edges + seenCount > edgeTo.length) {
        [edgeFrom, edgeTo] = [grown(edgeFrom, edges + seenCount), grown(edgeTo, edges + seenCount)];
        const slack = new Float64Array(edgeFrom.length);
        slack.set(edgeSlack);
        edgeSlack = slack;
      }
      for (let i = 0; i < seenCount; i++) {
        const q = seen[i]!;
        edgeFrom[edges] = h;
        edgeTo[edges] = q;
        edgeSlack[edges++] = minSlack[q]!;
        minSlack[q] = Infinity;
      }
      seenCount = 0;
    }
    this.tempted = tempted.slice(0, temptedCount);
    [this.inStart, this.inFrom, this.inSlack] = groupBy(P, edges, edgeTo, edgeFrom, edgeSlack);
    [this.temptStart, this.temptWho] = groupBy(P, tempts, temptTo, temptWho);
  }

  /**
   * Lowers `price` in place to the highest prices below it that satisfy every constraint, assuming
   * they already hold except around the posts in `changed` (all posts when omitted). Returns the posts
   * whose price fell.
   */
  lower(price: Float64Array, changed?: readonly number[]): number[] {
    const { inStart, inFrom, inSlack } = this;
    const P = price.length;
    const heap = new NodeHeap(P, price);
    const done = new Uint8Array(P);
    const fell: number[] = [];
    if (changed === undefined) for (let p = 0; p < P; p++) heap.update(p);
    else for (const p of changed) heap.update(p);
    while (heap.size > 0) {
      const q = heap.pop();
      done[q] = 1;
      const pq = price[q]!;
      for (let i = inStart[q]!, end = inStart[q + 1]!; i < end; i++) {
        const h = inFrom[i]!, bound = pq + inSlack[i]!;
        if (bound < price[h]! && done[h] === 0) {
          fell.push(h);
          price[h] = bound;
          heap.update(h);
        }
      }
    }
    return fell;
  }

  /** Calls f for each employee who has post q as an option cheaper than their start. */
  forEachTempting(q: number, f: (e: number) => void): void {
    for (let i = this.temptStart[q]!, end = this.temptStart[q + 1]!; i < end; i++) f(this.temptWho[i]!);
  }
}

/** A copy of `a` with at least twice its length (and at least `atLeast`). */
function grown(a: Int32Array<ArrayBuffer>, atLeast = 0): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(2 * a.length, atLeast));
  b.set(a);
  return b;
}

/** Counting sort of the first n entries of parallel columns by `key` in [0, P): offsets, then the columns. */
function groupBy(P: number, n: number, key: Int32Array, a: Int32Array, b?: Float64Array): [Int32Array, Int32Array, Float64Array] {
  const start = new Int32Array(P + 1);
  for (let i = 0; i < n; i++) start[key[i]! + 1]!++;
  for (let p = 0; p < P; p++) start[p + 1]! += start[p]!;
  const fill = start.slice(0, P);
  const outA = new Int32Array(n), outB = new Float64Array(b === undefined ? 0 : n);
  for (let i = 0; i < n; i++) {
    const at = fill[key[i]!]!++;
    outA[at] = a[i]!;
    if (b !== undefined) outB[at] = b[i]!;
  }
  return [start, outA, outB];
}
