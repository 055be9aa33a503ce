/**
 * Monte Carlo runs as differences from the skeleton, collected in histograms of the deviation.
 *
 * A run draws one uniform number per person (and per replacement the skeleton has); a chain whose
 * members all stay until their retirement is exactly the skeleton and costs nothing more. A chain
 * with a random exit gives the months where its presence differs from the skeleton's, as +1/-1
 * points per post. Walking the points of a cell (post or unit) in month order gives its deviation d
 * from the skeleton headcount. Histograms count runs by deviation, as difference arrays over months
 * (prefix-summed at the end): a change of d costs two additions whatever its length, and deviation 0
 * needs none (it is the runs not counted elsewhere).
 *
 * Work goes unit by unit, and within a unit over a batch of runs: the unit's histogram block then
 * stays in the cache, which matters more than anything else here. Draws are counter-based
 * (`draws.ts`), so the order of the work does not change them.
 */
import { draw, TWO_32 } from './draws';
import { exitMonthOfDraw, type ExitCurve } from './exits';
import type { SimulationInput } from './input';
import type { Skeleton } from './skeleton';

const MONTH_SHIFT = 21;
const POST_MASK = (1 << 20) - 1;

export class Runner {
  readonly months: number;
  readonly nPosts: number;
  readonly nUnits: number;
  readonly hist: Int16Array;
  // The input and skeleton columns used in the loops, as own fields (one load each).
  private readonly curve: ExitCurve;
  private readonly postUnit: Int32Array;
  private readonly stepStart: Int32Array;
  private readonly stepMonth: Int32Array;
  private readonly stepPost: Int32Array;
  private readonly personArrive: Int32Array;
  private readonly personAge: Int32Array;
  private readonly personGroup: Uint8Array;
  private readonly personKey: Uint32Array;
  private readonly replacementGroup: Uint8Array;
  private readonly replacementAge: Int32Array;
  private readonly replacementService: Int32Array;
  private readonly stepFormal: Int32Array;
  private readonly backfillDelay: Int32Array;
  private readonly hireMonth: Int32Array;
  private readonly personDepart: Int32Array;
  /** Chances of staying (skeleton), scaled to compare with 32-bit draws: leaves when draw >= limit. */
  private readonly personLimit: Float64Array;
  private readonly replacementLimit: Float64Array;
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
  /** The chains listed by the runs of a batch in one unit: run, chain and first draw; then by run. */
  private listedRun = new Int32Array(1024);
  private listedChain = new Int32Array(1024);
  private listedDraw = new Int32Array(1024);
  private byRunChain = new Int32Array(1024);
  private byRunDraw = new Int32Array(1024);
  private runStart = new Int32Array(2);
  private readonly unitPostStart: Int32Array;
  private readonly blockRow: Int32Array;
  private readonly blockStart: Int32Array;
  private readonly cellZero: Int32Array;
  private readonly cellLowest: Int32Array;
  private readonly cellHighest: Int32Array;

  // Points of the current unit and run: (month << 21) | (post within the unit << 1) | (1 for +1).
  private points = new Int32Array(256);
  private count = 0;
  private unit = 0;
  // Per cell of the current unit and run (valid while cellStamp[c] === stamp): deviation from the skeleton.
  private cellStamp: Int32Array;
  private cellDev: Int32Array;
  private stamp = 0;
  /** Place of each post among its unit's posts, and the unit's posts in that order. */
  private readonly postLocal: Int32Array;
  private readonly unitPosts: Int32Array;

  constructor(input: SimulationInput, sk: Skeleton) {
    this.months = input.months;
    this.nPosts = input.postIds.length;
    this.nUnits = input.unitIds.length;
    this.hist = new Int16Array(sk.histogramSize);
    this.curve = sk.curve;
    this.postUnit = input.postUnit;
    this.stepStart = input.stepStart;
    this.stepMonth = input.stepMonth;
    this.stepPost = input.stepPost;
    this.personArrive = input.personArrive;
    this.personAge = input.personAge;
    this.personGroup = input.personGroup;
    this.personKey = input.personKey;
    this.replacementGroup = input.replacementGroup;
    this.replacementAge = input.replacementAge;
    this.replacementService = input.replacementService;
    this.stepFormal = input.stepFormal;
    this.backfillDelay = input.backfillDelay;
    this.hireMonth = input.hireMonth;
    this.personDepart = sk.personDepart;
    this.personLimit = Float64Array.from(sk.personStays, (p) => p * TWO_32);
    this.replacementLimit = Float64Array.from(sk.replacementStays, (p) => p * TWO_32);
    this.replacementFirst = sk.replacementFirst;
    this.replacementPost = sk.replacementPost;
    this.replacementArrive = sk.replacementArrive;
    this.replacementDepart = sk.replacementDepart;
    this.postProfile = sk.postProfile;
    this.profileLimit = Float64Array.from(sk.profileStaying, (p) => p * TWO_32);
    this.unitChainStart = sk.unitChainStart;
    const chains = sk.unitChains;
    this.chainPerson = chains;
    this.chainMix = Int32Array.from(chains, (i) => Math.imul(input.personKey[i]!, 0x9e3779b9));
    this.chainLimit = Float64Array.from(chains, (i) => this.personLimit[i]! - 2147483648);
    this.chainReplaced = Uint8Array.from(chains, (i) => (sk.replacementFirst[i + 1]! > sk.replacementFirst[i]! ? 1 : 0));
    const quick = (limit: number) => Math.min(2147483647, Math.ceil(limit - 2147483648));
    // A chain with two or more replacements in the skeleton is listed in every run.
    const replacements = (i: number) => sk.replacementFirst[i + 1]! - sk.replacementFirst[i]!;
    this.chainQuickLimit = Int32Array.from(chains, (i) => (replacements(i) > 1 ? -2147483648 : quick(this.personLimit[i]!)));
    this.chainQuickLimit1 = Int32Array.from(chains, (i) => (replacements(i) === 1 ? quick(this.replacementLimit[sk.replacementFirst[i]!]!) : 2147483647));
    // A unit's posts are consecutive in `unitPosts` but not in their numbering: keep each post's place.
    this.unitPostStart = sk.unitPostStart;
    this.postLocal = new Int32Array(this.nPosts);
    for (let j = 0; j < sk.unitPosts.length; j++) this.postLocal[sk.unitPosts[j]!] = j - sk.unitPostStart[input.postUnit[sk.unitPosts[j]!]!]!;
    this.unitPosts = sk.unitPosts;
    this.blockRow = sk.blockRow;
    this.blockStart = sk.blockStart;
    this.cellZero = sk.cellZero;
    this.cellLowest = sk.cellLowest;
    this.cellHighest = sk.cellHighest;
    const nCells = this.nPosts + input.unitIds.length;
    this.cellStamp = new Int32Array(nCells);
    this.cellDev = new Int32Array(nCells);
  }

  /** Adds the runs with the given keys (from `runKeys`) to the histograms. */
  addRuns(keys: Uint32Array): void {
    const runKeys = Int32Array.from(keys, (k) => k | 0);
    if (this.runStart.length < keys.length + 1) this.runStart = new Int32Array(keys.length + 1);
    for (let u = 0; u < this.nUnits; u++) {
      if (this.unitChainStart[u + 1] === this.unitChainStart[u]) continue;
      this.warm(u);
      this.unitRuns(u, runKeys);
    }
  }

  /**
   * Reads unit u's histogram block from start to end. The runs then write to it in no particular
   * order; read in order first, it arrives at the speed of a stream instead of one miss at a time.
   */
  private warm(u: number): void {
    const hist = this.hist;
    const end = this.blockStart[u]! + this.blockRow[u]! * this.months;
    let sum = 0;
    for (let k = this.blockStart[u]!; k < end; k += 16) sum += hist[k]!;
    this.warmth = sum;
  }

  /** Keeps the reads of `warm` from being optimised away. */
  private warmth = 0;

  /**
   * The runs of a batch in one unit. First, chain by chain over the runs, the first draws (the murmur3
   * finaliser of `draws.ts`, written out), listing without a branch the runs in which the chain may
   * differ from the skeleton (a branch would be guessed wrong about once in seven); then the list in
   * run order (a counting sort); then run by run, the points of the listed chains and the walks.
   */
  private unitRuns(u: number, keys: Int32Array): void {
    const { chainMix, chainQuickLimit } = this;
    const runs = keys.length;
    const first = this.unitChainStart[u]!;
    const last = this.unitChainStart[u + 1]!;
    let n = 0;
    for (let j = first; j < last; j++) {
      if (n + runs > this.listedRun.length) this.grow(n + runs);
      const { listedRun, listedChain, listedDraw } = this;
      const mix = chainMix[j]!;
      const limit = chainQuickLimit[j]!;
      const limit1 = this.chainQuickLimit1[j]!;
      if (limit1 === 2147483647) {
        for (let r = 0; r < runs; r++) {
          let z = (keys[r]! + mix) | 0;
          z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
          z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
          z ^= z >>> 16;
          listedRun[n] = r;
          listedChain[n] = j;
          listedDraw[n] = z;
          // z ^ 0x80000000 is draw - 2^31 as a signed number.
          n += (z ^ 0x80000000) >= limit ? 1 : 0;
        }
      } else {
        // One replacement in the skeleton: its draw (generation 1) too.
        const mix1 = (mix + 0x632be5ab) | 0;
        for (let r = 0; r < runs; r++) {
          let z = (keys[r]! + mix) | 0;
          z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
          z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
          z ^= z >>> 16;
          let y = (keys[r]! + mix1) | 0;
          y = Math.imul(y ^ (y >>> 16), 0x85ebca6b);
          y = Math.imul(y ^ (y >>> 13), 0xc2b2ae35);
          y ^= y >>> 16;
          listedRun[n] = r;
          listedChain[n] = j;
          listedDraw[n] = z;
          n += ((z ^ 0x80000000) >= limit ? 1 : 0) | ((y ^ 0x80000000) >= limit1 ? 1 : 0);
        }
      }
    }
    const { listedRun, listedChain, listedDraw, byRunChain, byRunDraw, runStart } = this;
    runStart.fill(0, 0, runs + 1);
    for (let k = 0; k < n; k++) runStart[listedRun[k]! + 1]! += 1;
    for (let r = 0; r < runs; r++) runStart[r + 1]! += runStart[r]!;
    for (let k = 0; k < n; k++) {
      const at = runStart[listedRun[k]!]!++;
      byRunChain[at] = listedChain[k]!;
      byRunDraw[at] = listedDraw[k]!;
    }
    // runStart[r] is now where run r + 1 starts.
    const { chainLimit, chainPerson } = this;
    this.unit = u;
    let k = 0;
    for (let r = 0; r < runs; r++) {
      const end = runStart[r]!;
      if (k === end) continue;
      const key = keys[r]!;
      this.count = 0;
      for (; k < end; k++) {
        const j = byRunChain[k]!;
        const z = byRunDraw[k]!;
        if ((z ^ 0x80000000) >= chainLimit[j]!) this.chain(chainPerson[j]!, key, z, true);
        else if (this.chainReplaced[j] === 1) this.replacements(chainPerson[j]!, key, z);
      }
      if (this.count > 0) this.walk();
    }
  }

  private grow(size: number): void {
    const bigger = (a: Int32Array) => {
      const b = new Int32Array(Math.max(size, a.length * 2));
      b.set(a);
      return b;
    };
    this.listedRun = bigger(this.listedRun);
    this.listedChain = bigger(this.listedChain);
    this.listedDraw = bigger(this.listedDraw);
    this.byRunChain = new Int32Array(this.listedRun.length);
    this.byRunDraw = new Int32Array(this.listedRun.length);
  }

  /** A chain whose person stays: it differs from the skeleton when one of its replacements leaves. */
  private replacements(i: number, key: number, zs: number): void {
    const first = this.replacementFirst[i]!;
    const end = this.replacementFirst[i + 1]!;
    const person = this.personKey[i]!;
    for (let g = first; g < end; g++) {
      if (draw(key, person, g - first + 1) >= this.replacementLimit[g]!) {
        this.chain(i, key, zs, false);
        return;
      }
    }
  }

  /**
   * Emits the points, in posts of the current unit, where person i's chain differs from the skeleton.
   * `zs` is the person's draw as a signed number (kept small enough to pass without boxing), and
   * `personLeaves` whether it is at or above the person's limit (known by the caller).
   */
  private chain(i: number, key: number, zs: number, personLeaves: boolean): void {
    const months = this.months;
    const curve = this.curve;
    const depart = this.personDepart[i]!;
    const person = this.personKey[i]!;
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
      const z = draw(key, person, generation);
      if (!diverged) {
        // Same departures so far, so this is the skeleton's replacement g.
        const end = this.replacementDepart[g]!;
        leaves = end;
        if (z >= this.replacementLimit[g]!) {
          leaves = exitMonthOfDraw(curve, this.replacementGroup[post]!, this.replacementAge[post]!, start, end, (z | 0) ^ 0x80000000);
        }
        g++;
        if (leaves < end) {
          this.stretch(post, leaves, end, -1);
          diverged = true;
        }
      } else {
        const end = Math.min(months, start + this.replacementService[post]!);
        leaves = end;
        if (z >= this.profileLimit[this.postProfile[post]! * (months + 1) + end - start]!) {
          leaves = exitMonthOfDraw(curve, this.replacementGroup[post]!, this.replacementAge[post]!, start, end, (z | 0) ^ 0x80000000);
        }
        this.stretch(post, start, leaves, 1);
      }
    }
    // Replacements of the skeleton that this run does not have.
    for (; g < gEnd; g++) this.stretch(this.replacementPost[g]!, this.replacementArrive[g]!, this.replacementDepart[g]!, -1);
  }

  /** Person i is absent (not in the skeleton's posts) during [from, to). */
  private personStretch(i: number, from: number, to: number): void {
    const { stepMonth } = this;
    const last = this.stepStart[i + 1]!;
    if (last - this.stepStart[i]! === 1) {
      const post = this.stepPost[last - 1]!;
      if (post >= 0) this.stretch(post, Math.max(from, stepMonth[last - 1]!), to, -1);
      return;
    }
    for (let k = this.stepStart[i]!; k < last; k++) {
      const a = Math.max(from, stepMonth[k]!);
      const b = Math.min(to, k + 1 < last ? stepMonth[k + 1]! : to);
      const post = this.stepPost[k]!;
      if (a < b && post >= 0) this.stretch(post, a, b, -1);
    }
  }

  /** `delta` (+1 or -1) to a post's headcount during [from, to), if the post is in the current unit. */
  private stretch(post: number, from: number, to: number, delta: number): void {
    if (from >= to || from >= this.months || this.postUnit[post] !== this.unit) return;
    if (this.count + 2 > this.points.length) {
      const bigger = new Int32Array(this.points.length * 2);
      bigger.set(this.points);
      this.points = bigger;
    }
    const local = this.postLocal[post]! << 1;
    const up = delta > 0 ? 1 : 0;
    this.points[this.count++] = (from << MONTH_SHIFT) | local | up;
    if (to < this.months) this.points[this.count++] = (to << MONTH_SHIFT) | local | (1 - up);
  }

  /**
   * Sorts the points and walks the unit and its posts through them. When cell c's deviation changes
   * by `net` in month t, the run leaves bin d and, unless d' = 0, enters bin d' (difference arrays
   * over months, summed at the end).
   */
  private walk(): void {
    const points = this.points;
    const n = this.count;
    if (n <= 48) {
      for (let a = 1; a < n; a++) {
        const v = points[a]!;
        let b = a - 1;
        while (b >= 0 && points[b]! > v) {
          points[b + 1] = points[b]!;
          b--;
        }
        points[b + 1] = v;
      }
    } else {
      points.subarray(0, n).sort();
    }
    const u = this.unit;
    const { hist, cellDev, cellStamp, cellZero, unitPosts } = this;
    const unitCell = this.nPosts + u;
    const firstPost = this.unitPostStart[u]!;
    const row = this.blockRow[u]!;
    const block = this.blockStart[u]!;
    const stamp = ++this.stamp;
    let unitDev = 0;
    let k = 0;
    while (k < n) {
      const t = points[k]! >>> MONTH_SHIFT;
      const at = block + t * row;
      const before = unitDev;
      while (k < n && points[k]! >>> MONTH_SHIFT === t) {
        const local = (points[k]! >>> 1) & POST_MASK;
        let net = 0;
        for (; k < n && points[k]! >>> MONTH_SHIFT === t && ((points[k]! >>> 1) & POST_MASK) === local; k++) {
          net += (points[k]! & 1) * 2 - 1;
        }
        if (net === 0) continue;
        unitDev += net;
        const p = unitPosts[firstPost + local]!;
        let dev = 0;
        if (cellStamp[p] === stamp) dev = cellDev[p]!;
        else cellStamp[p] = stamp;
        const zero = at + cellZero[p]!;
        if (dev !== 0) hist[zero + dev]! -= 1;
        dev += net;
        if (dev !== 0) {
          if (dev < this.cellLowest[p]! || dev > this.cellHighest[p]!) this.broken(p, dev, t);
          hist[zero + dev]! += 1;
        }
        cellDev[p] = dev;
      }
      if (unitDev !== before) {
        const zero = at + cellZero[unitCell]!;
        if (before !== 0) hist[zero + before]! -= 1;
        if (unitDev !== 0) {
          if (unitDev < this.cellLowest[unitCell]! || unitDev > this.cellHighest[unitCell]!) this.broken(unitCell, unitDev, t);
          hist[zero + unitDev]! += 1;
        }
      }
    }
  }

  private broken(c: number, dev: number, t: number): never {
    throw new Error(`simulation invariant broken: cell ${c}, deviation ${dev} in month ${t}`);
  }
}
