/**
 * Seeded Monte Carlo of the workforce over the horizon: percentiles of EJ and headcount, and the
 * chance of being vacant or overloaded, per post and per unit and month.
 *
 * Same input and seed give the same numbers bit for bit (integer histograms, fixed draws); another
 * seed gives other draws. The only randomness is when people leave other than by retirement
 * (exit-rate events); without exit rates every run equals the skeleton.
 */
import { runKeys } from './draws';
import { Extractor } from './extract';
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
   * Called after a batch once `progressEvery` runs have passed since the last call, and after the
   * last run. The default spaces the calls by a tenth of the runs or more (a few calls a second at
   * most on large scenarios); a worker may throttle further with its own clock.
   */
  onProgress?: (runsDone: number, runs: number) => void;
  progressEvery?: number;
  /**
   * Checked before every batch of runs; when it returns true the runs stop and the result covers the
   * runs done. The default batch is a tenth of the runs; with `shouldStop`, at most about two million
   * person-runs (tens of milliseconds), so a stop is answered well within a quarter of a second. Each
   * batch goes through every unit's histograms, so fewer batches are faster. With neither
   * `onProgress` nor `shouldStop` nor `batchRuns`, there are no batches: each unit does all its runs
   * and has its statistics read at once, so only one unit's histograms are held at a time.
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
  const keys = Int32Array.from(runKeys(seed, runs), (k) => k | 0);
  const { months } = input;
  const nUnits = input.unitIds.length;
  const withPosts = options.postStatistics ?? true;
  const posts = emptyStatistics(withPosts ? input.postIds.length * months : 0);
  const units = { ...emptyStatistics(nUnits * months), vacantPosts: new Float32Array(nUnits * months) };
  const result = (done: number, stopped: boolean): MonteCarloResult =>
    ({ runs: done, runsRequested: runs, stopped, seed, startMonth: input.startMonth, months, posts, units });

  const watched = options.onProgress !== undefined || options.shouldStop !== undefined;
  if (!watched && options.batchRuns === undefined) {
    // Unit by unit, all runs at once: one unit's block of histograms, read while it is in the cache.
    const extractor = new Extractor(input, skeleton, runs, withPosts ? posts : null, units);
    let widest = 0;
    for (let u = 0; u < nUnits; u++) widest = Math.max(widest, skeleton.blockRow[u]!);
    const block = new Int16Array(widest * months);
    for (let u = 0; u < nUnits; u++) {
      runner.addRuns(u, keys, block, 0);
      extractor.unit(u, block, 0);
      block.fill(0, 0, skeleton.blockRow[u]! * months);
    }
    return result(runs, false);
  }

  // In batches of runs over all units, for progress and stopping: every unit's histograms are kept.
  const hist = new Int16Array(skeleton.histogramSize);
  const tenth = Math.ceil(runs / 10);
  const batch = Math.max(1, options.batchRuns ?? (options.shouldStop ? Math.min(defaultBatchRuns(input), tenth) : tenth));
  let done = 0;
  let reported = 0;
  let stopped = false;
  while (done < runs) {
    if (options.shouldStop?.()) {
      stopped = true;
      break;
    }
    const next = Math.min(runs, done + batch);
    const batchKeys = keys.subarray(done, next);
    for (let u = 0; u < nUnits; u++) runner.addRuns(u, batchKeys, hist, skeleton.blockStart[u]!);
    done = next;
    if (options.onProgress && (done - reported >= every || done === runs)) {
      reported = done;
      options.onProgress(done, runs);
    }
  }
  const extractor = new Extractor(input, skeleton, done, withPosts ? posts : null, units);
  for (let u = 0; u < nUnits; u++) extractor.unit(u, hist, skeleton.blockStart[u]!);
  return result(done, stopped);
}

/** The buffers of a result, for `postMessage(result, transferables(result))`. */
export function transferables(result: MonteCarloResult): ArrayBuffer[] {
  const arrays = [...Object.values(result.posts), ...Object.values(result.units)] as Float32Array[];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
