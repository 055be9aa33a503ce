/**
 * Monte Carlo runs as differences from the skeleton, collected in histograms of the deviation.
 *
 * A run draws one uniform number per person (and per replacement the skeleton has); a chain whose
 * members all stay until their retirement is exactly the skeleton and costs nothing more. A chain
 * with a random exit gives the stretches of months in which a post holds one person more or fewer
 * than in the skeleton.
 *
 * Work goes unit by unit, and within a unit run by run: the unit's histogram block then stays in the
 * cache, which matters more than anything else here. Draws are counter-based (`draws.ts`), so the
 * order of the work does not change them.
 *
 * The runs themselves are WebAssembly (`wasm/runs.ts`, AssemblyScript, built by
 * `npm run wasm`): this class works out the per-chain numbers they need, lays every array into the
 * module's memory, and gives the unit's block of histograms as a view of that memory.
 *
 * The block of a unit holds, for each month, the bins of the unit then those of its posts
 * (`Skeleton.blockRow`). The runs count by deviation d from the skeleton's headcount, as
 * difference arrays over months (summed over the months by `sumMonths`): when a run's d changes in month t,
 * the run leaves bin d and enters bin d' in month t, and bin 0 is never written (it is the runs
 * counted nowhere else). Within a run, each stretch adds its change at its first month and takes it
 * back at its end, in a table of changes per (post, month) and per month for the unit, with a bit per
 * month that has a change, so the walk visits the changed months in order by reading set bits.
 */
import { EJ_TOLERANCE } from '../abk';
import { TWO_32 } from './draws';
import type { SimulationInput } from './input';
import type { Skeleton } from './skeleton';
import { percentileRanks, type CellStatistics } from './statistics';
import { runsInstance, type RunsExports } from './wasmModule';

type Column = Int32Array | Float64Array | Uint8Array | Int16Array;

/** Where each array goes: the order of the table the module reads (`wasm/runs.ts`, keep in step). */
const SLOTS = [
  'pieceStart', 'pieceAge', 'pieceTotal', 'pieceRate', 'postUnit', 'stepStart', 'stepMonth', 'stepPost', 'stepFormal',
  'personArrive', 'personAge', 'personGroup', 'replacementGroup', 'replacementAge', 'replacementService', 'backfillDelay',
  'hireMonth', 'postProfile', 'personDepart', 'personMix', 'replacementFirst', 'replacementPost', 'replacementArrive',
  'replacementDepart', 'replacementLimit', 'profileLimit', 'unitChainStart', 'unitChainSplit', 'chainPerson', 'chainMix', 'chainLimit',
  'chainReplaced', 'chainQuick', 'chainQuick1', 'postLocal', 'unitPostStart', 'unitPosts', 'blockRow', 'cellZero',
  'cellLowest', 'cellHighest', 'keys', 'postChange', 'postBits', 'postWords', 'touched', 'seen', 'unitChange', 'unitBits',
  'candidates', 'candidateDraws', 'postNeedAt', 'neededMonths', 'cellStepStart', 'cellStepMonth', 'cellStepValue', 'stepAt', 'vacancy', 'unitNeed',
  'ranks', 'overload', 'unitStats', 'postNeed', 'postStats', 'block', 'scalars',
] as const;
type SlotName = (typeof SLOTS)[number];

/** The columns of the module's statistics of a unit or post, in their order there (`wasm/sums.ts`, keep in step). */
const STATISTICS = [
  'ejP10', 'ejP50', 'ejP90', 'headcountP10', 'headcountP50', 'headcountP90', 'meanHeadcount', 'vacant', 'overloaded',
] as const satisfies readonly (keyof CellStatistics)[];

export class Runner {
  readonly months: number;
  private readonly unitChainStart: Int32Array;
  private readonly nPosts: number;
  private readonly exports: RunsExports;
  /** The current unit's block of histograms (a view of the module's memory, as long as the longest block). */
  readonly block: Int16Array;

  /** The module's statistics of a unit, a view per column of `STATISTICS`. */
  private readonly unitStats: Float32Array[];
  /** The module's statistics of a unit's posts, a view per column of `STATISTICS` (post j at `j * months`). */
  private readonly postStats: Float32Array[];
  private readonly unitPostStart: Int32Array;
  private readonly unitPosts: Int32Array;
  /** The unit's posts' chances of being vacant summed per month (`sumMonths` or `postStatistics`). */
  private readonly vacancy: Float32Array;

  /**
   * `keys`: the runs' keys (`runKeys`, as signed numbers). `withPosts`: whether the statistics per
   * post are worked out (`postStatistics`); without them, `sumMonths` sums the posts' vacancy chances.
   */
  constructor(input: SimulationInput, sk: Skeleton, keys: Int32Array, private readonly withPosts = true) {
    const months = input.months;
    this.months = months;
    this.nPosts = input.postIds.length;
    this.unitChainStart = sk.unitChainStart;
    this.unitPostStart = sk.unitPostStart;
    this.unitPosts = sk.unitPosts;
    const words = (months + 31) >>> 5;
    const personLimit = scaled(sk.personStays);
    const replacementLimit = scaled(sk.replacementStays);
    const personMix = new Int32Array(input.personKey.length);
    for (let i = 0; i < input.personKey.length; i++) personMix[i] = Math.imul(input.personKey[i]!, 0x9e3779b9);

    // Per chain of a unit (in `unitChains` order, so that a unit's are side by side): the person's key
    // times the draw's multiplier, the first draw's limit shifted by -2^31 (to compare with the draw as
    // a signed number), whether the skeleton has replacements in the chain, and two quick limits
    // rounded up to whole numbers that may list a chain too many, never one too few: the first draw's
    // (the lowest number for a chain with two or more replacements in the skeleton, looked at in every
    // run), and that of the first replacement's draw, for a chain with one replacement in the skeleton.
    // Within a unit, the chains with one replacement come first: only they need their second draw
    // looked at in every run (`unitChainSplit[u]`: where the others start). The order of a unit's
    // chains changes nothing else (the runs add up their changes).
    const n = sk.unitChains.length;
    const nUnits = sk.unitChainStart.length - 1;
    const chains = new Int32Array(n);
    const unitChainSplit = new Int32Array(nUnits);
    const oneReplacement = (i: number) => sk.replacementFirst[i + 1]! - sk.replacementFirst[i]! === 1;
    for (let u = 0, at = 0; u < nUnits; u++) {
      for (let j = sk.unitChainStart[u]!; j < sk.unitChainStart[u + 1]!; j++) if (oneReplacement(sk.unitChains[j]!)) chains[at++] = sk.unitChains[j]!;
      unitChainSplit[u] = at;
      for (let j = sk.unitChainStart[u]!; j < sk.unitChainStart[u + 1]!; j++) if (!oneReplacement(sk.unitChains[j]!)) chains[at++] = sk.unitChains[j]!;
    }
    // The runs read these three four at a time, past the last chain too.
    const chainMix = new Int32Array(n + 4);
    const chainLimit = new Float64Array(n);
    const chainReplaced = new Uint8Array(n);
    const chainQuick = new Int32Array(n + 4);
    const chainQuick1 = new Int32Array(n + 4);
    const quick = (limit: number) => Math.min(2147483647, Math.ceil(limit));
    for (let j = 0; j < n; j++) {
      const i = chains[j]!;
      const replacements = sk.replacementFirst[i + 1]! - sk.replacementFirst[i]!;
      chainMix[j] = personMix[i]!;
      chainLimit[j] = personLimit[i]!;
      chainReplaced[j] = replacements > 0 ? 1 : 0;
      chainQuick[j] = replacements > 1 ? -2147483648 : quick(personLimit[i]!);
      chainQuick1[j] = replacements === 1 ? quick(replacementLimit[sk.replacementFirst[i]!]!) : 2147483647;
    }

    // A unit's posts are consecutive in `unitPosts` but not in their numbering: keep each post's place.
    const postLocal = new Int32Array(this.nPosts);
    let widest = 1;
    let longestBlock = 1;
    let mostChains = 1;
    for (let u = 0; u + 1 < sk.unitPostStart.length; u++) {
      widest = Math.max(widest, sk.unitPostStart[u + 1]! - sk.unitPostStart[u]!);
      mostChains = Math.max(mostChains, sk.unitChainStart[u + 1]! - sk.unitChainStart[u]!);
      longestBlock = Math.max(longestBlock, sk.blockRow[u]! * months);
      for (let j = sk.unitPostStart[u]!; j < sk.unitPostStart[u + 1]!; j++) postLocal[sk.unitPosts[j]!] = j - sk.unitPostStart[u]!;
    }

    const needs = !withPosts ? neededMonths(input.postNeed, this.nPosts, months) : { at: new Int32Array(0), months: new Uint8Array(0) };
    const columns: Record<SlotName, Column | number> = {
      pieceStart: sk.curve.pieceStart, pieceAge: sk.curve.pieceAge, pieceTotal: sk.curve.pieceTotal, pieceRate: sk.curve.pieceRate,
      postUnit: input.postUnit, stepStart: input.stepStart, stepMonth: input.stepMonth, stepPost: input.stepPost,
      stepFormal: input.stepFormal, personArrive: input.personArrive, personAge: input.personAge, personGroup: input.personGroup,
      replacementGroup: input.replacementGroup, replacementAge: input.replacementAge, replacementService: input.replacementService,
      backfillDelay: input.backfillDelay, hireMonth: input.hireMonth, postProfile: sk.postProfile, personDepart: sk.personDepart,
      personMix, replacementFirst: sk.replacementFirst, replacementPost: sk.replacementPost,
      replacementArrive: sk.replacementArrive, replacementDepart: sk.replacementDepart, replacementLimit,
      profileLimit: scaled(sk.profileStaying), unitChainStart: sk.unitChainStart, unitChainSplit, chainPerson: chains, chainMix, chainLimit,
      chainReplaced, chainQuick, chainQuick1, postLocal, unitPostStart: sk.unitPostStart, unitPosts: sk.unitPosts,
      blockRow: sk.blockRow, cellZero: sk.cellZero, cellLowest: sk.cellLowest, cellHighest: sk.cellHighest, keys,
      // Scratch of a run (sizes in elements; zeroed, as the runs leave them).
      postChange: widest * months, postBits: widest * words, postWords: widest, touched: widest, seen: widest,
      unitChange: months, unitBits: words, candidates: mostChains + 4, candidateDraws: mostChains + 4,
      // For the posts' vacancy: whether each post has a need in each month, and its skeleton's headcounts.
      postNeedAt: needs.at, neededMonths: needs.months, cellStepStart: sk.cellStepStart,
      cellStepMonth: sk.cellStepMonth, cellStepValue: sk.cellStepValue, stepAt: widest, vacancy: months,
      // For the units' statistics.
      unitNeed: input.unitNeed, ranks: Int32Array.from(percentileRanks(keys.length)),
      overload: Float64Array.of(1 + input.overloadTolerance + EJ_TOLERANCE), unitStats: STATISTICS.length * months,
      // For the posts' statistics.
      postNeed: withPosts ? input.postNeed : new Float64Array(0), postStats: withPosts ? STATISTICS.length * widest * months : 0,
      block: -longestBlock,
      scalars: Int32Array.of(months, words, this.nPosts, keys.length, widest),
    };

    // Lay out: the table of addresses first, then each array at a multiple of 8 bytes, all from where
    // the module's own data end (`tableAt`).
    let end = SLOTS.length * 8;
    const at: number[] = [];
    for (const name of SLOTS) {
      const column = columns[name];
      at.push(end);
      // A number is a scratch array of 32-bit numbers, or of 16-bit ones when negative.
      const bytes = typeof column === 'number' ? (column < 0 ? -2 * column : 4 * column) : column.byteLength;
      end += Math.ceil(Math.max(bytes, 1) / 8) * 8;
    }
    const { exports, memory } = runsInstance(end);
    const base = exports.tableAt();
    const bytes = new Uint8Array(memory.buffer);
    const table = new Uint32Array(memory.buffer, base, SLOTS.length * 2);
    SLOTS.forEach((name, k) => {
      table[2 * k] = base + at[k]!;
      const column = columns[name];
      // The memory may hold an earlier Monte Carlo's arrays: scratch starts at zero.
      if (typeof column === 'number') bytes.fill(0, base + at[k]!, base + (at[k + 1] ?? end));
      else bytes.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), base + at[k]!);
    });
    this.block = new Int16Array(memory.buffer, base + at[SLOTS.indexOf('block')]!, longestBlock);
    this.vacancy = new Float32Array(memory.buffer, base + at[SLOTS.indexOf('vacancy')]!, months);
    const statsAt = base + at[SLOTS.indexOf('unitStats')]!;
    this.unitStats = STATISTICS.map((_, k) => new Float32Array(memory.buffer, statsAt + 4 * k * months, months));
    const postsAt = base + at[SLOTS.indexOf('postStats')]!;
    const column = withPosts ? widest * months : 0;
    this.postStats = STATISTICS.map((_, k) => new Float32Array(memory.buffer, postsAt + 4 * k * column, column));
    this.exports = exports;
    this.exports.init();
  }

  /** Whether unit u has chains that may differ from the skeleton (without any, every run is the skeleton there). */
  random(u: number): boolean {
    return this.unitChainStart[u + 1]! > this.unitChainStart[u]!;
  }

  /**
   * Sums unit u's block over the months (from changes per month to counts of runs by deviation) and,
   * when made without the posts' statistics, its posts' vacancy chances per month into `vacancy`.
   */
  sumMonths(u: number): void {
    this.exports.sumMonths(u, !this.withPosts);
  }

  /**
   * Unit u's statistics for every month into `out` (at `u * months`), from its block summed over the
   * months: what `fillCellMonthBins` of statistics.ts gives from the same bins, worked out in the
   * module; made without the posts' statistics, the unit's expected number of vacant posts too.
   */
  unitStatistics(u: number, out: CellStatistics & { vacantPosts: Float32Array }): void {
    this.exports.unitStatistics(u);
    const at = u * this.months;
    for (let k = 0; k < STATISTICS.length; k++) out[STATISTICS[k]!].set(this.unitStats[k]!, at);
    if (!this.withPosts) out.vacantPosts.set(this.vacancy, at);
  }

  /**
   * The statistics of unit u's posts for every month into `posts` (post p at `p * months`), and the
   * unit's expected number of vacant posts into `vacantPosts` (at `u * months`), from its block summed
   * over the months (`sumMonths`): what `fillCellMonthBins` of statistics.ts gives from the same bins.
   */
  postStatistics(u: number, posts: CellStatistics, vacantPosts: Float32Array): void {
    this.exports.postStatistics(u);
    const months = this.months;
    const first = this.unitPostStart[u]!;
    const count = this.unitPostStart[u + 1]! - first;
    for (let k = 0; k < STATISTICS.length; k++) {
      const from = this.postStats[k]!;
      const to = posts[STATISTICS[k]!];
      for (let j = 0; j < count; j++) {
        const at = this.unitPosts[first + j]! * months;
        const source = j * months;
        for (let m = 0; m < months; m++) to[at + m] = from[source + m]!;
      }
    }
    vacantPosts.set(this.vacancy, u * months);
  }

  /** Adds every run to unit u's block of histograms (`block`, as changes per month). */
  addRuns(u: number): void {
    if (!this.random(u)) return;
    const broken = this.exports.unitRuns(u);
    if (broken >= 0) throw new Error(`simulation invariant broken: cell ${broken} (unit ${u}) left its bins`);
  }
}

/**
 * Where each post has a need above 0 (`need[p * months + m]`): `at[p]` is -1 for a post with a need in
 * every month (nearly all of them), else the place of its months in `months` (1 for a need, else 0).
 */
function neededMonths(need: Float64Array, nPosts: number, months: number): { at: Int32Array; months: Uint8Array } {
  const at = new Int32Array(nPosts).fill(-1);
  const some: number[] = [];
  for (let p = 0; p < nPosts; p++) {
    const from = p * months;
    let m = 0;
    while (m < months && need[from + m]! > 0) m++;
    if (m === months) continue;
    at[p] = some.length;
    for (let k = 0; k < months; k++) some.push(need[from + k]! > 0 ? 1 : 0);
  }
  return { at, months: Uint8Array.from(some) };
}

/** Chances scaled to compare with draws less 2^31 as signed numbers: leaves when the draw is at or above. */
function scaled(chances: Float64Array): Float64Array {
  const out = new Float64Array(chances.length);
  for (let k = 0; k < chances.length; k++) out[k] = chances[k]! * TWO_32 - 2147483648;
  return out;
}
