/**
 * Statistics of a unit and its posts from the unit's block of histograms (`runner.ts`), once the
 * runner has summed its changes per month into counts of runs by deviation (`Runner.sumMonths`), then
 * each cell and month is read once. The runs counted at deviation d != 0 hold s(m) + d people, s the
 * skeleton's headcount; the others (bin 0, never written by the runs) hold s(m).
 *
 * Each cell and month goes through `fillCellMonthBins` of `statistics.ts` (the reference Monte Carlo
 * uses it too): one pass over the bins gives the six ranks, the mean and both chances. Without the
 * statistics per post, the runner has also summed the posts' vacancy chances of the unit.
 */
import type { SimulationInput } from './input';
import type { Skeleton } from './skeleton';
import { fillCellMonthAllAt, fillCellMonthBins, percentileRanks, type CellStatistics } from './statistics';

export class Extractor {
  private readonly months: number;
  private readonly nPosts: number;
  private readonly runs: number;
  private readonly ranks: [number, number, number];

  constructor(
    private readonly input: SimulationInput, private readonly sk: Skeleton, runs: number,
    private readonly posts: CellStatistics | null, private readonly units: CellStatistics & { vacantPosts: Float32Array },
  ) {
    this.months = input.months;
    this.nPosts = input.postIds.length;
    this.runs = runs;
    this.ranks = percentileRanks(runs);
  }

  /**
   * Statistics of unit u and its posts from its block of histograms, summed over the months; without
   * statistics per post, `vacancy` has the unit's expected number of vacant posts per month.
   */
  unit(u: number, hist: Int16Array, vacancy: Float32Array): void {
    const { months, sk } = this;
    this.cell(this.units, u, this.nPosts + u, this.input.unitNeed, hist);
    const vacantPosts = this.units.vacantPosts;
    if (!this.posts) {
      vacantPosts.set(vacancy, u * months);
      return;
    }
    for (let j = sk.unitPostStart[u]!; j < sk.unitPostStart[u + 1]!; j++) {
      const p = sk.unitPosts[j]!;
      this.cell(this.posts, p, p, this.input.postNeed, hist);
      const vacant = this.posts.vacant;
      for (let m = 0; m < months; m++) vacantPosts[u * months + m]! += vacant[p * months + m]!;
    }
  }

  /** Cell c's statistics for every month, at `index` in `out`. */
  private cell(out: CellStatistics, index: number, c: number, needs: Float64Array, hist: Int16Array): void {
    const { months, sk, runs, ranks } = this;
    const { overloadTolerance } = this.input;
    const lowest = sk.cellLowest[c]!;
    const highest = sk.cellHighest[c]!;
    const row = sk.blockRow[c < this.nPosts ? this.input.postUnit[c]! : c - this.nPosts]!;
    let zero = sk.cellZero[c]!;
    let step = sk.cellStepStart[c]!;
    const stepEnd = sk.cellStepStart[c + 1]!;
    for (let m = 0; m < months; m++, zero += row) {
      while (step + 1 < stepEnd && sk.cellStepMonth[step + 1]! <= m) step++;
      const s = sk.cellStepValue[step]!;
      const at = index * months + m;
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
