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

/** The k-th smallest headcount (1-based k) in bins `counts[from..from+size-1]`. */
function kthSmallest(counts: Int32Array, from: number, size: number, k: number): number {
  let seen = 0;
  for (let n = 0; n < size; n++) {
    seen += counts[from + n]!;
    if (seen >= k) return n;
  }
  return size - 1;
}

/** Nearest ranks of P10, P50 and P90 among `runs` values. */
export function percentileRanks(runs: number): [number, number, number] {
  return [Math.max(1, Math.ceil(0.1 * runs)), Math.max(1, Math.ceil(0.5 * runs)), Math.max(1, Math.ceil(0.9 * runs))];
}

/**
 * Fills the statistics at `out[...][at]` of one cell in one month from `counts[n]`, the number of runs
 * in which it holds n people (n < size), its need in FTE, and the percentile ranks of `runs`.
 */
export function fillCellMonth(
  out: CellStatistics, at: number, counts: Int32Array, size: number, need: number, runs: number,
  ranks: readonly [number, number, number], overloadTolerance: number,
): void {
  if (runs === 0) {
    for (const column of Object.values(out) as Float32Array[]) column[at] = Number.NaN;
    return;
  }
  const overloadAt = 1 + overloadTolerance + EJ_TOLERANCE;
  let sum = 0;
  let overloaded = 0;
  for (let n = 1; n < size; n++) {
    const count = counts[n]!;
    sum += n * count;
    if (need / n > overloadAt) overloaded += count;
  }
  const [k10, k50, k90] = ranks;
  out.headcountP10[at] = kthSmallest(counts, 0, size, k10);
  out.headcountP50[at] = kthSmallest(counts, 0, size, k50);
  out.headcountP90[at] = kthSmallest(counts, 0, size, k90);
  // The k-th smallest EJ is at the k-th largest headcount, the (runs - k + 1)-th smallest.
  out.ejP10[at] = ejOf(need, kthSmallest(counts, 0, size, runs - k10 + 1));
  out.ejP50[at] = ejOf(need, kthSmallest(counts, 0, size, runs - k50 + 1));
  out.ejP90[at] = ejOf(need, kthSmallest(counts, 0, size, runs - k90 + 1));
  out.meanHeadcount[at] = sum / runs;
  out.vacant[at] = need > 0 ? counts[0]! / runs : 0;
  out.overloaded[at] = overloaded / runs;
}
