/**
 * Statistics of a unit and its posts from the unit's block of histograms (`deviations.ts`): the
 * changes per month are summed into counts of runs by deviation, then each cell and month is read
 * once. The runs counted at deviation d != 0 hold s(m) + d people, s the skeleton's headcount; the
 * others (bin 0, never written by the runs) hold s(m).
 *
 * This is `fillCellMonthBins` of `statistics.ts` written out for the histograms, with the same
 * arithmetic in the same order (the reference Monte Carlo uses that one, and the two agree bit for
 * bit); one pass over the bins gives the six ranks, the mean and both chances.
 */
import { EJ_TOLERANCE } from '../abk';
import type { SimulationInput } from './input';
import type { Skeleton } from './skeleton';
import { percentileRanks, type CellStatistics } from './statistics';

export class Extractor {
  private readonly months: number;
  private readonly nPosts: number;
  private readonly overloadAt: number;
  private readonly runs: number;
  private readonly k10: number;
  private readonly k50: number;
  private readonly k90: number;

  constructor(
    private readonly input: SimulationInput, private readonly sk: Skeleton, runs: number,
    private readonly posts: CellStatistics | null, private readonly units: CellStatistics & { vacantPosts: Float32Array },
  ) {
    this.months = input.months;
    this.nPosts = input.postIds.length;
    this.overloadAt = 1 + input.overloadTolerance + EJ_TOLERANCE;
    this.runs = runs;
    [this.k10, this.k50, this.k90] = percentileRanks(runs);
  }

  /** Statistics of unit u and its posts from its block, which starts at `start` in `hist` (summed in place). */
  unit(u: number, hist: Int16Array, start: number): void {
    const { months, sk } = this;
    const row = sk.blockRow[u]!;
    // The runs were counted as changes per month: sum them over the months.
    for (let at = start + row; at < start + row * months; at++) hist[at]! += hist[at - row]!;
    this.cell(this.units, u, this.nPosts + u, this.input.unitNeed, hist, start);
    const vacantPosts = this.units.vacantPosts;
    for (let j = sk.unitPostStart[u]!; j < sk.unitPostStart[u + 1]!; j++) {
      const p = sk.unitPosts[j]!;
      if (this.posts) {
        this.cell(this.posts, p, p, this.input.postNeed, hist, start);
        const vacant = this.posts.vacant;
        for (let m = 0; m < months; m++) vacantPosts[u * months + m]! += vacant[p * months + m]!;
      } else {
        this.vacancy(u, p, hist, start);
      }
    }
  }

  /** Cell c's statistics for every month, at `index` in `out`. */
  private cell(out: CellStatistics, index: number, c: number, needs: Float64Array, hist: Int16Array, start: number): void {
    const { months, sk, runs, overloadAt, k10, k50, k90 } = this;
    const { headcountP10, headcountP50, headcountP90, ejP10, ejP50, ejP90, meanHeadcount, vacant, overloaded } = out;
    const lowest = sk.cellLowest[c]!;
    const highest = sk.cellHighest[c]!;
    const row = sk.blockRow[c < this.nPosts ? this.input.postUnit[c]! : c - this.nPosts]!;
    let zero = start + sk.cellZero[c]!;
    let step = sk.cellStepStart[c]!;
    const stepEnd = sk.cellStepStart[c + 1]!;
    // The k-th smallest EJ is at the k-th largest headcount, the (runs - k + 1)-th smallest.
    const e90 = runs - k90 + 1;
    const e50 = runs - k50 + 1;
    const e10 = runs - k10 + 1;
    for (let m = 0; m < months; m++, zero += row) {
      while (step + 1 < stepEnd && sk.cellStepMonth[step + 1]! <= m) step++;
      const s = sk.cellStepValue[step]!;
      const at = index * months + m;
      const need = needs[at]!;
      let elsewhere = 0;
      for (let d = lowest; d <= highest; d++) elsewhere += hist[zero + d]!;
      if (elsewhere === 0) {
        // Every run holds the skeleton's s people.
        headcountP10[at] = s;
        headcountP50[at] = s;
        headcountP90[at] = s;
        const ej = need <= 0 ? 0 : s === 0 ? Number.POSITIVE_INFINITY : need / s;
        ejP10[at] = ej;
        ejP50[at] = ej;
        ejP90[at] = ej;
        meanHeadcount[at] = s;
        vacant[at] = need > 0 && s === 0 ? 1 : 0;
        overloaded[at] = s > 0 && need / s > overloadAt ? 1 : 0;
        continue;
      }
      hist[zero] = runs - elsewhere;
      let h10 = -1, h50 = -1, h90 = -1, n90 = -1, n50 = -1, n10 = -1;
      let seen = 0;
      let sum = 0;
      let over = 0;
      let nobody = 0;
      for (let d = lowest; d <= highest; d++) {
        const count = hist[zero + d]!;
        if (count === 0) continue;
        const n = s + d;
        seen += count;
        sum += n * count;
        if (n === 0) nobody = count;
        else if (need / n > overloadAt) over += count;
        if (h10 < 0 && seen >= k10) h10 = n;
        if (h50 < 0 && seen >= k50) h50 = n;
        if (h90 < 0 && seen >= k90) h90 = n;
        if (n90 < 0 && seen >= e90) n90 = n;
        if (n50 < 0 && seen >= e50) n50 = n;
        if (n10 < 0 && seen >= e10) n10 = n;
      }
      headcountP10[at] = h10;
      headcountP50[at] = h50;
      headcountP90[at] = h90;
      ejP10[at] = need <= 0 ? 0 : n10 === 0 ? Number.POSITIVE_INFINITY : need / n10;
      ejP50[at] = need <= 0 ? 0 : n50 === 0 ? Number.POSITIVE_INFINITY : need / n50;
      ejP90[at] = need <= 0 ? 0 : n90 === 0 ? Number.POSITIVE_INFINITY : need / n90;
      meanHeadcount[at] = sum / runs;
      vacant[at] = need > 0 ? nobody / runs : 0;
      overloaded[at] = over / runs;
    }
  }

  /** Adds post p's chance of being vacant (nobody, need > 0) in each month to its unit's expected count. */
  private vacancy(u: number, p: number, hist: Int16Array, start: number): void {
    const { months, sk, runs } = this;
    const postNeed = this.input.postNeed;
    const vacantPosts = this.units.vacantPosts;
    const row = sk.blockRow[u]!;
    let step = sk.cellStepStart[p]!;
    const stepEnd = sk.cellStepStart[p + 1]!;
    for (let m = 0; m < months; m++) {
      while (step + 1 < stepEnd && sk.cellStepMonth[step + 1]! <= m) step++;
      if (runs === 0 || !(postNeed[p * months + m]! > 0)) continue;
      const s = sk.cellStepValue[step]!;
      const zero = start + m * row + sk.cellZero[p]!;
      // Runs with nobody: deviation -s; when s is 0, the runs counted at no other deviation.
      let nobody = 0;
      if (s > 0) nobody = s <= -sk.cellLowest[p]! ? hist[zero - s]! : 0;
      else {
        nobody = runs;
        for (let d = 1; d <= sk.cellHighest[p]!; d++) nobody -= hist[zero + d]!;
      }
      vacantPosts[u * months + m]! += Math.fround(nobody / runs);
    }
  }
}
