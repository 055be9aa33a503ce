/**
 * The residual network of the planning flow and the two steps of the primal-dual method on it:
 * a shortest-path search that raises the potentials, and augmentation along zero-reduced-cost paths.
 *
 * Nodes: employee e is node e, post p is node N + p, the sink is node N + P. Residual arcs:
 * - e -> q for every option q of e other than its current post (cost arcCost[k]);
 * - p -> e for every employee e assigned to p (cost -arcCost[xArc[e]]);
 * - p -> sink while p has a free slot (cost slotCost(p, used[p]), its next slot);
 * - sink -> p while p uses a slot (cost -slotCost(p, used[p] - 1), its last used slot).
 * Convexity makes the next and last slots the only slot arcs that matter, so they are never stored.
 * Invariant: rc(u, v) = c(u, v) + pi(u) - pi(v) >= 0 on every residual arc.
 *
 * A node has excess when it holds a unit of flow with nowhere to go (an unassigned employee, or a post
 * with more people than slots in use) and a deficit when it lacks one (a post with more slots in use
 * than people, or the sink while fewer slots are in use than there are employees).
 */
import { NodeHeap } from './heap';
import type { PlanningProblem } from './problem';

export class PlanFlow {
  readonly N: number;
  readonly P: number;
  readonly sink: number;
  readonly cap: Int32Array;
  /** Post of each employee, or -1; and the option arc it uses. */
  readonly x: Int32Array;
  readonly xArc: Int32Array;
  /** Slots in use and people assigned, per post. */
  readonly used: Int32Array;
  readonly count: Int32Array;
  /** Intrusive doubly linked lists of the employees assigned to each post. */
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly prev: Int32Array;
  readonly pi: Float64Array;
  sinkDeficit = 0;
  augmentations = 0;

  private readonly dist: Float64Array;
  private readonly heap: NodeHeap;
  private readonly touched: Int32Array;
  private readonly settled: Int32Array;
  private readonly settledAt: Int32Array;
  private readonly settledPosts: Int32Array;
  private settledPostCount = 0;
  private phase = 0;
  private readonly deadAt: Int32Array;
  private readonly seenAt: Int32Array;
  private search = 0;
  private readonly cur: Int32Array;
  private readonly curAt: Int32Array;
  private readonly stackNode: Int32Array;
  private readonly stackIt: Int32Array;
  private readonly stackBlocked: Uint8Array;

  constructor(
    private readonly problem: PlanningProblem,
    /** Option costs with the move price; Infinity for an option that can never be used. */
    private readonly arcCost: Float64Array,
    /** Usable options per employee: with one, an assigned employee has no way out. */
    private readonly usable: Int32Array,
  ) {
    const N = (this.N = problem.employeeCount), P = (this.P = problem.postCount);
    const V = N + P + 1;
    this.sink = N + P;
    this.cap = new Int32Array(P);
    for (let p = 0; p < P; p++) this.cap[p] = problem.slotStart[p + 1]! - problem.slotStart[p]!;
    this.x = new Int32Array(N).fill(-1);
    this.xArc = new Int32Array(N).fill(-1);
    this.used = new Int32Array(P);
    this.count = new Int32Array(P);
    this.head = new Int32Array(P).fill(-1);
    this.next = new Int32Array(N);
    this.prev = new Int32Array(N);
    this.pi = new Float64Array(V);
    this.dist = new Float64Array(V).fill(Infinity);
    this.heap = new NodeHeap(V, this.dist);
    this.touched = new Int32Array(V);
    this.settled = new Int32Array(V);
    this.settledAt = new Int32Array(V);
    this.settledPosts = new Int32Array(P);
    this.deadAt = new Int32Array(V);
    this.seenAt = new Int32Array(V);
    this.cur = new Int32Array(N);
    this.curAt = new Int32Array(N);
    this.stackNode = new Int32Array(V + 1);
    this.stackIt = new Int32Array(V + 1);
    this.stackBlocked = new Uint8Array(V + 1);
  }

  /** Assigns employee e to the post of option arc k. */
  assign(e: number, k: number): void {
    const p = this.problem.optPost[k]!;
    this.x[e] = p;
    this.xArc[e] = k;
    this.prev[e] = -1;
    this.next[e] = this.head[p]!;
    if (this.head[p]! >= 0) this.prev[this.head[p]!] = e;
    this.head[p] = e;
    this.count[p]!++;
  }

  private unassign(e: number): void {
    const p = this.x[e]!, a = this.prev[e]!, b = this.next[e]!;
    if (a >= 0) this.next[a] = b;
    else this.head[p] = b;
    if (b >= 0) this.prev[b] = a;
    this.count[p]!--;
    this.x[e] = -1;
    this.xArc[e] = -1;
  }

  /** Units of excess at node v. */
  excessOf(v: number): number {
    if (v < this.N) return this.x[v]! < 0 ? 1 : 0;
    if (v === this.sink) return 0;
    return Math.max(0, this.count[v - this.N]! - this.used[v - this.N]!);
  }

  private isDeficit(v: number): boolean {
    if (v === this.sink) return this.sinkDeficit > 0;
    return v >= this.N && this.used[v - this.N]! > this.count[v - this.N]!;
  }

  /**
   * Dijkstra on reduced costs from node s up to the first deficit (distance D), then
   * pi(v) += min(d(v), D) for every node. Only the settled nodes are written: they get d(v) - D, and
   * the common +D of all the others cancels in every reduced cost. Returns false if no deficit is reachable.
   */
  shortestPaths(s: number): boolean {
    const { N, sink, pi, dist, heap, touched, settled, settledAt, used, count, cap, head, next, x, xArc, arcCost, usable } = this;
    const { optStart, optPost, slotStart, slotCost } = this.problem;
    const phase = ++this.phase;
    let touchedCount = 0, D = -1, settledCount = 0;
    // Smallest tentative distance of a deficit: nothing at or beyond it can be settled before it, so
    // it is not even put in the heap.
    let bound = Infinity;
    this.settledPostCount = 0;
    const relax = (v: number, d: number): void => {
      if (dist[v] === Infinity) touched[touchedCount++] = v;
      dist[v] = d;
      heap.update(v);
    };
    const relaxPost = (p: number, d: number): void => {
      const v = N + p;
      if (d >= dist[v]!) return;
      if (used[p]! > count[p]!) {
        relax(v, d);
        if (d < bound) bound = d;
      } else if (d < bound) relax(v, d);
    };
    relax(s, 0);
    while (heap.size > 0) {
      const u = heap.pop();
      settledAt[u] = phase;
      settled[settledCount++] = u;
      const du = dist[u]!;
      if (u < N) {
        const base = du + pi[u]!, xe = x[u]!;
        for (let k = optStart[u]!, end = optStart[u + 1]!; k < end; k++) {
          const q = optPost[k]!;
          if (q === xe || settledAt[N + q] === phase) continue;
          relaxPost(q, base + arcCost[k]! - pi[N + q]!);
        }
      } else if (u === sink) {
        if (this.sinkDeficit > 0) {
          D = du;
          break;
        }
        // Reverse slot arcs to every post in use: deficits first, so that the bound prunes the rest.
        const base = du + pi[sink]!;
        for (let pass = 0; pass < 2; pass++) {
          for (let p = 0; p < this.P; p++) {
            if (used[p] === 0 || settledAt[N + p] === phase || (used[p]! > count[p]!) !== (pass === 0)) continue;
            relaxPost(p, base - slotCost[slotStart[p]! + used[p]! - 1]! - pi[N + p]!);
          }
        }
      } else {
        const p = u - N;
        this.settledPosts[this.settledPostCount++] = p;
        if (used[p]! > count[p]!) {
          D = du;
          break;
        }
        const base = du + pi[u]!;
        for (let e = head[p]!; e >= 0; e = next[e]!) {
          if (usable[e]! <= 1 || settledAt[e] === phase) continue;
          const d = base - arcCost[xArc[e]!]! - pi[e]!;
          if (d < dist[e]! && d < bound) relax(e, d);
        }
        if (used[p]! < cap[p]! && settledAt[sink] !== phase) {
          const d = base + slotCost[slotStart[p]! + used[p]!]! - pi[sink]!;
          if (d < dist[sink]!) {
            if (this.sinkDeficit > 0) {
              relax(sink, d);
              if (d < bound) bound = d;
            } else if (d < bound) relax(sink, d);
          }
        }
      }
    }
    heap.clear();
    if (D >= 0) {
      for (let i = 0; i < settledCount; i++) {
        const u = settled[i]!;
        pi[u]! -= D - dist[u]!;
      }
    }
    for (let i = 0; i < touchedCount; i++) dist[touched[i]!] = Infinity;
    return D >= 0;
  }

  /**
   * Sends units from s to deficits along admissible paths (zero reduced cost) inside the region settled
   * by the last shortestPaths, until s has no excess or no such path is left. Returns the units sent.
   */
  augmentFrom(s: number): number {
    let sent = 0;
    while (this.excessOf(s) > 0 && this.searchFrom(s)) sent++;
    this.augmentations += sent;
    return sent;
  }

  /** One depth-first search for an admissible path from s to a deficit; augments along it if found. */
  private searchFrom(s: number): boolean {
    const { stackNode, stackBlocked, deadAt } = this;
    const phase = this.phase;
    this.search++;
    let depth = 0;
    this.enter(depth++, s);
    while (depth > 0) {
      const level = depth - 1;
      const v = this.nextChild(level);
      if (v < 0) {
        // A node is dead for the phase when every arc out of it was found useless for good; augmenting
        // never revives it (new residual arcs only join nodes of the path, which it cannot reach).
        const u = stackNode[level]!;
        if (stackBlocked[level] === 0) deadAt[u] = phase;
        depth--;
        if (depth > 0) {
          if (deadAt[u] !== phase) stackBlocked[depth - 1] = 1;
          this.advance(depth - 1);
        }
        continue;
      }
      if (this.isDeficit(v)) {
        this.augment(depth, v);
        return true;
      }
      this.enter(depth++, v);
    }
    return false;
  }

  private enter(depth: number, v: number): void {
    this.seenAt[v] = this.search;
    this.stackNode[depth] = v;
    this.stackBlocked[depth] = 0;
    if (v < this.N) {
      if (this.curAt[v] !== this.phase) {
        this.curAt[v] = this.phase;
        this.cur[v] = this.problem.optStart[v]!;
      }
      this.stackIt[depth] = this.cur[v]!;
    } else if (v === this.sink) this.stackIt[depth] = 0;
    else this.stackIt[depth] = this.head[v - this.N]!; // then -1: the slot arc; -2: done
  }

  /**
   * The next child of the node at `level` along an admissible arc, inside the settled region, neither
   * dead nor already seen by this search; -1 when there is none. Leaves the iterator on that arc.
   */
  private nextChild(level: number): number {
    const { N, sink, pi, x, xArc, arcCost, usable, used, cap, settledAt, deadAt, seenAt, stackIt, next } = this;
    const { optStart, optPost, slotStart, slotCost } = this.problem;
    const phase = this.phase, search = this.search;
    const u = this.stackNode[level]!;
    let it = stackIt[level]!;
    if (u < N) {
      const xe = x[u]!, base = pi[u]!;
      for (const end = optStart[u + 1]!; it < end; it++) {
        const q = optPost[it]!, v = N + q;
        if (q === xe || settledAt[v] !== phase || deadAt[v] === phase || arcCost[it]! + base - pi[v]! !== 0) {
          if (this.cur[u] === it) this.cur[u] = it + 1;
          continue;
        }
        if (seenAt[v] === search) {
          this.stackBlocked[level] = 1;
          continue;
        }
        stackIt[level] = it;
        return v;
      }
      stackIt[level] = it;
      return -1;
    }
    if (u === sink) {
      const base = pi[sink]!;
      for (; it < this.settledPostCount; it++) {
        const p = this.settledPosts[it]!, v = N + p;
        if (used[p] === 0 || deadAt[v] === phase || base - slotCost[slotStart[p]! + used[p]! - 1]! - pi[v]! !== 0) continue;
        if (seenAt[v] === search) {
          this.stackBlocked[level] = 1;
          continue;
        }
        stackIt[level] = it;
        return v;
      }
      stackIt[level] = it;
      return -1;
    }
    const p = u - N, base = pi[u]!;
    for (; it >= 0; it = next[it]!) {
      if (usable[it]! <= 1 || settledAt[it] !== phase || deadAt[it] === phase || base - arcCost[xArc[it]!]! - pi[it]! !== 0) continue;
      if (seenAt[it] === search) {
        this.stackBlocked[level] = 1;
        continue;
      }
      stackIt[level] = it;
      return it;
    }
    if (it === -1) {
      stackIt[level] = -2;
      if (used[p]! < cap[p]! && settledAt[sink] === phase && deadAt[sink] !== phase && slotCost[slotStart[p]! + used[p]!]! + base - pi[sink]! === 0) {
        if (seenAt[sink] !== search) {
          stackIt[level] = -1;
          return sink;
        }
        this.stackBlocked[level] = 1;
      }
    }
    return -1;
  }

  /** Moves the iterator of `level` past the child it last returned. */
  private advance(level: number): void {
    const u = this.stackNode[level]!, it = this.stackIt[level]!;
    if (u < this.N || u === this.sink) this.stackIt[level] = it + 1;
    else this.stackIt[level] = it >= 0 ? this.next[it]! : -2;
  }

  /** Sends one unit along stackNode[0 .. depth - 1], then to `target`. */
  private augment(depth: number, target: number): void {
    const { N, sink, stackNode, stackIt, used } = this;
    for (let i = 0; i < depth; i++) {
      const a = stackNode[i]!, b = i + 1 < depth ? stackNode[i + 1]! : target;
      if (a < N) {
        if (this.x[a]! >= 0) this.unassign(a);
        this.assign(a, stackIt[i]!);
      } else if (a === sink) {
        used[b - N]!--;
      } else if (b === sink) {
        used[a - N]!++;
        if (i + 1 === depth) this.sinkDeficit--;
      }
    }
  }
}
