/**
 * Statistics per cell (post or unit) and month from headcount histograms over the runs.
 *
 * Need is the same in every run, so EJ = need / headcount is a decreasing function of the headcount
 * and its percentiles follow exactly from the headcount's, which is a whole number: the percentiles
 * are exact, with no binning error. Percentiles
 * use the nearest rank: P10 is the ceil(0.1 x runs)-th smallest value.
 */
import { EJ_TOLERANCE } from '../abk';

export interface CellStatistics {
  /** EJ percentiles; +Infinity where the run at that rank has nobody in a cell with need; 0 without need. */
  ejP10: Float32Array;
  ejP50: Float32Array;
  ejP90: Float32Array;
  /** Headcount percentiles and mean. */
  headcountP10: Float32Array;
  headcountP50: Float32Array;
  headcountP90: Float32Array;
  meanHeadcount: Float32Array;
  /** Share of runs in which the cell is vacant (nobody, need > 0). */
  vacant: Float32Array;
  /** Share of runs in which EJ > 1 + overloadTolerance with somebody there (vacant runs not included). */
  overloaded: Float32Array;
}

export function emptyStatistics(size: number): CellStatistics {
  return {
    ejP10: new Float32Array(size),
    ejP50: new Float32Array(size),
    ejP90: new Float32Array(size),
    headcountP10: new Float32Array(size),
    headcountP50: new Float32Array(size),
    headcountP90: new Float32Array(size),
    meanHeadcount: new Float32Array(size),
    vacant: new Float32Array(size),
    overloaded: new Float32Array(size),
  };
}

/** EJ of a need and a headcount: +Infinity for a vacant cell (need, nobody), 0 without need. */
export function ejOf(need: number, headcount: number): number {
  if (need <= 0) return 0;
  return headcount === 0 ? Number.POSITIVE_INFINITY : need / headcount;
}


/** Nearest ranks of P10, P50 and P90 among `runs` values. */
export function percentileRanks(runs: number): [number, number, number] {
  return [Math.max(1, Math.ceil(0.1 * runs)), Math.max(1, Math.ceil(0.5 * runs)), Math.max(1, Math.ceil(0.9 * runs))];
}

/**
 * Fills the statistics at `out[...][at]` of one cell in one month from `counts[n]`, the number of runs
 * in which it holds n people (n < size; only `from <= n < size` may be non-zero), its need in FTE
 * (`need[at]`), and the percentile ranks of `runs`.
 */
export function fillCellMonth(
  out: CellStatistics, at: number, counts: ArrayLike<number>, size: number, need: ArrayLike<number>, runs: number,
  ranks: readonly [number, number, number], overloadTolerance: number, from = 0,
): void {
  fillCellMonthBins(out, at, counts, from, size - 1, 0, need, runs, ranks, overloadTolerance);
}

/**
 * The same from bins anywhere: `bins[k]` for `first <= k <= last` counts the runs in which the cell
 * holds `k + shift` people (the Monte Carlo passes its histogram of deviations from the skeleton).
 * The need comes as an array read at `at` (a number passed on its own would be boxed, a million times).
 * One pass over the bins finds the six ranks (P10, P50, P90 of the headcount, and of EJ, which are at
 * the mirrored ranks).
 */
export function fillCellMonthBins(
  out: CellStatistics, at: number, bins: ArrayLike<number>, first: number, last: number, shift: number, needs: ArrayLike<number>,
  runs: number, ranks: readonly [number, number, number], overloadTolerance: number,
): void {
  const need = needs[at]!;
  if (runs === 0) {
    for (const column of Object.values(out) as Float32Array[]) column[at] = Number.NaN;
    return;
  }
  const overloadAt = 1 + overloadTolerance + EJ_TOLERANCE;
  const [k10, k50, k90] = ranks;
  // The k-th smallest EJ is at the k-th largest headcount, the (runs - k + 1)-th smallest.
  const e90 = runs - k90 + 1;
  const e50 = runs - k50 + 1;
  const e10 = runs - k10 + 1;
  let h10 = -1, h50 = -1, h90 = -1, n90 = -1, n50 = -1, n10 = -1;
  let seen = 0;
  let sum = 0;
  let overloaded = 0;
  let nobody = 0;
  for (let k = first; k <= last; k++) {
    const count = bins[k]!;
    if (count === 0) continue;
    const n = k + shift;
    seen += count;
    sum += n * count;
    if (n === 0) nobody = count;
    else if (need / n > overloadAt) overloaded += count;
    if (h10 < 0 && seen >= k10) h10 = n;
    if (h50 < 0 && seen >= k50) h50 = n;
    if (h90 < 0 && seen >= k90) h90 = n;
    if (n90 < 0 && seen >= e90) n90 = n;
    if (n50 < 0 && seen >= e50) n50 = n;
    if (n10 < 0 && seen >= e10) n10 = n;
  }
  out.headcountP10[at] = h10;
  out.headcountP50[at] = h50;
  out.headcountP90[at] = h90;
  out.ejP10[at] = ejOf(need, n10);
  out.ejP50[at] = ejOf(need, n50);
  out.ejP90[at] = ejOf(need, n90);
  out.meanHeadcount[at] = sum / runs;
  out.vacant[at] = need > 0 ? nobody / runs : 0;
  out.overloaded[at] = overloaded / runs;
}

/** The statistics of a cell in a month in which every run holds the same `headcount` people. */
export function fillCellMonthAllAt(out: CellStatistics, at: number, headcount: number, needs: ArrayLike<number>, overloadTolerance: number): void {
  const need = needs[at]!;
  out.headcountP10[at] = headcount;
  out.headcountP50[at] = headcount;
  out.headcountP90[at] = headcount;
  const ej = ejOf(need, headcount);
  out.ejP10[at] = ej;
  out.ejP50[at] = ej;
  out.ejP90[at] = ej;
  out.meanHeadcount[at] = headcount;
  out.vacant[at] = need > 0 && headcount === 0 ? 1 : 0;
  out.overloaded[at] = headcount > 0 && need / headcount > 1 + overloadTolerance + EJ_TOLERANCE ? 1 : 0;
}
