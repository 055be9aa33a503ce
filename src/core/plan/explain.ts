/**
 * Explanations of a plan, built from the solve's certificate: for every move, its cost parts, the
 * balance gained at both ends, the rules it was checked against, and the two best other candidates
 * for the same post with how much more they would have cost.
 */
import type { BalanceReport } from '../balance';
import type { Scenario } from '../scenario/schema';
import type { BuiltProblem } from './build';
import { moveCostParts, postPenalty, type CostBreakdown } from './costs';
import type { RuleId } from './rules';
import type { SolveResult } from './solver';

/** Rules every proposed move has been checked against (user decisions are checked too). */
export const RULES_CHECKED: readonly RuleId[] = [
  'protected', 'min-time-in-post', 'retirement-margin',
  'qualification-position', 'qualification-education', 'qualification-field', 'user-pinned', 'user-rejected',
];

export interface PostChange {
  postId: string;
  unitId: string;
  headcountBefore: number;
  headcountAfter: number;
  ejBefore: number | null;
  ejAfter: number | null;
  /** Penalty points removed at this post by the whole plan (positive = better balanced). */
  balanceGain: number;
}

export interface RunnerUp {
  nip: string;
  name: string;
  /** Points by which the plan would be worse with this person in the post instead (>= 0). */
  extra: number;
  parts: CostBreakdown;
}

export interface MoveExplanation {
  nip: string;
  name: string;
  fromPostId: string | null;
  toPostId: string;
  kind: 'permanent' | 'temporary';
  effective: string;
  /** Temporary moves: the last day in the new post. */
  endDate: string | null;
  /** Total move cost (points) and its parts. */
  cost: number;
  parts: CostBreakdown;
  from: PostChange | null;
  to: PostChange;
  rulesChecked: readonly RuleId[];
  runnersUp: RunnerUp[];
  /** True when the move was forced by a user decision. */
  forced: boolean;
}

function postChange(s: Scenario, built: BuiltProblem, p: number, before: BalanceReport, after: BalanceReport): PostChange {
  const b = before.posts[p]!;
  const a = after.posts[p]!;
  const r = built.need[p]!;
  return {
    postId: b.id,
    unitId: s.posts[p]!.unitId,
    headcountBefore: b.headcount,
    headcountAfter: a.headcount,
    ejBefore: b.ej,
    ejAfter: a.ej,
    balanceGain: Math.round(postPenalty(b.headcount, r, built.weights) - postPenalty(a.headcount, r, built.weights)),
  };
}

/** Explains every move of a solved plan. Cost: linear in the options of the posts people move to. */
export function explainMoves(s: Scenario, built: BuiltProblem, result: SolveResult, before: BalanceReport, after: BalanceReport): MoveExplanation[] {
  const { problem } = built;
  const forced = new Set(built.decisions.forced.map(([nip]) => nip));
  const price = (p: number) => result.potentials.sink - result.potentials.post[p]!;
  const movePrice = result.movePrice;
  const optionCost = (e: number, k: number) => problem.optCost[k]! + (problem.optPost[k] === problem.home[e] ? 0 : movePrice);
  // What each movable person pays where the plan puts them, at the final prices.
  const settled = new Float64Array(problem.employeeCount);
  const candidatesOf = new Map<number, Array<[number, number]>>();
  const targets = new Set<number>();
  for (let e = 0; e < problem.employeeCount; e++) if (result.assignment[e] !== problem.home[e]) targets.add(result.assignment[e]!);
  for (let e = 0; e < problem.employeeCount; e++) {
    for (let k = problem.optStart[e]!; k < problem.optStart[e + 1]!; k++) {
      const q = problem.optPost[k]!;
      if (q === result.assignment[e]) settled[e] = optionCost(e, k) + price(q);
      if (targets.has(q)) {
        const list = candidatesOf.get(q);
        if (list) list.push([e, k]);
        else candidatesOf.set(q, [[e, k]]);
      }
    }
  }

  const moves: MoveExplanation[] = [];
  for (let e = 0; e < problem.employeeCount; e++) {
    const q = result.assignment[e]!;
    const h = problem.home[e]!;
    if (q === h) continue;
    const person = s.employees[built.movable[e]!]!;
    const homePost = h >= 0 ? s.posts[h] : undefined;
    const parts = moveCostParts(person, s.posts[q]!, homePost, built.planDate, s.settings, built.weights);
    const runnersUp = (candidatesOf.get(q) ?? [])
      .filter(([other]) => other !== e && result.assignment[other] !== q)
      .map(([other, k]) => ({ other, extra: optionCost(other, k) + price(q) - settled[other]! }))
      .sort((a, b) => a.extra - b.extra || a.other - b.other)
      .slice(0, 2)
      .map(({ other, extra }) => {
        const o = s.employees[built.movable[other]!]!;
        const oHome = problem.home[other]!;
        return {
          nip: o.nip, name: o.name, extra: Math.max(0, Math.round(extra)),
          parts: moveCostParts(o, s.posts[q]!, oHome >= 0 ? s.posts[oHome] : undefined, built.planDate, s.settings, built.weights),
        };
      });
    moves.push({
      nip: person.nip,
      name: person.name,
      fromPostId: homePost?.id ?? null,
      toPostId: s.posts[q]!.id,
      kind: built.window ? 'temporary' : 'permanent',
      effective: built.planDate,
      endDate: built.window?.end ?? null,
      cost: Object.values(parts).reduce((a, b) => a + b, 0),
      parts,
      from: h >= 0 ? postChange(s, built, h, before, after) : null,
      to: postChange(s, built, q, before, after),
      rulesChecked: RULES_CHECKED,
      runnersUp,
      forced: forced.has(person.nip),
    });
  }
  return moves;
}
