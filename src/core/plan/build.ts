/**
 * From a scenario to the planning problem: who may move, where to, at what cost, and the convex
 * penalty of each post. Keeps what explanations need: the rule that fixed a person, the rule that
 * removed a pair, and the cost parts of every option.
 */
import { need as needOf } from '../abk';
import type { IsoDate } from '../dates';
import type { Scenario } from '../scenario/schema';
import { DEFAULT_WEIGHTS, moveCostParts, postMarginals, postPenalty, totalCost, type CostWeights } from './costs';
import { createProblem, type PlanningProblem, type PlanningProblemInput } from './problem';
import { moveBlocker, qualificationBlocker, type RuleId } from './rules';

/** Decisions the user has taken on a plan; they are hard constraints of the next solve. */
export interface PlanDecisions {
  /** People who stay where they are. */
  pinned: readonly string[];
  /** Moves (nip -> post id) the user refuses. */
  rejected: ReadonlyArray<readonly [string, string]>;
  /** Moves the user accepted or made by hand: the person goes to that post. */
  forced: ReadonlyArray<readonly [string, string]>;
}

export const NO_DECISIONS: PlanDecisions = { pinned: [], rejected: [], forced: [] };

/** Default number of posts of a person's group offered as destinations (besides home and preferred units). */
export const DEFAULT_CANDIDATE_POSTS = 40;

/** A demand-spike window: people are lent for it and come back after `end`. */
export interface PlanWindow {
  start: IsoDate;
  end: IsoDate;
}

/**
 * Factor by which the demand spikes running on `date` multiply each post's workload (1 where none):
 * a spike on a unit covers its posts, a spike on a post covers that post. Extra-volume spikes are
 * left to the simulation.
 */
export function spikeFactors(s: Scenario, date: IsoDate): Float64Array {
  const factors = new Float64Array(s.posts.length).fill(1);
  for (const e of s.events) {
    if (e.type !== 'demand-spike' || e.factor === null || date < e.start || date > e.end) continue;
    s.posts.forEach((p, i) => {
      if ((e.postId !== null && e.postId === p.id) || (e.postId === null && (e.unitId === null || e.unitId === p.unitId))) factors[i]! *= e.factor!;
    });
  }
  return factors;
}

export interface BuildOptions {
  planDate: IsoDate;
  /** Plan for a demand-spike window: need as during the spike, moves temporary until `end`. */
  window?: PlanWindow | null;
  /**
   * Destinations offered to each person: the posts of their group most short of staff at the plan date,
   * plus every post of their group in a unit they prefer. Small groups are offered whole.
   */
  candidatePosts?: number;
  weights?: CostWeights;
  decisions?: PlanDecisions;
}

export interface BuiltProblem {
  problem: PlanningProblem;
  /** Scenario index of each movable employee (problem employee e is scenario employee movable[e]). */
  movable: Int32Array;
  /** Why each employee who is not in the problem stays put (scenario index -> rule). */
  fixedBy: Map<number, RuleId>;
  /** Need (FTE) of each post, in scenario order. */
  need: Float64Array;
  /** Headcount of people who cannot move, per post. */
  fixed: Int32Array;
  /** Scenario employee indices who are unplaced and have nowhere they are allowed to go. */
  unplaceable: number[];
  planDate: IsoDate;
  window: PlanWindow | null;
  weights: CostWeights;
  decisions: PlanDecisions;
}

/** Functional posts are held within a job family; other posts within a position type (see rules.ts). */
function qualificationGroup(positionType: string, family: string): string {
  return positionType === 'fungsional' ? `f:${family}` : `t:${positionType}`;
}

/**
 * Builds the problem. Hard rules remove pairs; the remaining options carry integer costs (0 at home).
 * A forced move leaves its person a single option; a pinned person is fixed at home.
 */
export function buildProblem(s: Scenario, options: BuildOptions): BuiltProblem {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const decisions = options.decisions ?? NO_DECISIONS;
  const postIndex = new Map(s.posts.map((p, i) => [p.id, i]));
  const need = new Float64Array(s.posts.length);
  const factors = options.window ? spikeFactors(s, options.window.start) : null;
  s.posts.forEach((p, i) => (need[i] = needOf(p.tasks, s.settings.wkeMinutes) * (factors ? factors[i]! : 1)));
  const pinned = new Set(decisions.pinned);
  const forced = new Map(decisions.forced.map(([nip, post]) => [nip, post]));
  const rejected = new Set(decisions.rejected.map(([nip, post]) => `${nip}\u0000${post}`));

  // Posts grouped by who may hold them, so eligibility is not checked against every post; each group
  // ordered by what one more person would cost there today (most short of staff first).
  const headcount = new Int32Array(s.posts.length);
  for (const e of s.employees) if (e.postId !== null && postIndex.has(e.postId)) headcount[postIndex.get(e.postId)!]! += 1;
  const arrival = (q: number) => postPenalty(headcount[q]! + 1, need[q]!, weights) - postPenalty(headcount[q]!, need[q]!, weights);
  const groups = new Map<string, number[]>();
  s.posts.forEach((p, i) => {
    const key = qualificationGroup(p.positionType, p.family);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const limit = options.candidatePosts ?? DEFAULT_CANDIDATE_POSTS;
  for (const group of groups.values()) group.sort((a, b) => arrival(a) - arrival(b) || a - b);
  const destinations = (group: readonly number[], preferred: readonly string[]): readonly number[] => {
    if (group.length <= limit) return group;
    const chosen = group.slice(0, limit);
    if (preferred.length > 0) for (const q of group.slice(limit)) if (preferred.includes(s.posts[q]!.unitId)) chosen.push(q);
    return chosen;
  };

  const fixed = new Int32Array(s.posts.length);
  const fixedBy = new Map<number, RuleId>();
  const unplaceable: number[] = [];
  const rows: Array<{ index: number; home: number | null; options: Array<[number, number]> }> = [];
  s.employees.forEach((e, index) => {
    const home = e.postId === null ? null : (postIndex.get(e.postId) ?? null);
    const target = forced.get(e.nip);
    if (target !== undefined && postIndex.has(target) && target !== e.postId) {
      const q = postIndex.get(target)!;
      const cost = totalCost(moveCostParts(e, s.posts[q]!, home === null ? undefined : s.posts[home], options.planDate, s.settings, weights));
      rows.push({ index, home, options: [[q, cost]] });
      return;
    }
    const blocker = pinned.has(e.nip) ? 'user-pinned' : moveBlocker(e, options.planDate, s.settings);
    if (blocker !== null && home !== null) {
      fixed[home]! += 1;
      fixedBy.set(index, blocker);
      return;
    }
    const candidates = destinations(groups.get(qualificationGroup(e.positionType, e.family)) ?? [], e.mobility.preferredUnitIds);
    const opts: Array<[number, number]> = home === null ? [] : [[home, 0]];
    for (const q of candidates) {
      if (q === home) continue;
      const post = s.posts[q]!;
      if (rejected.has(`${e.nip}\u0000${post.id}`) || qualificationBlocker(e, post) !== null) continue;
      opts.push([q, totalCost(moveCostParts(e, post, home === null ? undefined : s.posts[home], options.planDate, s.settings, weights))]);
    }
    if (opts.length === 0 || blocker !== null) {
      if (blocker !== null) fixedBy.set(index, blocker);
      unplaceable.push(index);
      return;
    }
    rows.push({ index, home, options: opts });
  });

  // Slots: one per movable person who could be at the post, priced by the convex penalty above the fixed people.
  const capacity = new Int32Array(s.posts.length);
  for (const row of rows) for (const [q] of row.options) capacity[q]! += 1;
  const input: PlanningProblemInput = {
    posts: s.posts.map((p, i) => ({ id: p.id, fixed: fixed[i]!, slotCosts: postMarginals(need[i]!, fixed[i]!, capacity[i]!, weights) })),
    employees: rows.map((r) => ({ id: s.employees[r.index]!.nip, home: r.home, options: r.options })),
  };
  return {
    problem: createProblem(input),
    movable: Int32Array.from(rows.map((r) => r.index)),
    fixedBy, need, fixed, unplaceable,
    planDate: options.planDate, window: options.window ?? null, weights, decisions,
  };
}
