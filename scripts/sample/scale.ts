/**
 * Scaling the Nanggalo pattern to another number of employees: headcounts are shared out by largest
 * remainder, heads of units stay one each, and the need of every post moves with its headcount so that
 * each post keeps the EJ it was built with.
 */
import { KECAMATAN_SIZE, NANGGALO_UNITS, UNPLACED_PER_KECAMATAN } from './units';
import type { PostPlan } from './types';

export interface ScaledPost {
  plan: PostPlan;
  headcount: number;
  /** Need in FTE. */
  need: number;
  retiring: number;
}

export interface ScaledKecamatan {
  /** Per unit of NANGGALO_UNITS, per post of that unit. */
  posts: ScaledPost[][];
  unplaced: number;
}

function isHead(plan: PostPlan): boolean {
  const type = plan.template.positionType;
  return type === 'jpt' || type === 'administrator' || type === 'pengawas' || plan.template.key === 'kepala-sekolah';
}

/**
 * Shares `total` out in proportion to `weights` (largest remainder, ties to the lower index);
 * with `atLeastOne`, every positive weight gets at least 1.
 */
export function apportion(weights: readonly number[], total: number, atLeastOne: boolean): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const quotas = weights.map((w) => (w * total) / sum);
  const counts = quotas.map((q, i) => (atLeastOne && weights[i]! > 0 ? Math.max(1, Math.floor(q)) : Math.floor(q)));
  let diff = total - counts.reduce((a, b) => a + b, 0);
  const order = quotas.map((_, i) => i).sort((a, b) => quotas[b]! - counts[b]! - (quotas[a]! - counts[a]!) || a - b);
  while (diff > 0) {
    for (const i of order) if (diff > 0 && weights[i]! > 0) { counts[i]! += 1; diff--; }
  }
  while (diff < 0) {
    let moved = false;
    for (let j = order.length - 1; j >= 0 && diff < 0; j--) {
      const i = order[j]!;
      if (counts[i]! > (atLeastOne && weights[i]! > 0 ? 1 : 0)) { counts[i]! -= 1; diff++; moved = true; }
    }
    if (!moved) break;
  }
  return counts;
}

/** The Nanggalo pattern sized for `size` employees (unplaced included). */
export function scaleKecamatan(size: number): ScaledKecamatan {
  const plans = NANGGALO_UNITS.flatMap((u) => u.posts);
  const heads = plans.map((p) => (isHead(p) ? p.headcount : 0));
  const others = plans.map((p) => (isHead(p) ? 0 : p.headcount));
  const fixed = heads.reduce((a, b) => a + b, 0) + UNPLACED_PER_KECAMATAN;
  const flexibleSlots = others.filter((h) => h > 0).length;

  let counts: number[];
  let unplaced: number;
  if (size >= fixed + flexibleSlots) {
    const rest = apportion(others, size - fixed, true);
    counts = plans.map((_, i) => heads[i]! + rest[i]!);
    unplaced = UNPLACED_PER_KECAMATAN;
  } else {
    // Too small to keep every head: share everything out plainly.
    const all = apportion([...plans.map((p) => p.headcount), UNPLACED_PER_KECAMATAN], size, false);
    unplaced = all.pop()!;
    counts = all;
  }

  const factor = size / KECAMATAN_SIZE;
  let k = 0;
  const posts = NANGGALO_UNITS.map((u) => u.posts.map((plan) => {
    const headcount = counts[k++]!;
    const need = plan.headcount === 0 ? plan.ej * factor : plan.ej * (headcount > 0 ? headcount : plan.headcount * factor);
    const retiring = plan.headcount === 0 ? 0 : Math.min(headcount, Math.round((plan.retiring * headcount) / plan.headcount));
    return { plan, headcount, need, retiring };
  }));
  return { posts, unplaced };
}
