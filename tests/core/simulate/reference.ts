/**
 * A plain reference for the Monte Carlo: every run steps every person and replacement through every
 * month of the horizon and counts each post and unit, with the same draws and the same exit rule as
 * the engine. It shares none of the engine's skeleton, deviations or histogram layout, so the two
 * agreeing exactly checks those; the benchmark times it as the naive way.
 */
import { formalPostAt, replacementStart } from '../../../src/core/simulate/chains';
import { draw, runKeys, TWO_32 } from '../../../src/core/simulate/draws';
import { drawExponential } from '../../../src/core/simulate/wasmModule';
import { exitCurve, exitMonth, stayingByLength, windowIntensity } from '../../../src/core/simulate/exits';
import type { SimulationInput } from '../../../src/core/simulate/input';
import type { MonteCarloResult } from '../../../src/core/simulate/monteCarlo';
import { emptyStatistics, fillCellMonth, percentileRanks, type CellStatistics } from '../../../src/core/simulate/statistics';

/** What the reference works out once per input: each person's chance of staying, each post's replacements'. */
export interface Prepared {
  personLimit: Float64Array;
  curve: ReturnType<typeof exitCurve>;
  postStaying: (Float64Array | null)[];
}

export function prepare(input: SimulationInput): Prepared {
  const { months } = input;
  const curve = exitCurve(input.exitIntensity);
  const personLimit = new Float64Array(input.personArrive.length);
  for (let i = 0; i < personLimit.length; i++) {
    const arrive = input.personArrive[i]!;
    const depart = Math.max(arrive, Math.min(input.personRetire[i]!, months));
    personLimit[i] = Math.exp(-windowIntensity(curve, input.personGroup[i]!, input.personAge[i]!, arrive, depart)) * TWO_32;
  }
  const postStaying = input.postIds.map((_, p) =>
    input.backfillDelay[p]! < 0 ? null : stayingByLength(curve, input.replacementGroup[p]!, input.replacementAge[p]!, months));
  return { personLimit, curve, postStaying };
}

/** Headcount of every post, `[p * months + m]`, in one run, stepping month by month. */
export function stepRun(input: SimulationInput, prepared: Prepared, key: number, counts: Int32Array): void {
  const { months } = input;
  const curve = prepared.curve;
  counts.fill(0);
  const nPeople = input.personArrive.length;
  for (let i = 0; i < nPeople; i++) {
    const arrive = input.personArrive[i]!;
    const depart = Math.max(arrive, Math.min(input.personRetire[i]!, months));
    const z0 = draw(key, input.personKey[i]!, 0);
    let leaves = depart;
    if (z0 >= prepared.personLimit[i]!) {
      leaves = exitMonth(curve, input.personGroup[i]!, input.personAge[i]!, arrive, depart, drawExponential((z0 - 2 ** 31) | 0));
    }
    let k = input.stepStart[i]!;
    for (let t = arrive; t < leaves; t++) {
      while (k + 1 < input.stepStart[i + 1]! && input.stepMonth[k + 1]! <= t) k++;
      const post = input.stepPost[k]!;
      if (post >= 0) counts[post * months + t]! += 1;
    }
    if (leaves >= months) continue;
    const post = formalPostAt(input, i, leaves);
    for (let generation = 1; leaves < months; generation++) {
      const start = replacementStart(input, post, leaves);
      if (start < 0) break;
      const end = Math.min(months, start + input.replacementService[post]!);
      const z = draw(key, input.personKey[i]!, generation);
      leaves = end;
      if (z >= prepared.postStaying[post]![end - start]! * TWO_32) {
        leaves = exitMonth(curve, input.replacementGroup[post]!, input.replacementAge[post]!, start, end, drawExponential((z - 2 ** 31) | 0));
      }
      for (let t = start; t < leaves; t++) counts[post * months + t]! += 1;
    }
  }
}

/** Most people a post can hold: the people who work in it or hold it at some time (each with their replacements). */
function capacities(input: SimulationInput): { post: Int32Array; unit: Int32Array } {
  const post = new Int32Array(input.postIds.length);
  const unit = new Int32Array(input.unitIds.length);
  for (let i = 0; i < input.personArrive.length; i++) {
    const posts = new Set<number>();
    for (let k = input.stepStart[i]!; k < input.stepStart[i + 1]!; k++) {
      if (input.stepPost[k]! >= 0) posts.add(input.stepPost[k]!);
      if (input.stepFormal[k]! >= 0) posts.add(input.stepFormal[k]!);
    }
    for (const p of posts) post[p]! += 1;
    for (const u of new Set([...posts].map((p) => input.postUnit[p]!))) unit[u]! += 1;
  }
  return { post, unit };
}

/** The Monte Carlo result computed the plain way (same layout as `monteCarlo`). */
export function referenceMonteCarlo(input: SimulationInput, options: { runs: number; seed: number }): MonteCarloResult {
  const { months } = input;
  const nPosts = input.postIds.length;
  const nUnits = input.unitIds.length;
  const keys = runKeys(options.seed, options.runs);
  const prepared = prepare(input);
  const counts = new Int32Array(nPosts * months);
  const unitCounts = new Int32Array(nUnits * months);
  // Histograms: cell c, month m, headcount n at start[c] + m * size[c] + n.
  const cap = capacities(input);
  const layout = (sizes: Int32Array) => {
    const start = new Int32Array(sizes.length + 1);
    for (let c = 0; c < sizes.length; c++) start[c + 1] = start[c]! + (sizes[c]! + 1) * months;
    return start;
  };
  const postStart = layout(cap.post);
  const unitStart = layout(cap.unit);
  const postHist = new Int32Array(postStart[nPosts]!);
  const unitHist = new Int32Array(unitStart[nUnits]!);
  for (const key of keys) {
    stepRun(input, prepared, key, counts);
    unitCounts.fill(0);
    for (let p = 0; p < nPosts; p++) {
      const u = input.postUnit[p]!;
      const size = cap.post[p]! + 1;
      for (let m = 0; m < months; m++) {
        const n = counts[p * months + m]!;
        postHist[postStart[p]! + m * size + n]! += 1;
        unitCounts[u * months + m]! += n;
      }
    }
    for (let u = 0; u < nUnits; u++) {
      const size = cap.unit[u]! + 1;
      for (let m = 0; m < months; m++) unitHist[unitStart[u]! + m * size + unitCounts[u * months + m]!]! += 1;
    }
  }
  const ranks = percentileRanks(options.runs);
  const posts = emptyStatistics(nPosts * months);
  const units = { ...emptyStatistics(nUnits * months), vacantPosts: new Float32Array(nUnits * months) };
  const fill = (out: CellStatistics, hist: Int32Array, start: Int32Array, capacity: Int32Array, need: Float64Array) => {
    for (let c = 0; c < capacity.length; c++) {
      const size = capacity[c]! + 1;
      for (let m = 0; m < months; m++) {
        const bins = hist.subarray(start[c]! + m * size, start[c]! + (m + 1) * size);
        fillCellMonth(out, c * months + m, bins, size, need, options.runs, ranks, input.overloadTolerance);
      }
    }
  };
  fill(posts, postHist, postStart, cap.post, input.postNeed);
  fill(units, unitHist, unitStart, cap.unit, input.unitNeed);
  for (let p = 0; p < nPosts; p++) {
    const u = input.postUnit[p]!;
    for (let m = 0; m < months; m++) units.vacantPosts[u * months + m]! += posts.vacant[p * months + m]!;
  }
  return {
    runs: options.runs, seed: options.seed,
    startMonth: input.startMonth, months, posts, units,
  };
}
