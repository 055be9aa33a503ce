/**
 * The residual network of the planning flow and the two steps of the successive-shortest-path method
 * on it: a Dijkstra search that raises the potentials, and augmentation along the path it found.
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
  private phase = 0;
  /** Shortest-path tree of the last search: where each node was reached from, and the option arc into a post. */
  private readonly parent: Int32Array;
  private readonly parentArc: Int32Array;
  /** The deficit the last search reached. */
  private target = -1;
  /** Buffer for the nodes of an augmenting path. */
  private readonly pathNode: Int32Array;

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
    this.parent = new Int32Array(V);
    this.parentArc = new Int32Array(V);
    this.pathNode = new Int32Array(V + 1);
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

  /**
   * Dijkstra on reduced costs from node s up to the first deficit (distance D), then
   * pi(v) += min(d(v), D) for every node. Only the settled nodes are written: they get d(v) - D, and
   * the common +D of all the others cancels in every reduced cost. Afterwards the tree path from s to
   * that deficit has zero reduced cost. Returns false if no deficit is reachable.
   */
  shortestPaths(s: number): boolean {
    const { N, sink, pi, dist, heap, touched, settled, settledAt, used, count, cap, head, next, x, xArc, arcCost, usable } = this;
    const { optStart, optPost, slotStart, slotCost } = this.problem;
    const phase = ++this.phase;
    let touchedCount = 0, D = -1, settledCount = 0;
    // Smallest tentative distance of a deficit: nothing at or beyond it can be settled before it, so
    // it is not even put in the heap.
    let bound = Infinity;
    const { parent, parentArc } = this;
    let from = -1;
    const relax = (v: number, d: number): void => {
      if (dist[v] === Infinity) touched[touchedCount++] = v;
      dist[v] = d;
      parent[v] = from;
      heap.update(v);
    };
    const relaxPost = (p: number, d: number, arc: number): void => {
      const v = N + p;
      if (d >= dist[v]!) return;
      if (used[p]! > count[p]!) {
        relax(v, d);
        parentArc[v] = arc;
        if (d < bound) bound = d;
      } else if (d < bound) {
        relax(v, d);
        parentArc[v] = arc;
      }
    };
    relax(s, 0);
    while (heap.size > 0) {
      const u = heap.pop();
      from = u;
      settledAt[u] = phase;
      settled[settledCount++] = u;
      const du = dist[u]!;
      if (u < N) {
        const base = du + pi[u]!, xe = x[u]!;
        for (let k = optStart[u]!, end = optStart[u + 1]!; k < end; k++) {
          const q = optPost[k]!;
          if (q === xe || settledAt[N + q] === phase) continue;
          relaxPost(q, base + arcCost[k]! - pi[N + q]!, k);
        }
      } else if (u === sink) {
        if (this.sinkDeficit > 0) {
          D = du;
          this.target = u;
          break;
        }
        // Reverse slot arcs to every post in use: deficits first, so that the bound prunes the rest
        // (a deficit priced at its last used slot is reached at no cost, and then nothing else is).
        const base = du + pi[sink]!;
        for (let pass = 0; pass < 2 && bound > du; pass++) {
          for (let p = 0; p < this.P; p++) {
            if (used[p] === 0 || settledAt[N + p] === phase || (used[p]! > count[p]!) !== (pass === 0)) continue;
            relaxPost(p, base - slotCost[slotStart[p]! + used[p]! - 1]! - pi[N + p]!, -1);
          }
        }
      } else {
        const p = u - N;
        if (used[p]! > count[p]!) {
          D = du;
          this.target = u;
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
   * Sends one unit from s to the deficit found by the last search, along its shortest-path tree.
   * Reversing zero-reduced-cost arcs keeps every reduced cost >= 0.
   */
  augmentAlongTree(s: number): void {
    const { parent, parentArc, pathNode, N, sink, used } = this;
    let length = 0;
    for (let v = this.target; v !== s; v = parent[v]!) pathNode[length++] = v;
    pathNode[length++] = s;
    pathNode.subarray(0, length).reverse();
    for (let i = 0; i + 1 < length; i++) {
      const a = pathNode[i]!, b = pathNode[i + 1]!;
      if (a < N) {
        // Employee a leaves its post (the node before it, through the reverse arc) for post b.
        if (this.x[a]! >= 0) this.unassign(a);
        this.assign(a, parentArc[b]!);
      } else if (a === sink) {
        used[b - N]!--;
      } else if (b === sink) {
        used[a - N]!++;
        if (i + 2 === length) this.sinkDeficit--;
      }
    }
    this.augmentations++;
  }
}
