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
import { exitMonth } from './exits';
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
  private readonly intensity: Float64Array;
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
  private readonly unitChains: Int32Array;
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
  private key = 0;
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
    this.intensity = input.exitIntensity;
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
    this.personLimit = Float64Array.from(sk.personStays, (p) => p * TWO_32);
    this.replacementLimit = Float64Array.from(sk.replacementStays, (p) => p * TWO_32);
    this.replacementFirst = sk.replacementFirst;
    this.replacementPost = sk.replacementPost;
    this.replacementArrive = sk.replacementArrive;
    this.replacementDepart = sk.replacementDepart;
    this.postProfile = sk.postProfile;
    this.profileLimit = Float64Array.from(sk.profileStaying, (p) => p * TWO_32);
    this.unitChainStart = sk.unitChainStart;
    this.unitChains = sk.unitChains;
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
    for (let u = 0; u < this.nUnits; u++) {
      this.warm(u);
      for (let r = 0; r < keys.length; r++) this.unitRun(u, keys[r]!);
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

  /** One run of one unit: its chains' points, then the walks of the unit and of its posts. */
  private unitRun(u: number, key: number): void {
    const { personLimit, replacementFirst, replacementLimit, unitChains } = this;
    this.unit = u;
    this.key = key;
    this.count = 0;
    const last = this.unitChainStart[u + 1]!;
    for (let j = this.unitChainStart[u]!; j < last; j++) {
      const i = unitChains[j]!;
      const z = draw(key, i, 0);
      let touched = z >= personLimit[i]!;
      const first = replacementFirst[i]!;
      const gEnd = replacementFirst[i + 1]!;
      for (let g = first; !touched && g < gEnd; g++) touched = draw(key, i, g - first + 1) >= replacementLimit[g]!;
      if (touched) this.chain(i, z);
    }
    if (this.count > 0) this.walk();
  }

  /** Emits the points, in posts of the current unit, where person i's chain differs from the skeleton. */
  private chain(i: number, z0: number): void {
    const months = this.months;
    const intensity = this.intensity;
    const depart = this.personDepart[i]!;
    let leaves = depart;
    if (z0 >= this.personLimit[i]!) {
      leaves = exitMonth(intensity, this.personGroup[i]!, this.personAge[i]!, this.personArrive[i]!, depart, -Math.log(z0 / TWO_32));
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
      const z = draw(this.key, i, generation);
      if (!diverged) {
        // Same departures so far, so this is the skeleton's replacement g.
        const end = this.replacementDepart[g]!;
        leaves = end;
        if (z >= this.replacementLimit[g]!) {
          leaves = exitMonth(intensity, this.replacementGroup[post]!, this.replacementAge[post]!, start, end, -Math.log(z / TWO_32));
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
          leaves = exitMonth(intensity, this.replacementGroup[post]!, this.replacementAge[post]!, start, end, -Math.log(z / TWO_32));
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
    const local = this.postLocal[post]!;
    this.push(from, local, delta);
    if (to < this.months) this.push(to, local, -delta);
  }

  private push(month: number, local: number, delta: number): void {
    if (this.count === this.points.length) {
      const bigger = new Int32Array(this.points.length * 2);
      bigger.set(this.points);
      this.points = bigger;
    }
    this.points[this.count++] = (month << MONTH_SHIFT) | (local << 1) | (delta > 0 ? 1 : 0);
  }

  /** Sorts the points and walks the unit and its posts through them. */
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
    const unitCell = this.nPosts + u;
    const firstPost = this.unitPostStart[u]!;
    const stamp = ++this.stamp;
    this.cellDev[unitCell] = 0;
    let k = 0;
    while (k < n) {
      const t = points[k]! >>> MONTH_SHIFT;
      let unitNet = 0;
      while (k < n && points[k]! >>> MONTH_SHIFT === t) {
        const local = (points[k]! >>> 1) & POST_MASK;
        let net = 0;
        for (; k < n && points[k]! >>> MONTH_SHIFT === t && ((points[k]! >>> 1) & POST_MASK) === local; k++) {
          net += (points[k]! & 1) === 1 ? 1 : -1;
        }
        if (net === 0) continue;
        unitNet += net;
        const p = this.unitPosts[firstPost + local]!;
        if (this.cellStamp[p] !== stamp) {
          this.cellStamp[p] = stamp;
          this.cellDev[p] = 0;
        }
        this.change(p, u, t, net);
      }
      if (unitNet !== 0) this.change(unitCell, u, t, unitNet);
    }
  }

  /** Cell c's deviation changes by `net` in month t: the run leaves bin d and, unless d' = 0, enters bin d'. */
  private change(c: number, u: number, t: number, net: number): void {
    const at = this.blockStart[u]! + t * this.blockRow[u]! + this.cellZero[c]!;
    const before = this.cellDev[c]!;
    const after = before + net;
    if (before !== 0) this.hist[at + before]! -= 1;
    if (after !== 0) {
      if (after < this.cellLowest[c]! || after > this.cellHighest[c]!) throw new Error(`simulation invariant broken: cell ${c}, deviation ${after} in month ${t}`);
      this.hist[at + after]! += 1;
    }
    this.cellDev[c] = after;
  }
}
