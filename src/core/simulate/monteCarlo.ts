/**
 * Seeded Monte Carlo of the workforce over the horizon: percentiles of EJ and headcount, and the
 * chance of being vacant or overloaded, per post and per unit and month.
 *
 * Same input and seed give the same numbers bit for bit (integer histograms, fixed draws); another
 * seed gives other draws. The only randomness is when people leave other than by retirement
 * (exit-rate events); without exit rates every run equals the skeleton.
 */
import { runKeys } from './draws';
import type { SimulationInput } from './input';
import { Runner } from './runner';
import { buildSkeleton, type Skeleton } from './skeleton';
import { emptyStatistics, fillCellMonthAllAt, fillCellMonthBins, percentileRanks, type CellStatistics } from './statistics';

export const DEFAULT_RUNS = 1000;
/** At most this many runs: the histograms count runs in 16 bits. */
export const MAX_RUNS = 30_000;

export interface MonteCarloOptions {
  /** Number of runs, 1..30,000; default 1,000. */
  runs?: number;
  /** 32-bit seed; default 1. */
  seed?: number;
  /**
   * Called after a batch once `progressEvery` runs have passed since the last call, and after the
   * last run. The default spaces the calls by a tenth of the runs or more (a few calls a second at
   * most on large scenarios); a worker may throttle further with its own clock.
   */
  onProgress?: (runsDone: number, runs: number) => void;
  progressEvery?: number;
  /**
   * Checked before every batch of runs; when it returns true the runs stop and the result covers the
   * runs done. The default batch is about two million person-runs (tens of milliseconds) and at most
   * a tenth of the runs, so a stop is answered well within a quarter of a second; with neither
   * `onProgress` nor `shouldStop` it is all the runs.
   */
  shouldStop?: () => boolean;
  batchRuns?: number;
  /**
   * False to leave out the statistics per post (their arrays are then empty); the units keep theirs,
   * the expected number of vacant posts included. Per post and month there are nine numbers: for
   * 45,000 posts over 20 years that is 390 MB, more than a browser tab should hold.
   */
  postStatistics?: boolean;
}

export interface MonteCarloResult {
  /** Runs done (fewer than `runsRequested` when stopped). */
  runs: number;
  runsRequested: number;
  stopped: boolean;
  seed: number;
  /** Month index of month 0 and the number of months, as in the input. */
  startMonth: number;
  months: number;
  /** Per post, each array indexed `[p * months + m]` (p in input.postIds order); empty when not asked for. */
  posts: CellStatistics;
  /** Per unit, each array indexed `[u * months + m]` (u in input.unitIds order). */
  units: CellStatistics & {
    /** Expected number of the unit's posts that are vacant (the sum of their vacancy chances). */
    vacantPosts: Float32Array;
  };
}

/** Default `progressEvery`: runs worth about 200 million person-months, at least a tenth of the runs. */
function defaultProgressEvery(input: SimulationInput, runs: number): number {
  const work = Math.max(1, input.personArrive.length * input.months);
  return Math.max(Math.ceil(runs / 10), Math.floor(200_000_000 / work));
}

/** Default batch: about two million person-runs. */
function defaultBatchRuns(input: SimulationInput): number {
  return Math.max(1, Math.floor(2_000_000 / Math.max(1, input.personArrive.length)));
}

/**
 * Runs the Monte Carlo. Cost per run: one uniform number per person and per skeleton replacement,
 * plus work in proportion to the random exits of the run; then once, posts and units x months x bins.
 */
export function monteCarlo(input: SimulationInput, options: MonteCarloOptions = {}): MonteCarloResult {
  const runs = options.runs ?? DEFAULT_RUNS;
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
    throw new RangeError(`runs must be a whole number from 1 to ${MAX_RUNS}, got ${runs}`);
  }
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  const every = Math.max(1, options.progressEvery ?? defaultProgressEvery(input, runs));

  const skeleton = buildSkeleton(input);
  const runner = new Runner(input, skeleton);
  const keys = runKeys(seed, runs);
  // Batches exist for progress and stopping; each one streams the whole histogram through the cache
  // once, so without either all runs go in one.
  const watched = options.onProgress !== undefined || options.shouldStop !== undefined;
  const batch = Math.max(1, options.batchRuns ?? (watched ? Math.min(defaultBatchRuns(input), Math.ceil(runs / 10)) : runs));
  let done = 0;
  let reported = 0;
  let stopped = false;
  while (done < runs) {
    if (options.shouldStop?.()) {
      stopped = true;
      break;
    }
    const next = Math.min(runs, done + batch);
    // Without any chance of leaving at random, every run is the skeleton: nothing to add.
    if (skeleton.unitChains.length > 0) runner.addRuns(keys.subarray(done, next));
    done = next;
    if (options.onProgress && (done - reported >= every || done === runs)) {
      reported = done;
      options.onProgress(done, runs);
    }
  }

  const { months } = input;
  const nPosts = input.postIds.length;
  const nUnits = input.unitIds.length;
  const hist = runner.hist;
  const withPosts = options.postStatistics ?? true;
  const posts = emptyStatistics(withPosts ? nPosts * months : 0);
  const units = { ...emptyStatistics(nUnits * months), vacantPosts: new Float32Array(nUnits * months) };
  const ranks = percentileRanks(done);
  for (let u = 0; u < nUnits; u++) {
    const start = skeleton.blockStart[u]!;
    const row = skeleton.blockRow[u]!;
    // The runs were counted as changes per month: sum them over the months.
    for (let at = start + row; at < start + row * months; at++) hist[at]! += hist[at - row]!;
    const unitCell = nPosts + u;
    cellStatistics(units, u, unitCell, input.unitNeed, hist, skeleton, input, done, ranks);
    for (let j = skeleton.unitPostStart[u]!; j < skeleton.unitPostStart[u + 1]!; j++) {
      const p = skeleton.unitPosts[j]!;
      if (withPosts) {
        cellStatistics(posts, p, p, input.postNeed, hist, skeleton, input, done, ranks);
        for (let m = 0; m < months; m++) units.vacantPosts[u * months + m]! += posts.vacant[p * months + m]!;
      } else {
        addVacancy(units.vacantPosts, u, p, hist, skeleton, input, done);
      }
    }
  }
  return { runs: done, runsRequested: runs, stopped, seed, startMonth: input.startMonth, months, posts, units };
}

/**
 * Statistics of cell c (at `index` in `out`) for every month, read from its histogram bins: the runs
 * counted at deviation d != 0 hold s(m) + d people, the others (put in bin 0 here) the skeleton's s(m).
 */
function cellStatistics(
  out: CellStatistics, index: number, c: number, need: Float64Array, hist: Int16Array, sk: Skeleton,
  input: SimulationInput, runs: number, ranks: [number, number, number],
): void {
  const months = input.months;
  const nPosts = input.postIds.length;
  const u = c < nPosts ? input.postUnit[c]! : c - nPosts;
  const lowest = sk.cellLowest[c]!;
  const highest = sk.cellHighest[c]!;
  const row = sk.blockRow[u]!;
  let zero = sk.blockStart[u]! + sk.cellZero[c]!;
  let step = sk.cellStepStart[c]!;
  const stepEnd = sk.cellStepStart[c + 1]!;
  for (let m = 0; m < months; m++, zero += row) {
    while (step + 1 < stepEnd && sk.cellStepMonth[step + 1]! <= m) step++;
    const s = sk.cellStepValue[step]!;
    const at = index * months + m;
    let elsewhere = 0;
    let first = 0;
    let last = 0;
    for (let d = lowest; d <= highest; d++) {
      const count = hist[zero + d]!;
      if (count === 0) continue;
      if (elsewhere === 0) first = d;
      elsewhere += count;
      last = d;
    }
    if (elsewhere === 0) {
      fillCellMonthAllAt(out, at, s, need, input.overloadTolerance);
      continue;
    }
    hist[zero] = runs - elsewhere;
    fillCellMonthBins(out, at, hist, zero + Math.min(first, 0), zero + Math.max(last, 0), s - zero, need, runs, ranks, input.overloadTolerance);
  }
}

/** Adds post p's chance of being vacant (nobody, need > 0) in each month to its unit's expected count. */
function addVacancy(vacantPosts: Float32Array, u: number, p: number, hist: Int16Array, sk: Skeleton, input: SimulationInput, runs: number): void {
  const months = input.months;
  let step = sk.cellStepStart[p]!;
  const stepEnd = sk.cellStepStart[p + 1]!;
  for (let m = 0; m < months; m++) {
    while (step + 1 < stepEnd && sk.cellStepMonth[step + 1]! <= m) step++;
    if (runs === 0 || !(input.postNeed[p * months + m]! > 0)) continue;
    const s = sk.cellStepValue[step]!;
    const zero = sk.blockStart[u]! + m * sk.blockRow[u]! + sk.cellZero[p]!;
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

/** The buffers of a result, for `postMessage(result, transferables(result))`. */
export function transferables(result: MonteCarloResult): ArrayBuffer[] {
  const arrays = [...Object.values(result.posts), ...Object.values(result.units)] as Float32Array[];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
