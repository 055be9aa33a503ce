/**
 * Balance of a scenario at its reference date: need, headcount and EJ per post and per unit,
 * and the metrics of the planning model (misallocation index, vacant and overloaded posts, spread of EJ).
 * Works on a columnar input so that the worker receives typed arrays, not employee objects.
 */
import { band, efficiency, EJ_TOLERANCE, need as needOf, roundedNeed, type Band, type BandThresholds } from './abk';
import type { Scenario } from './scenario/schema';

export interface BalanceInput {
  wkeMinutes: number;
  bands: BandThresholds;
  overloadTolerance: number;
  unitIds: string[];
  /** Per post: its id, the index of its unit in `unitIds`, its yearly workload in minutes. */
  postIds: string[];
  postUnit: Int32Array;
  postWorkload: Float64Array;
  /** Per employee: index of the post held, or -1 when not placed. */
  employeePost: Int32Array;
}

/** Builds the columnar input from a scenario. */
export function toBalanceInput(s: Scenario): BalanceInput {
  const unitIndex = new Map(s.units.map((u, i) => [u.id, i]));
  const postIndex = new Map(s.posts.map((p, i) => [p.id, i]));
  const postUnit = new Int32Array(s.posts.length);
  const postWorkload = new Float64Array(s.posts.length);
  s.posts.forEach((p, i) => {
    postUnit[i] = unitIndex.get(p.unitId) ?? -1;
    postWorkload[i] = needOf(p.tasks, 1);
  });
  const employeePost = new Int32Array(s.employees.length);
  s.employees.forEach((e, i) => {
    employeePost[i] = e.postId === null ? -1 : (postIndex.get(e.postId) ?? -1);
  });
  return {
    wkeMinutes: s.settings.wkeMinutes,
    bands: s.settings.bands,
    overloadTolerance: s.settings.overloadTolerance,
    unitIds: s.units.map((u) => u.id),
    postIds: s.posts.map((p) => p.id),
    postUnit,
    postWorkload,
    employeePost,
  };
}

/** How a post or unit stands: a band, or vacant (need but nobody), or idle (nobody and no need). */
export type Standing = Band | 'vacant' | 'idle';

export interface BalanceRow {
  id: string;
  /** Need in FTE (fractional) and as shown (rounded half-up, at least 1 if any workload). */
  need: number;
  needRounded: number;
  headcount: number;
  /** need / headcount; null when headcount is 0. */
  ej: number | null;
  standing: Standing;
}

export interface UnitBalanceRow extends BalanceRow {
  vacantPosts: number;
  overloadedPosts: number;
}

export interface BalanceMetrics {
  totalNeed: number;
  totalHeadcount: number;
  /** I = sum |n_p - r_p| / sum r_p; 0 when every post is staffed exactly to need. */
  misallocationIndex: number;
  vacantPosts: number;
  overloadedPosts: number;
  /** Posts whose EJ is in band D or E (people to spare). */
  underusedPosts: number;
  maxEj: number | null;
  minEj: number | null;
  /** Population standard deviation of EJ over staffed posts with need. */
  ejSpread: number;
}

export interface BalanceReport {
  posts: BalanceRow[];
  units: UnitBalanceRow[];
  metrics: BalanceMetrics;
}

function standingOf(needFte: number, headcount: number, bands: BandThresholds): Standing {
  if (headcount === 0) return needFte > 0 ? 'vacant' : 'idle';
  return band(needFte / headcount, bands);
}

/**
 * Computes the balance of every post and unit. Linear in posts + employees.
 * Example: one post with need 2.4 FTE and 2 people has EJ 1.2, band A, and I = 0.4 / 2.4.
 */
export function analyseBalance(input: BalanceInput): BalanceReport {
  const nPosts = input.postIds.length;
  const nUnits = input.unitIds.length;
  const headcount = new Int32Array(nPosts);
  for (let i = 0; i < input.employeePost.length; i++) {
    const p = input.employeePost[i]!;
    if (p >= 0) headcount[p]! += 1;
  }
  const unitNeed = new Float64Array(nUnits);
  const unitHead = new Int32Array(nUnits);
  const unitVacant = new Int32Array(nUnits);
  const unitOverloaded = new Int32Array(nUnits);
  const overloadAt = 1 + input.overloadTolerance;

  let totalNeed = 0;
  let totalHeadcount = 0;
  let absGap = 0;
  let vacantPosts = 0;
  let overloadedPosts = 0;
  let underusedPosts = 0;
  let maxEj: number | null = null;
  let minEj: number | null = null;
  let ejSum = 0;
  let ejSumSq = 0;
  let ejCount = 0;

  const posts: BalanceRow[] = new Array(nPosts);
  for (let p = 0; p < nPosts; p++) {
    const r = input.postWorkload[p]! / input.wkeMinutes;
    const n = headcount[p]!;
    const ej = efficiency(r, n);
    const standing = standingOf(r, n, input.bands);
    posts[p] = { id: input.postIds[p]!, need: r, needRounded: roundedNeed(r), headcount: n, ej, standing };
    totalNeed += r;
    totalHeadcount += n;
    absGap += Math.abs(n - r);
    const u = input.postUnit[p]!;
    if (u >= 0) {
      unitNeed[u]! += r;
      unitHead[u]! += n;
    }
    if (standing === 'vacant') {
      vacantPosts++;
      if (u >= 0) unitVacant[u]! += 1;
    }
    if (ej !== null && r > 0) {
      if (ej > overloadAt + EJ_TOLERANCE) {
        overloadedPosts++;
        if (u >= 0) unitOverloaded[u]! += 1;
      }
      if (standing === 'D' || standing === 'E') underusedPosts++;
      maxEj = maxEj === null ? ej : Math.max(maxEj, ej);
      minEj = minEj === null ? ej : Math.min(minEj, ej);
      ejSum += ej;
      ejSumSq += ej * ej;
      ejCount++;
    } else if (ej !== null) {
      underusedPosts++; // staffed, but no workload at all
    }
  }

  const units: UnitBalanceRow[] = new Array(nUnits);
  for (let u = 0; u < nUnits; u++) {
    const r = unitNeed[u]!;
    const n = unitHead[u]!;
    units[u] = {
      id: input.unitIds[u]!,
      need: r,
      needRounded: roundedNeed(r),
      headcount: n,
      ej: efficiency(r, n),
      standing: standingOf(r, n, input.bands),
      vacantPosts: unitVacant[u]!,
      overloadedPosts: unitOverloaded[u]!,
    };
  }

  const mean = ejCount > 0 ? ejSum / ejCount : 0;
  const variance = ejCount > 0 ? Math.max(0, ejSumSq / ejCount - mean * mean) : 0;
  return {
    posts,
    units,
    metrics: {
      totalNeed,
      totalHeadcount,
      misallocationIndex: totalNeed > 0 ? absGap / totalNeed : 0,
      vacantPosts,
      overloadedPosts,
      underusedPosts,
      maxEj,
      minEj,
      ejSpread: Math.sqrt(variance),
    },
  };
}

/**
 * Indices of the k rows furthest from balance, in their original order: vacant rows with need first,
 * then by |EJ - 1| (largest first); ties keep the earlier row. For pages that cannot show thousands of
 * units at once. Example: EJ [1.0, 1.6, null (need 2), 0.3] with k = 2 gives [2, 3].
 */
export function mostUnbalanced(rows: readonly (Pick<BalanceRow, 'need' | 'ej'> | undefined)[], k: number): number[] {
  const take = Math.min(Math.max(0, k), rows.length);
  if (take === 0) return [];
  // One pass keeping the k furthest so far, nearest last (a large agency's thousands of units are
  // not sorted for a few dozen): a row enters only when strictly further than the nearest kept,
  // so of equal ones the earlier stays.
  const kept: number[] = [];
  const far: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const d = !r ? -1 : r.ej === null ? (r.need > 0 ? Number.POSITIVE_INFINITY : -1) : Math.abs(r.ej - 1);
    if (kept.length === take && !(d > far[take - 1]!)) continue;
    let at = kept.length === take ? take - 1 : kept.length;
    while (at > 0 && d > far[at - 1]!) {
      kept[at] = kept[at - 1]!;
      far[at] = far[at - 1]!;
      at--;
    }
    kept[at] = i;
    far[at] = d;
  }
  return kept.sort((a, b) => a - b);
}
