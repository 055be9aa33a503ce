/**
 * The skeleton: what happens when nobody leaves except by retirement. It is the same in every Monte
 * Carlo run, so a run only has to work out where it differs from it, which follows the random exits
 * rather than the number of people times months.
 *
 * Cells are the posts (0..P-1) then the units (P..P+U-1). Each cell's headcount in the skeleton is a
 * step function s(m). A run's headcount is s(m) + d(m); the histograms count the runs by deviation d,
 * which for cell c lies in [-max s, maxHeadcount - min s] (maxHeadcount: the chains that can be in c).
 * The bins are laid out by unit: a block per unit holds, for each month, the unit's bins then its
 * posts' bins, so that everything one unit needs stays together in memory.
 */
import { forEachStretch, formalPostAt, replacementStart, retirementDeparture } from './chains';
import { exitCurve, stayingByLength, windowIntensity, type ExitCurve } from './exits';
import type { SimulationInput } from './input';

export interface Skeleton {
  /** The cumulative exit intensity by age (`exits.ts`). */
  curve: ExitCurve;
  /** Per person: month of leaving by retirement (`months` when beyond), and the chance of no random exit before it. */
  personDepart: Int32Array;
  personStays: Float64Array;
  /**
   * Replacements of the skeleton: person i's are `replacementStart[i]..replacementStart[i+1]-1`, with
   * their post, first month, month of leaving by retirement, and chance of no random exit before it.
   */
  replacementFirst: Int32Array;
  replacementPost: Int32Array;
  replacementArrive: Int32Array;
  replacementDepart: Int32Array;
  replacementStays: Float64Array;
  /**
   * The chance that a replacement of post p stays through a window of L months (no random exit) is
   * `profileStaying[postProfile[p] * (months + 1) + L]`: posts whose replacements have the same exit
   * group and age share a profile (-1 for posts without backfill).
   */
  postProfile: Int32Array;
  profileStaying: Float64Array;
  /** Most people cell c can hold (the chains that can be in it). */
  cellMax: Int32Array;
  /** Per cell: lowest and highest deviation, and the place of deviation 0 in its unit's block row (deviation d at `cellZero[c] + d`). */
  cellLowest: Int32Array;
  cellHighest: Int32Array;
  cellZero: Int32Array;
  /**
   * Per unit: bins per month (a block row); in a unit's block of histograms (one unit at a time),
   * bin n of cell c in month m is at `m * blockRow[u] + cellOffset[c] + n`, u the cell's unit.
   */
  blockRow: Int32Array;
  /** The cells in all blocks: bins of posts and units over the months. */
  histogramSize: number;
  /** Per unit: its posts, `unitPostStart[u]..unitPostStart[u+1]-1` in `unitPosts`. */
  unitPostStart: Int32Array;
  unitPosts: Int32Array;
  /**
   * Per unit: the people whose chains may be in it and may leave at random (a chain in which nobody
   * can leave before retirement is the skeleton in every run), `unitChainStart[u]..` in `unitChains`.
   */
  unitChainStart: Int32Array;
  unitChains: Int32Array;
  /** Skeleton headcount of cell c: from `cellStepMonth[k]` it is `cellStepValue[k]`, k in `cellStepStart[c]..`. */
  cellStepStart: Int32Array;
  cellStepMonth: Int32Array;
  cellStepValue: Int32Array;
}

export function buildSkeleton(input: SimulationInput): Skeleton {
  const { months, postUnit } = input;
  const curve = exitCurve(input.exitIntensity);
  const nPeople = input.personArrive.length;
  const nPosts = input.postIds.length;
  const nCells = nPosts + input.unitIds.length;
  const personDepart = new Int32Array(nPeople);
  const personStays = new Float64Array(nPeople);
  const replacementFirst = new Int32Array(nPeople + 1);
  const rPost: number[] = [];
  const rArrive: number[] = [];
  const rDepart: number[] = [];
  const rStays: number[] = [];
  // Presence intervals as sortable keys: ((cell * (months + 1) + month) << 1) | (1 for a start, 0 for an end).
  let keys = new Int32Array(4 * (nPeople + nPosts) + 16);
  let nKeys = 0;
  const maxHeadcount = new Int32Array(nCells);
  const seenCell = new Int32Array(nCells).fill(-1);
  const chainsOf: number[][] = input.unitIds.map(() => []);
  const key = (c: number, month: number, start: number) => {
    if (nKeys === keys.length) {
      const bigger = new Int32Array(keys.length * 2);
      bigger.set(keys);
      keys = bigger;
    }
    keys[nKeys++] = ((c * (months + 1) + month) << 1) | start;
  };
  const presence = (post: number, from: number, to: number) => {
    const unitCell = nPosts + postUnit[post]!;
    key(post, from, 1);
    key(unitCell, from, 1);
    if (to < months) {
      key(post, to, 0);
      key(unitCell, to, 0);
    }
  };
  const mayHoldCell = (chain: number, c: number) => {
    if (seenCell[c] === chain) return;
    seenCell[c] = chain;
    maxHeadcount[c]! += 1;
    if (c >= nPosts) chainsOf[c - nPosts]!.push(chain);
  };
  const mayHold = (chain: number, post: number) => {
    if (post < 0) return;
    mayHoldCell(chain, post);
    mayHoldCell(chain, nPosts + postUnit[post]!);
  };

  const postProfile = new Int32Array(nPosts).fill(-1);
  const profiles = new Map<number, number>();
  const staying: Float64Array[] = [];
  for (let p = 0; p < nPosts; p++) {
    if (input.backfillDelay[p]! < 0) continue;
    const id = input.replacementGroup[p]! * 1_000_000 + input.replacementAge[p]!;
    let profile = profiles.get(id);
    if (profile === undefined) {
      profiles.set(id, (profile = staying.length));
      staying.push(stayingByLength(curve, input.replacementGroup[p]!, input.replacementAge[p]!, months));
    }
    postProfile[p] = profile;
  }
  const profileStaying = new Float64Array(staying.length * (months + 1));
  staying.forEach((row, k) => profileStaying.set(row, k * (months + 1)));

  for (let i = 0; i < nPeople; i++) {
    replacementFirst[i] = rPost.length;
    const arrive = input.personArrive[i]!;
    const depart = Math.max(arrive, retirementDeparture(input, i));
    personDepart[i] = depart;
    personStays[i] = Math.exp(-windowIntensity(curve, input.personGroup[i]!, input.personAge[i]!, arrive, depart));
    forEachStretch(input, i, arrive, depart, presence);
    for (let k = input.stepStart[i]!; k < input.stepStart[i + 1]!; k++) {
      mayHold(i, input.stepPost[k]!);
      mayHold(i, input.stepFormal[k]!);
    }
    if (depart >= months) continue;
    const post = formalPostAt(input, i, depart);
    let leaves = depart;
    for (;;) {
      const start = replacementStart(input, post, leaves);
      if (start < 0) break;
      const end = Math.min(months, start + input.replacementService[post]!);
      rPost.push(post);
      rArrive.push(start);
      rDepart.push(end);
      rStays.push(profileStaying[postProfile[post]! * (months + 1) + end - start]!);
      if (start < end) presence(post, start, end);
      if (end >= months) break;
      leaves = end;
    }
  }
  replacementFirst[nPeople] = rPost.length;

  // Sum the sorted interval ends into step functions; every cell starts with a step in month 0.
  const sorted = keys.subarray(0, nKeys).sort();
  const cellStepStart = new Int32Array(nCells + 1);
  // At most one step per cell and one per key.
  const stepMonth = new Int32Array(nCells + nKeys);
  const stepValue = new Int32Array(nCells + nKeys);
  let nSteps = 0;
  let k = 0;
  for (let c = 0; c < nCells; c++) {
    cellStepStart[c] = nSteps;
    let value = 0;
    stepMonth[nSteps] = 0;
    stepValue[nSteps++] = 0;
    const cellEnd = (c + 1) * (months + 1);
    while (k < nKeys && sorted[k]! >> 1 < cellEnd) {
      const at = sorted[k]! >> 1;
      const month = at - c * (months + 1);
      while (k < nKeys && sorted[k]! >> 1 === at) {
        value += (sorted[k]! & 1) === 1 ? 1 : -1;
        k++;
      }
      if (stepMonth[nSteps - 1] === month) stepValue[nSteps - 1] = value;
      else if (stepValue[nSteps - 1] !== value) {
        stepMonth[nSteps] = month;
        stepValue[nSteps++] = value;
      }
    }
  }
  cellStepStart[nCells] = nSteps;
  const blocks = unitBlocks(input, maxHeadcount, months, cellStepStart, stepValue);
  const random = (i: number) => {
    if (personStays[i]! < 1) return true;
    for (let g = replacementFirst[i]!; g < replacementFirst[i + 1]!; g++) if (rStays[g]! < 1) return true;
    return false;
  };
  const randomChainsOf = chainsOf.map((list) => list.filter(random));
  const unitChainStart = new Int32Array(chainsOf.length + 1);
  randomChainsOf.forEach((list, u) => { unitChainStart[u + 1] = unitChainStart[u]! + list.length; });
  const unitChains = new Int32Array(unitChainStart[chainsOf.length]!);
  randomChainsOf.forEach((list, u) => unitChains.set(list, unitChainStart[u]!));

  return {
    curve,
    personDepart,
    personStays,
    replacementFirst,
    replacementPost: Int32Array.from(rPost),
    replacementArrive: Int32Array.from(rArrive),
    replacementDepart: Int32Array.from(rDepart),
    replacementStays: Float64Array.from(rStays),
    postProfile,
    profileStaying,
    ...blocks,
    cellStepStart,
    cellStepMonth: stepMonth.slice(0, nSteps),
    cellStepValue: stepValue.slice(0, nSteps),
    unitChainStart,
    unitChains,
  };
}

type Blocks = Pick<Skeleton, 'cellMax' | 'cellLowest' | 'cellHighest' | 'cellZero' | 'blockRow' | 'histogramSize' | 'unitPostStart' | 'unitPosts'>;

function unitBlocks(
  input: SimulationInput, maxHeadcount: Int32Array, months: number, stepStart: Int32Array, stepValue: Int32Array,
): Blocks {
  const nPosts = input.postIds.length;
  const nUnits = input.unitIds.length;
  const nCells = nPosts + nUnits;
  const cellLowest = new Int32Array(nCells);
  const cellHighest = new Int32Array(nCells);
  const cellBins = new Int32Array(nCells);
  for (let c = 0; c < nCells; c++) {
    let lowest = Number.MAX_SAFE_INTEGER;
    let highest = 0;
    for (let k = stepStart[c]!; k < stepStart[c + 1]!; k++) {
      lowest = Math.min(lowest, stepValue[k]!);
      highest = Math.max(highest, stepValue[k]!);
    }
    cellLowest[c] = -highest;
    cellHighest[c] = maxHeadcount[c]! - lowest;
    cellBins[c] = cellHighest[c]! - cellLowest[c]! + 1;
  }
  const cellOffset = new Int32Array(nCells);
  const postsOf: number[][] = input.unitIds.map(() => []);
  for (let p = 0; p < nPosts; p++) {
    const u = input.postUnit[p]!;
    if (u < 0) throw new RangeError(`post ${input.postIds[p]} has no unit`);
    postsOf[u]!.push(p);
  }
  const unitPostStart = new Int32Array(nUnits + 1);
  const blockRow = new Int32Array(nUnits);
  let size = 0;
  for (let u = 0; u < nUnits; u++) {
    unitPostStart[u + 1] = unitPostStart[u]! + postsOf[u]!.length;
    let row = cellBins[nPosts + u]!;
    for (const p of postsOf[u]!) {
      cellOffset[p] = row;
      row += cellBins[p]!;
    }
    blockRow[u] = row;
    size += row * months;
  }
  const cellZero = new Int32Array(nCells);
  for (let c = 0; c < nCells; c++) cellZero[c] = cellOffset[c]! - cellLowest[c]!;
  const unitPosts = new Int32Array(nPosts);
  for (let u = 0; u < nUnits; u++) unitPosts.set(postsOf[u]!, unitPostStart[u]!);
  return {
    cellMax: maxHeadcount, cellLowest, cellHighest, cellZero, blockRow, histogramSize: size,
    unitPostStart, unitPosts,
  };
}
