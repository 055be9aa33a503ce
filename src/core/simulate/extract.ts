/**
 * Statistics of a unit's posts from the unit's block of histograms (`runner.ts`), once the runner has
 * summed its changes per month into counts of runs by deviation (`Runner.sumMonths`) and worked out
 * the unit's own statistics (`Runner.unitStatistics`). The runs counted at deviation d != 0 hold
 * s(m) + d people, s the skeleton's headcount; the others (bin 0, never written by the runs) hold s(m).
 *
 * Each post and month goes through `fillCellMonthBins` of `statistics.ts` (the module's unit
 * statistics and the reference Monte Carlo give the same numbers): one pass over the bins gives the
 * six ranks, the mean and both chances. Without the statistics per post, the runner sums the
 * posts' vacancy chances of each unit instead (`Runner.sumMonths`).
 */
import type { SimulationInput } from './input';
import type { Skeleton } from './skeleton';
import { fillCellMonthAllAt, fillCellMonthBins, percentileRanks, type CellStatistics } from './statistics';

export class Extractor {
  private readonly months: number;
  private readonly runs: number;
  private readonly ranks: [number, number, number];

  constructor(
    private readonly input: SimulationInput, private readonly sk: Skeleton, runs: number,
    private readonly posts: CellStatistics, private readonly units: CellStatistics & { vacantPosts: Float32Array },
  ) {
    this.months = input.months;
    this.runs = runs;
    this.ranks = percentileRanks(runs);
  }

  /** The statistics of unit u's posts from its block of histograms, summed over the months, and the unit's expected number of vacant posts. */
  unitPosts(u: number, hist: Int16Array): void {
    const { months, sk, posts } = this;
    const vacantPosts = this.units.vacantPosts;
    for (let j = sk.unitPostStart[u]!; j < sk.unitPostStart[u + 1]!; j++) {
      const p = sk.unitPosts[j]!;
      this.cell(posts, p, this.input.postNeed, hist);
      for (let m = 0; m < months; m++) vacantPosts[u * months + m]! += posts.vacant[p * months + m]!;
    }
  }

  /** Post p's statistics for every month. */
  private cell(out: CellStatistics, p: number, needs: Float64Array, hist: Int16Array): void {
    const { months, sk, runs, ranks } = this;
    const { overloadTolerance } = this.input;
    const lowest = sk.cellLowest[p]!;
    const highest = sk.cellHighest[p]!;
    const row = sk.blockRow[this.input.postUnit[p]!]!;
    let zero = sk.cellZero[p]!;
    let step = sk.cellStepStart[p]!;
    const stepEnd = sk.cellStepStart[p + 1]!;
    for (let m = 0; m < months; m++, zero += row) {
      while (step + 1 < stepEnd && sk.cellStepMonth[step + 1]! <= m) step++;
      const s = sk.cellStepValue[step]!;
      const at = p * months + m;
      let elsewhere = 0;
      for (let d = lowest; d <= highest; d++) elsewhere += hist[zero + d]!;
      if (elsewhere === 0) {
        fillCellMonthAllAt(out, at, s, needs, overloadTolerance); // every run holds the skeleton's s people
        continue;
      }
      hist[zero] = runs - elsewhere;
      // Bin zero + d counts the runs holding s + d people.
      fillCellMonthBins(out, at, hist, zero + lowest, zero + highest, s - zero, needs, runs, ranks, overloadTolerance);
    }
  }
}
