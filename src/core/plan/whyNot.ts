/**
 * "Why not?": for a person and a post, the rule that forbids the move, or what forcing it would cost
 * against the optimal plan (both solved exactly, with the same decisions otherwise).
 */
import type { Scenario } from '../scenario/schema';
import { buildProblem, NO_DECISIONS, type PlanDecisions } from './build';
import { moveCostParts, type CostBreakdown } from './costs';
import type { PlanOptions } from './plan';
import { moveBlocker, qualificationBlocker, type RuleId } from './rules';
import { solve } from './solver';

export type WhyNotAnswer =
  | { kind: 'unknown' }
  | { kind: 'already-there' }
  | { kind: 'rule'; rule: RuleId }
  | { kind: 'cost'; extra: number; parts: CostBreakdown; inOptimalPlan: boolean };

/** Answers why `nip` is not moved to `postId` in the optimal plan for `options`. */
export function whyNot(s: Scenario, options: PlanOptions, nip: string, postId: string): WhyNotAnswer {
  const e = s.employees.find((x) => x.nip === nip);
  const post = s.posts.find((p) => p.id === postId);
  if (!e || !post) return { kind: 'unknown' };
  if (e.postId === postId) return { kind: 'already-there' };
  const d = options.decisions ?? NO_DECISIONS;
  if (d.pinned.includes(nip)) return { kind: 'rule', rule: 'user-pinned' };
  if (d.rejected.some(([n, p]) => n === nip && p === postId)) return { kind: 'rule', rule: 'user-rejected' };
  const blocker = moveBlocker(e, options.planDate, s.settings) ?? qualificationBlocker(e, post);
  if (blocker !== null) return { kind: 'rule', rule: blocker };

  const others: PlanDecisions = { pinned: d.pinned, rejected: d.rejected, forced: d.forced.filter(([n]) => n !== nip) };
  const base = buildProblem(s, { ...options, decisions: others });
  const forced = buildProblem(s, { ...options, decisions: { ...others, forced: [...others.forced, [nip, postId]] } });
  const movePrice = options.movePrice ?? 0;
  const optimal = solve(base.problem, { movePrice });
  const withMove = solve(forced.problem, { movePrice });
  const index = base.movable.indexOf(s.employees.indexOf(e));
  const inOptimalPlan = index >= 0 && base.problem.postIds?.[optimal.assignment[index]!] === postId;
  const home = e.postId === null ? undefined : s.posts.find((p) => p.id === e.postId);
  return {
    kind: 'cost',
    extra: withMove.objective + movePrice * withMove.moves - (optimal.objective + movePrice * optimal.moves),
    parts: moveCostParts(e, post, home, options.planDate, s.settings, base.weights),
    inOptimalPlan,
  };
}
