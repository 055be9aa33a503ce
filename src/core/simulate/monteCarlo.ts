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
import { buildSkeleton } from './skeleton';
import { emptyStatistics, type CellStatistics } from './statistics';

export const DEFAULT_RUNS = 1000;
/** At most this many runs: the histograms count runs in 16 bits. */
export const MAX_RUNS = 30_000;

export interface MonteCarloOptions {
  /** Number of runs, 1..30,000; default 1,000. */
  runs?: number;
  /** 32-bit seed; default 1. */
  seed?: number;
  /**
   * Called as the work goes, after a unit once a hundredth of the work has passed since the last call,
   * and at the end: `done` of `total`, in chain-runs (a unit's chains times the runs, at least one
   * per unit). The runs go unit by unit, all runs of a unit at once, so the share done is the
   * measure of progress (not a number of finished runs). A worker may throttle further with its clock.
   */
  onProgress?: (done: number, total: number) => void;
  /**
   * False to leave out the statistics per post (their arrays are then empty); the units keep theirs,
   * the expected number of vacant posts included. Per post and month there are nine numbers: for
   * 45,000 posts over 20 years that is 390 MB, more than a browser tab should hold.
   */
  postStatistics?: boolean;
}

export interface MonteCarloResult {
  runs: number;
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

  const withPosts = options.postStatistics ?? true;
  const skeleton = buildSkeleton(input);
  const keys = Int32Array.from(runKeys(seed, runs), (k) => k | 0);
  const runner = new Runner(input, skeleton, keys, withPosts);
  const { months } = input;
  const nUnits = input.unitIds.length;
  const posts = emptyStatistics(withPosts ? input.postIds.length * months : 0);
  const units = { ...emptyStatistics(nUnits * months), vacantPosts: new Float32Array(nUnits * months) };

  // Unit by unit, all runs at once: one unit's block of histograms, written and read while it is in
  // the cache, and no memory that grows with the agency besides the results.
  const block = runner.block;
  const work = (u: number) => Math.max(1, (skeleton.unitChainStart[u + 1]! - skeleton.unitChainStart[u]!) * runs);
  let total = 0;
  for (let u = 0; u < nUnits; u++) total += work(u);
  const every = Math.max(1, Math.ceil(total / 100));
  let done = 0;
  let reported = 0;
  for (let u = 0; u < nUnits; u++) {
    runner.addRuns(u);
    runner.sumMonths(u);
    runner.unitStatistics(u, units);
    if (withPosts) runner.postStatistics(u, posts, units.vacantPosts);
    block.fill(0, 0, skeleton.blockRow[u]! * months);
    done += work(u);
    if (options.onProgress && (done - reported >= every || u === nUnits - 1)) {
      reported = done;
      options.onProgress(done, total);
    }
  }
  return { runs, seed, startMonth: input.startMonth, months, posts, units };
}

/** The buffers of a result, for `postMessage(result, transferables(result))`. */
export function transferables(result: MonteCarloResult): ArrayBuffer[] {
  const arrays = [...Object.values(result.posts), ...Object.values(result.units)] as Float32Array[];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
