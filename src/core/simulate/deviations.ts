/**
 * The deviations of one run from the skeleton within one unit, and their entry into the histograms.
 *
 * A run's chains report stretches of months in which a post holds one person more or fewer than in
 * the skeleton. Each stretch adds its change at its first month and takes it back at its end, in a
 * table of changes per (post, month) and per month for the unit. A bit per month records which
 * months have a change, so the walk visits the changed months in order by reading set bits: no
 * sort, and no branch that depends on how the points happen to be ordered.
 *
 * Walking a cell (post or unit) through its changes gives its deviation d from the skeleton's
 * headcount. The histograms count runs by deviation, as difference arrays over months (prefix-summed
 * at the end): when d changes in month t the run leaves bin d and enters bin d' in month t, and bin 0
 * is never written (it is the runs counted nowhere else).
 */
import type { Skeleton } from './skeleton';

export class Deviations {
  /** The current unit's block of histograms (see `Skeleton.blockRow`). */
  private hist: Int16Array = new Int16Array(0);
  private readonly months: number;
  /** 32-bit words of month bits per cell. */
  private readonly words: number;
  private readonly postUnit: Int32Array;
  private readonly postLocal: Int32Array;
  private readonly unitPostStart: Int32Array;
  private readonly unitPosts: Int32Array;
  private readonly blockRow: Int32Array;
  private readonly cellZero: Int32Array;
  private readonly cellLowest: Int32Array;
  private readonly cellHighest: Int32Array;
  private readonly nPosts: number;

  /** Changes per post of the unit (by its place in the unit) and month, and their month bits. */
  private postChange: Int32Array;
  private postBits: Int32Array;
  /** The same for the unit as a whole. */
  private readonly unitChange: Int32Array;
  private readonly unitBits: Int32Array;
  /** Per post of the unit, and for the unit: a bit per word of month bits that has a bit set. */
  private postWords: Int32Array;
  private unitWords = 0;
  /** The posts (places in the unit) with a change in this run, each once. */
  private touched: Int32Array;
  private touchedCount = 0;
  /** `seen[place] === stamp` once the post has a change in this run. */
  private seen: Int32Array;
  private stamp = 1;
  private unit = -1;

  constructor(sk: Skeleton, postUnit: Int32Array, months: number) {
    this.months = months;
    this.words = (months + 31) >>> 5;
    this.postUnit = postUnit;
    this.unitPostStart = sk.unitPostStart;
    this.unitPosts = sk.unitPosts;
    this.blockRow = sk.blockRow;
    this.cellZero = sk.cellZero;
    this.cellLowest = sk.cellLowest;
    this.cellHighest = sk.cellHighest;
    this.nPosts = postUnit.length;
    // A unit's posts are consecutive in `unitPosts` but not in their numbering: keep each post's place.
    this.postLocal = new Int32Array(this.nPosts);
    let widest = 1;
    for (let u = 0; u + 1 < sk.unitPostStart.length; u++) {
      widest = Math.max(widest, sk.unitPostStart[u + 1]! - sk.unitPostStart[u]!);
      for (let j = sk.unitPostStart[u]!; j < sk.unitPostStart[u + 1]!; j++) this.postLocal[sk.unitPosts[j]!] = j - sk.unitPostStart[u]!;
    }
    this.postChange = new Int32Array(widest * months);
    this.postBits = new Int32Array(widest * this.words);
    this.touched = new Int32Array(widest);
    this.seen = new Int32Array(widest);
    this.postWords = new Int32Array(widest);
    this.unitChange = new Int32Array(months);
    this.unitBits = new Int32Array(this.words);
  }

  /** Starts on unit u: the runs that follow write to its block of histograms. */
  setUnit(u: number, block: Int16Array): void {
    this.unit = u;
    this.hist = block;
  }

  /** Whether the current run has any change in the unit. */
  get changed(): boolean {
    return this.touchedCount > 0;
  }

  /** `delta` (+1 or -1) to a post's headcount during [from, to), if the post is in the current unit. */
  stretch(post: number, from: number, to: number, delta: number): void {
    const months = this.months;
    if (from >= to || from >= months || this.postUnit[post] !== this.unit) return;
    const local = this.postLocal[post]!;
    const bits = local * this.words;
    if (this.seen[local] !== this.stamp) {
      this.seen[local] = this.stamp;
      this.touched[this.touchedCount++] = local;
    }
    this.change(local, bits, from, delta);
    if (to < months) this.change(local, bits, to, -delta);
  }

  private change(local: number, bits: number, t: number, delta: number): void {
    const bit = 1 << (t & 31);
    const w = t >>> 5;
    this.postChange[local * this.months + t]! += delta;
    this.postBits[bits + w]! |= bit;
    this.postWords[local]! |= 1 << w;
    this.unitChange[t]! += delta;
    this.unitBits[w]! |= bit;
    this.unitWords |= 1 << w;
  }

  /** Enters the run's changes into the histograms and clears them for the next run. */
  flush(): void {
    const u = this.unit;
    const months = this.months;
    const words = this.words;
    const row = this.blockRow[u]!;
    const firstPost = this.unitPostStart[u]!;
    const unitCell = this.nPosts + u;
    const unitZero = this.cellZero[unitCell]!;
    const count = this.touchedCount;
    this.touchedCount = 0;
    this.stamp++;
    for (let k = 0; k < count; k++) {
      const local = this.touched[k]!;
      const p = this.unitPosts[firstPost + local]!;
      // With one post changed, the unit changes with it: one walk writes both.
      this.walk(this.postChange, local * months, this.postBits, local * words, this.postWords[local]!, p, this.cellZero[p]!, row, count === 1);
      this.postWords[local] = 0;
    }
    if (count === 1) {
      for (let w = 0; w < words; w++) this.unitBits[w] = 0;
    } else {
      this.walk(this.unitChange, 0, this.unitBits, 0, this.unitWords, unitCell, unitZero, row, false);
    }
    this.unitWords = 0;
  }

  /**
   * Walks one cell through its changed months in order (lowest set bit first), writes the histogram
   * changes, and clears the changes and bits it read; `withUnit` writes the unit's too (the same
   * changes) and clears the unit's changes.
   */
  private walk(
    change: Int32Array, changeAt: number, bits: Int32Array, bitsAt: number, wordMask: number, c: number, zero: number,
    row: number, withUnit: boolean,
  ): void {
    const hist = this.hist;
    const lowest = this.cellLowest[c]!;
    const highest = this.cellHighest[c]!;
    const unitCell = this.nPosts + this.unit;
    const unitZero = this.cellZero[unitCell]!;
    let dev = 0;
    let words = wordMask;
    while (words !== 0) {
      const lowWord = words & -words;
      words ^= lowWord;
      const w = 31 - Math.clz32(lowWord);
      let b = bits[bitsAt + w]!;
      bits[bitsAt + w] = 0;
      while (b !== 0) {
        const low = b & -b;
        b ^= low;
        const t = (w << 5) + 31 - Math.clz32(low);
        const net = change[changeAt + t]!;
        if (net === 0) continue;
        change[changeAt + t] = 0;
        const at = zero + t * row;
        if (dev !== 0) hist[at + dev]! -= 1;
        const before = dev;
        dev += net;
        if (dev !== 0) {
          if (dev < lowest || dev > highest) this.broken(c, dev, t);
          hist[at + dev]! += 1;
        }
        if (withUnit) {
          this.unitChange[t] = 0;
          const unitAt = unitZero + t * row;
          if (before !== 0) hist[unitAt + before]! -= 1;
          if (dev !== 0) {
            if (dev < this.cellLowest[unitCell]! || dev > this.cellHighest[unitCell]!) this.broken(unitCell, dev, t);
            hist[unitAt + dev]! += 1;
          }
        }
      }
    }
  }

  private broken(c: number, dev: number, t: number): never {
    throw new Error(`simulation invariant broken: cell ${c}, deviation ${dev} in month ${t}`);
  }
}
