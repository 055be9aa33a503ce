/**
 * Saved plans side by side: each plan's moves applied to today's scenario, and the balance they give.
 */
import type { BalanceReport } from '../balance';
import type { Scenario } from '../scenario/schema';
import { balanceWith } from './plan';

type SavedPlan = Scenario['plans'][number];

/** Decisions that move someone: proposed, accepted and manual moves (not rejections or pins). */
export function movesOf(plan: SavedPlan): SavedPlan['moves'] {
  return plan.moves.filter((m) => m.decision === 'proposed' || m.decision === 'accepted' || m.decision === 'manual');
}

/** Everyone's post after a saved plan (null when unplaced); moves naming unknown people or posts are skipped. */
export function postsAfterPlan(s: Scenario, plan: SavedPlan): (string | null)[] {
  const posts = new Set(s.posts.map((p) => p.id));
  const target = new Map(movesOf(plan).filter((m) => posts.has(m.toPostId)).map((m) => [m.nip, m.toPostId]));
  return s.employees.map((e) => target.get(e.nip) ?? e.postId);
}

export interface PlanComparison {
  id: string;
  name: string;
  planDate: string;
  moves: number;
  /** True when the plan was computed on the scenario as it is now (same content hash). */
  current: boolean;
  metrics: BalanceReport['metrics'];
  units: BalanceReport['units'];
}

/** Compares saved plans on the scenario; `hash` is the scenario's current content hash. */
export function comparePlans(s: Scenario, planIds: readonly string[], hash: string): PlanComparison[] {
  return planIds.flatMap((id) => {
    const plan = s.plans.find((p) => p.id === id);
    if (!plan) return [];
    const report = balanceWith(s, postsAfterPlan(s, plan));
    return [{
      id, name: plan.name, planDate: plan.planDate, moves: movesOf(plan).length, current: plan.scenarioHash === hash,
      metrics: report.metrics, units: report.units,
    }];
  });
}
