/**
 * Costs of the planning problem, in integer points:
 * - the convex penalty of a post's headcount against its need (asymmetric quadratic, shortage dearer);
 * - the cost of moving one person to a post, as a sum of named parts that can be explained.
 */
import { wholeMonthsBetween, type IsoDate } from '../dates';
import { latestPerformance } from '../employee';
import type { Employee, Post, Settings } from '../scenario/schema';

export interface CostWeights {
  /** Points for one person of shortage at a post needing one person (scaled by 1 / max(need, 1)). */
  shortage: number;
  /** Points for one person of surplus, likewise. */
  surplus: number;
  /** Base cost of any move: the disruption to the person and both units. */
  disruption: number;
}

export const DEFAULT_WEIGHTS: CostWeights = { shortage: 1000, surplus: 400, disruption: 150 };

/** Penalty P(n) of n people at a post with need r (FTE): w (n - r)^2 / max(r, 1), w by side. */
export function postPenalty(n: number, need: number, w: CostWeights = DEFAULT_WEIGHTS): number {
  const gap = n - need;
  return ((gap < 0 ? w.shortage : w.surplus) * gap * gap) / Math.max(need, 1);
}

/**
 * Integer marginal costs P(k) - P(k-1) for k = from+1 .. from+count: computed in reals, rounded,
 * then made non-decreasing so the penalty stays convex after rounding.
 * `postMarginals(0, 3, 2)` for need 2: the first two people lower the penalty, the third raises it.
 */
export function postMarginals(need: number, from: number, count: number, w: CostWeights = DEFAULT_WEIGHTS): number[] {
  const out: number[] = new Array(count);
  let previous = -Infinity;
  for (let i = 0; i < count; i++) {
    const k = from + i + 1;
    const raw = Math.round(postPenalty(k, need, w) - postPenalty(k - 1, need, w));
    previous = Math.max(previous, raw);
    out[i] = previous;
  }
  return out;
}

export const COST_PARTS = ['disruption', 'education', 'experience', 'performance', 'willingness', 'tenure'] as const;
export type CostPart = (typeof COST_PARTS)[number];
export type CostBreakdown = Record<CostPart, number>;

const PERFORMANCE_COST: Record<string, number> = {
  'sangat-baik': 0, baik: 20, 'butuh-perbaikan': 70, kurang: 120, 'sangat-kurang': 160,
};

/**
 * The cost of moving `e` to `post` (never their current post, which costs 0), part by part.
 * Every part is a non-negative integer; the total is their sum.
 */
export function moveCostParts(
  e: Employee, post: Post, currentPost: Post | undefined, planDate: IsoDate, s: Settings, w: CostWeights = DEFAULT_WEIGHTS,
): CostBreakdown {
  // Education: an exact field match costs nothing; a post open to any field, a little; otherwise more.
  const education = post.educationFields.includes(e.education.field) ? 0 : post.educationFields.length === 0 ? 20 : 60;
  // Experience: having worked in the same field or the same post title before.
  const sameField = currentPost !== undefined && currentPost.field === post.field;
  const sameTitle = e.history.some((h) => h.postTitle === post.title) || currentPost?.title === post.title;
  const experience = sameTitle ? 0 : sameField ? 20 : 80;
  const rating = latestPerformance(e)?.rating;
  const performance = rating === undefined ? 60 : (PERFORMANCE_COST[rating] ?? 60);
  const preferred = e.mobility.preferredUnitIds.includes(post.unitId);
  const willingness =
    e.mobility.willingness === 'willing' ? (preferred ? 0 : 20)
    : e.mobility.willingness === 'neutral' ? (preferred ? 30 : 80)
    : 300;
  // Time served: due for rotation after the maximum years costs nothing; fresh in post costs most.
  let tenure = 0;
  if (e.postId !== null) {
    const years = wholeMonthsBetween(e.postSince, planDate) / 12;
    const span = Math.max(s.maxYearsInPost - s.minYearsInPost, 1);
    tenure = years >= s.maxYearsInPost ? 0 : Math.round((100 * Math.min(s.maxYearsInPost - years, span)) / span);
  }
  return { disruption: w.disruption, education, experience, performance, willingness, tenure };
}

/** Sum of the parts. */
export function totalCost(parts: CostBreakdown): number {
  let total = 0;
  for (const part of COST_PARTS) total += parts[part];
  return total;
}
