/**
 * Monte Carlo runs as differences from the skeleton, collected in histograms of the deviation
 * (`deviations.ts`).
 *
 * A run draws one uniform number per person (and per replacement the skeleton has); a chain whose
 * members all stay until their retirement is exactly the skeleton and costs nothing more. A chain
 * with a random exit gives the stretches of months in which a post holds one person more or fewer
 * than in the skeleton.
 *
 * Work goes unit by unit, and within a unit run by run: the unit's histogram block then stays in the
 * cache, which matters more than anything else here. Draws are counter-based (`draws.ts`), so the
 * order of the work does not change them.
 */
import { TWO_32 } from './draws';
import { exitMonthOfDraw, type ExitCurve } from './exits';
import type { SimulationInput } from './input';
import { Deviations } from './deviations';
import type { Skeleton } from './skeleton';

export class Runner {
  readonly months: number;
  readonly nPosts: number;
  readonly nUnits: number;
  // The input and skeleton columns used in the loops, as own fields (one load each).
  private readonly curve: ExitCurve;
  private readonly postUnit: Int32Array;
  private readonly stepStart: Int32Array;
  private readonly stepMonth: Int32Array;
  private readonly stepPost: Int32Array;
  private readonly personArrive: Int32Array;
  private readonly personAge: Int32Array;
  private readonly personGroup: Uint8Array;
  private readonly replacementGroup: Uint8Array;
  private readonly replacementAge: Int32Array;
  private readonly replacementService: Int32Array;
  private readonly stepFormal: Int32Array;
  private readonly backfillDelay: Int32Array;
  private readonly hireMonth: Int32Array;
  private readonly personDepart: Int32Array;
  /**
   * Chances of staying (skeleton), scaled to compare with 32-bit draws less 2^31 (`signedDraw`):
   * leaves when the draw is at or above the limit.
   */
  private readonly replacementLimit: Float64Array;
  /** Per person: the key times the draw's multiplier (`draws.ts`). */
  private readonly personMix: Int32Array;
  private readonly replacementFirst: Int32Array;
  private readonly replacementPost: Int32Array;
  private readonly replacementArrive: Int32Array;
  private readonly replacementDepart: Int32Array;
  private readonly postProfile: Int32Array;
  private readonly profileLimit: Float64Array;
  private readonly unitChainStart: Int32Array;
  /**
   * Per chain of a unit (in `unitChains` order, so that a unit's are side by side): the person, the
   * person's key times the draw's multiplier, the limit of the first draw shifted by -2^31 (to compare
   * with the draw as a signed number), and whether the skeleton has replacements in the chain.
   */
  private readonly chainPerson: Int32Array;
  private readonly chainMix: Int32Array;
  private readonly chainLimit: Float64Array;
  private readonly chainReplaced: Uint8Array;
  /**
   * Per chain: the first draw's limit rounded up to a whole number (at most 2^31 - 1; the lowest
   * number for a chain with two or more replacements in the skeleton, looked at in every run). A
   * quick test that may list a chain too many, never one too few.
   */
  private readonly chainQuickLimit: Int32Array;
  /** The same for the draw of the first replacement, for a chain with one replacement in the skeleton. */
  private readonly chainQuickLimit1: Int32Array;
  /** The current run's deviations in the current unit. */
  private readonly dev: Deviations;

  constructor(input: SimulationInput, sk: Skeleton) {
    this.months = input.months;
    this.nPosts = input.postIds.length;
    this.nUnits = input.unitIds.length;
    this.curve = sk.curve;
    this.postUnit = input.postUnit;
    this.stepStart = input.stepStart;
    this.stepMonth = input.stepMonth;
    this.stepPost = input.stepPost;
    this.personArrive = input.personArrive;
    this.personAge = input.personAge;
    this.personGroup = input.personGroup;
    this.replacementGroup = input.replacementGroup;
    this.replacementAge = input.replacementAge;
    this.replacementService = input.replacementService;
    this.stepFormal = input.stepFormal;
    this.backfillDelay = input.backfillDelay;
    this.hireMonth = input.hireMonth;
    this.personDepart = sk.personDepart;
    const personLimit = scaled(sk.personStays);
    this.replacementLimit = scaled(sk.replacementStays);
    this.personMix = new Int32Array(input.personKey.length);
    for (let i = 0; i < input.personKey.length; i++) this.personMix[i] = Math.imul(input.personKey[i]!, 0x9e3779b9);
    this.replacementFirst = sk.replacementFirst;
    this.replacementPost = sk.replacementPost;
    this.replacementArrive = sk.replacementArrive;
    this.replacementDepart = sk.replacementDepart;
    this.postProfile = sk.postProfile;
    this.profileLimit = scaled(sk.profileStaying);
    this.unitChainStart = sk.unitChainStart;
    const chains = sk.unitChains;
    const n = chains.length;
    this.chainPerson = chains;
    this.chainMix = new Int32Array(n);
    this.chainLimit = new Float64Array(n);
    this.chainReplaced = new Uint8Array(n);
    this.chainQuickLimit = new Int32Array(n);
    this.chainQuickLimit1 = new Int32Array(n);
    const quick = (limit: number) => Math.min(2147483647, Math.ceil(limit));
    for (let j = 0; j < n; j++) {
      const i = chains[j]!;
      const replacements = sk.replacementFirst[i + 1]! - sk.replacementFirst[i]!;
      this.chainMix[j] = this.personMix[i]!;
      this.chainLimit[j] = personLimit[i]!;
      this.chainReplaced[j] = replacements > 0 ? 1 : 0;
      // A chain with two or more replacements in the skeleton is looked at in every run.
      this.chainQuickLimit[j] = replacements > 1 ? -2147483648 : quick(personLimit[i]!);
      this.chainQuickLimit1[j] = replacements === 1 ? quick(this.replacementLimit[sk.replacementFirst[i]!]!) : 2147483647;
    }
    this.dev = new Deviations(sk, input.postUnit, this.months);
  }

  /** Whether unit u has chains that may differ from the skeleton (without any, every run is the skeleton there). */
  random(u: number): boolean {
    return this.unitChainStart[u + 1]! > this.unitChainStart[u]!;
  }

  /** Adds the runs with the given keys (`runKeys`, as signed numbers) to unit u's block of histograms. */
  addRuns(u: number, keys: Int32Array, block: Int16Array): void {
    if (!this.random(u)) return;
    this.dev.setUnit(u, block);
    this.unitRuns(u, keys);
  }

  /**
   * The runs in one unit, run by run: the first draw of each chain (the murmur3 finaliser
   * of `draws.ts`, written out), and a closer look only at the chains that may differ from the
   * skeleton; then the run's deviations go into the histograms.
   */
  private unitRuns(u: number, keys: Int32Array): void {
    const { chainMix, chainQuickLimit, chainQuickLimit1, chainLimit, chainPerson, chainReplaced, dev } = this;
    const runs = keys.length;
    const first = this.unitChainStart[u]!;
    const last = this.unitChainStart[u + 1]!;
    for (let r = 0; r < runs; r++) {
      const key = keys[r]!;
      for (let j = first; j < last; j++) {
        const mix = chainMix[j]!;
        let z = (key + mix) | 0;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        z ^= z >>> 16;
        // z ^ 0x80000000 is draw - 2^31 as a signed number.
        if ((z ^ 0x80000000) >= chainQuickLimit[j]!) {
          if ((z ^ 0x80000000) >= chainLimit[j]!) this.chain(chainPerson[j]!, key, z, true);
          else if (chainReplaced[j] === 1) this.replacements(chainPerson[j]!, key, z);
          continue;
        }
        const limit1 = chainQuickLimit1[j]!;
        if (limit1 === 2147483647) continue;
        // One replacement in the skeleton: its draw (generation 1) too.
        let y = (key + mix + 0x632be5ab) | 0;
        y = Math.imul(y ^ (y >>> 16), 0x85ebca6b);
        y = Math.imul(y ^ (y >>> 13), 0xc2b2ae35);
        y ^= y >>> 16;
        if ((y ^ 0x80000000) >= limit1) this.replacements(chainPerson[j]!, key, z);
      }
      if (dev.changed) dev.flush();
    }
  }

  /** A chain whose person stays: it differs from the skeleton when one of its replacements leaves. */
  private replacements(i: number, key: number, zs: number): void {
    const first = this.replacementFirst[i]!;
    const end = this.replacementFirst[i + 1]!;
    const mix = this.personMix[i]!;
    for (let g = first; g < end; g++) {
      if (signedDraw(key, mix, g - first + 1) >= this.replacementLimit[g]!) {
        this.chain(i, key, zs, false);
        return;
      }
    }
  }

  /**
   * Reports the stretches, in posts of the current unit, where person i's chain differs from the skeleton.
   * `zs` is the person's draw as a signed number (kept small enough to pass without boxing), and
   * `personLeaves` whether it is at or above the person's limit (known by the caller).
   */
  private chain(i: number, key: number, zs: number, personLeaves: boolean): void {
    const months = this.months;
    const curve = this.curve;
    const depart = this.personDepart[i]!;
    const mix = this.personMix[i]!;
    let leaves = depart;
    if (personLeaves) {
      leaves = exitMonthOfDraw(curve, this.personGroup[i]!, this.personAge[i]!, this.personArrive[i]!, depart, zs ^ 0x80000000);
    }
    let diverged = leaves < depart;
    if (diverged) this.personStretch(i, leaves, depart);
    if (leaves >= months) return;
    // The post whose vacancy opens: the formal post in the month of leaving.
    let k = this.stepStart[i]!;
    const lastStep = this.stepStart[i + 1]!;
    while (k + 1 < lastStep && this.stepMonth[k + 1]! <= leaves) k++;
    const post = this.stepFormal[k]!;
    const delay = post >= 0 ? this.backfillDelay[post]! : -1;
    let g = this.replacementFirst[i]!;
    const gEnd = this.replacementFirst[i + 1]!;
    for (let generation = 1; leaves < months && delay >= 0; generation++) {
      const due = leaves + delay;
      const start = due < months ? this.hireMonth[due]! : -1;
      if (start < 0 || start >= months) break;
      const z = signedDraw(key, mix, generation);
      if (!diverged) {
        // Same departures so far, so this is the skeleton's replacement g.
        const end = this.replacementDepart[g]!;
        leaves = end;
        if (z >= this.replacementLimit[g]!) {
          leaves = exitMonthOfDraw(curve, this.replacementGroup[post]!, this.replacementAge[post]!, start, end, z);
        }
        g++;
        if (leaves < end) {
          this.dev.stretch(post, leaves, end, -1);
          diverged = true;
        }
      } else {
        const end = Math.min(months, start + this.replacementService[post]!);
        leaves = end;
        if (z >= this.profileLimit[this.postProfile[post]! * (months + 1) + end - start]!) {
          leaves = exitMonthOfDraw(curve, this.replacementGroup[post]!, this.replacementAge[post]!, start, end, z);
        }
        this.dev.stretch(post, start, leaves, 1);
      }
    }
    // Replacements of the skeleton that this run does not have.
    for (; g < gEnd; g++) this.dev.stretch(this.replacementPost[g]!, this.replacementArrive[g]!, this.replacementDepart[g]!, -1);
  }

  /** Person i is absent (not in the skeleton's posts) during [from, to). */
  private personStretch(i: number, from: number, to: number): void {
    const { stepMonth } = this;
    const last = this.stepStart[i + 1]!;
    if (last - this.stepStart[i]! === 1) {
      const post = this.stepPost[last - 1]!;
      if (post >= 0) this.dev.stretch(post, Math.max(from, stepMonth[last - 1]!), to, -1);
      return;
    }
    for (let k = this.stepStart[i]!; k < last; k++) {
      const a = Math.max(from, stepMonth[k]!);
      const b = Math.min(to, k + 1 < last ? stepMonth[k + 1]! : to);
      const post = this.stepPost[k]!;
      if (a < b && post >= 0) this.dev.stretch(post, a, b, -1);
    }
  }
}

/** Chances scaled to compare with `signedDraw`. */
function scaled(chances: Float64Array): Float64Array {
  const out = new Float64Array(chances.length);
  for (let k = 0; k < chances.length; k++) out[k] = chances[k]! * TWO_32 - 2147483648;
  return out;
}

/**
 * `draw(key, person, generation) - 2^31` as a signed 32-bit number, `mix` the person's key times the
 * multiplier: a small integer, passed without boxing.
 */
function signedDraw(key: number, mix: number, generation: number): number {
  let z = (key + mix + Math.imul(generation, 0x632be5ab)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return z ^ -2147483648;
}
