// AssemblyScript: the Monte Carlo's runs of one unit, the steps of `runner.ts` on its arrays (read
// through the table of `table.ts`), compiled to WebAssembly by scripts/build-wasm.ts.

// The logarithm of a draw is the module's own (a table made with AssemblyScript's Math.log, and IEEE
// arithmetic only): the same bits in every engine, where the host's Math.log may differ in its last
// bit from one browser to another. The JavaScript that needs the same numbers (exits.ts, the tests'
// reference) calls `drawExponential` of this module.

import {
  init as readTable, i32At, setI32, f64At, u8At, addI16, pieceStart, pieceAge, pieceTotal,
  pieceRate, postUnit, stepStart, stepMonth, stepPost, stepFormal, personArrive, personAge,
  personGroup, replacementGroup, replacementAge, replacementService, backfillDelay, hireMonth, postProfile, personDepart,
  personMix, replacementFirst, replacementPost, replacementArrive, replacementDepart, replacementLimit, profileLimit, unitChainStart,
  unitChainSplit, chainPerson, chainMix, chainLimit, chainReplaced, chainQuick, chainQuick1, postLocal, unitPostStart,
  unitPosts, blockRow, cellZero, cellLowest, cellHighest, keys, postChange, postBits,
  postWords, touched, seen, unitChange, unitBits, block, months, words,
  nPosts, runs, candidates, candidateDraws,
} from './table';

export { tableAt } from './table';
export { sumMonths, unitStatistics, postStatistics } from './sums';

const SIGN: i32 = <i32>0x80000000;

// The state of the current run.
let unit: i32 = -1;
let touchedCount: i32 = 0;
let stamp: i32 = 1;
let unitWords: i32 = 0;
/** Set when a deviation falls outside its cell's bins (an invariant of the skeleton): the cell. */
let brokenCell: i32 = -1;

/** Reads the table of addresses (see table.ts) and starts the runs afresh (the instance serves many). */
export function init(): void {
  readTable();
  unit = -1;
  touchedCount = 0;
  stamp = 1;
  unitWords = 0;
  brokenCell = -1;
}

/** For each 4-bit mask of lanes, the bytes of the lanes set, in order: a swizzle that packs them first. */
const PACK: usize = memory.data<u8>([
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  4, 5, 6, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0, 0, 0, 0, 0,
  8, 9, 10, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 8, 9, 10, 11, 0, 0, 0, 0, 0, 0, 0, 0,
  4, 5, 6, 7, 8, 9, 10, 11, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 0, 0, 0,
  12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0,
  4, 5, 6, 7, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 0, 0, 0, 0,
  8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0,
  4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
]);

/** Murmur3's finaliser (`draws.ts`). */
@inline function finish(x: i32): i32 {
  let z = x;
  z = (z ^ (z >>> 16)) * <i32>0x85ebca6b;
  z = (z ^ (z >>> 13)) * <i32>0xc2b2ae35;
  return z ^ (z >>> 16);
}

/** `finish` of four lanes at once. */
@inline function finish4(x: v128): v128 {
  let z = i32x4.mul(v128.xor(x, i32x4.shr_u(x, 16)), i32x4.splat(<i32>0x85ebca6b));
  z = i32x4.mul(v128.xor(z, i32x4.shr_u(z, 13)), i32x4.splat(<i32>0xc2b2ae35));
  return v128.xor(z, i32x4.shr_u(z, 16));
}

/** `signedDraw` of runner.ts: the draw of a chain's member `generation`, less 2^31, as a signed number. */
@inline function signedDraw(key: i32, mix: i32, generation: i32): i32 {
  return finish(key + mix + generation * <i32>0x632be5ab) ^ SIGN;
}

/** `exitMonth` of exits.ts. */
@inline function exitMonth(group: i32, ageAtArrive: i32, arrive: i32, depart: i32, e: f64): i32 {
  const from = ageAtArrive + 1;
  const lastX = ageAtArrive + depart - arrive;
  let k = i32At(pieceStart, group);
  const last = i32At(pieceStart, group + 1) - 1;
  while (k < last && i32At(pieceAge, k + 1) <= from) k++;
  const target = f64At(pieceTotal, k) + <f64>(from - i32At(pieceAge, k)) * f64At(pieceRate, k) + e;
  for (; k <= last; k++) {
    const rate = f64At(pieceRate, k);
    const end = k < last ? i32At(pieceAge, k + 1) : lastX;
    if (rate > 0 && f64At(pieceTotal, k) + <f64>(end - i32At(pieceAge, k)) * rate >= target) {
      const x = Math.max(<f64>(from + 1), <f64>i32At(pieceAge, k) + Math.ceil((target - f64At(pieceTotal, k)) / rate));
      return x <= <f64>lastX ? <i32>x - from + arrive : depart;
    }
    if (end >= lastX) break;
  }
  return depart;
}

// ---- e = -ln(u) of a draw ----
//
// The draw d (0 <= d < 2^32) is 2^k * m with 1 <= m < 2; ln(d / 2^32) = (k - 32) ln 2 + ln m. The top
// 7 bits of m after its leading one pick c = 1 + (i + 1/2) / 128 from a table of 1/c and ln c, and
// ln m = ln c + ln(1 + r) with r = m / c - 1, |r| < 2^-8, from five terms of its series (the next is
// below 6e-16). e is then within about 2e-15 of the exact -ln(d / 2^32): far finer than any month
// boundary needs, with one table read and a few multiplications, in IEEE arithmetic only.

/** Per i: 1 / c then ln c, with c = 1 + (i + 1/2) / 128 (filled when the module starts). */
const LOG_TABLE: usize = memory.data(128 * 16, 16);
for (let i = 0; i < 128; i++) {
  const c = 1.0 + (<f64>i + 0.5) / 128.0;
  const inverse = 1.0 / c;
  store<f64>(LOG_TABLE + (<usize>i << 4), inverse);
  store<f64>(LOG_TABLE + (<usize>i << 4) + 8, -Math.log(inverse));
}
const LN2: f64 = 0.6931471805599453;

/** e = -ln(u) of the uniform u = draw / 2^32, for a 32-bit draw given as a signed number (draw - 2^31). */
@inline function exponentialOf(signed: i32): f64 {
  const d = <u32>(signed ^ SIGN);
  if (d == 0) return Infinity;
  const lead = clz(d);
  const n = d << lead; // 2^31 <= n < 2^32: m = n / 2^31
  const at = LOG_TABLE + (<usize>((n >>> 24) & 127) << 4);
  const r = <f64>n * (1.0 / 2147483648.0) * load<f64>(at) - 1.0;
  const series = r * (1.0 + r * (-0.5 + r * (1.0 / 3.0 + r * (-0.25 + r * 0.2))));
  return <f64>(lead + 1) * LN2 - load<f64>(at, 8) - series;
}

/** `exponentialOf`, for JavaScript. */
export function drawExponential(signed: i32): f64 {
  return exponentialOf(signed);
}

/** `exitMonthOfDraw` of exits.ts. */
@inline function exitMonthOfDraw(group: i32, ageAtArrive: i32, arrive: i32, depart: i32, signed: i32): i32 {
  return exitMonth(group, ageAtArrive, arrive, depart, exponentialOf(signed));
}

// ---- Deviations from the skeleton, as changes per month (see runner.ts) ----

@inline function change(local: i32, bits: i32, t: i32, delta: i32): void {
  const at = local * months + t;
  const w = t >>> 5;
  setI32(postChange, at, i32At(postChange, at) + delta);
  setI32(postBits, bits + w, i32At(postBits, bits + w) | (1 << (t & 31)));
  setI32(postWords, local, i32At(postWords, local) | (1 << w));
}

@inline function stretch(post: i32, from: i32, to: i32, delta: i32): void {
  if (from >= to || from >= months || i32At(postUnit, post) != unit) return;
  const local = i32At(postLocal, post);
  const bits = local * words;
  if (i32At(seen, local) != stamp) {
    setI32(seen, local, stamp);
    setI32(touched, touchedCount++, local);
  }
  change(local, bits, from, delta);
  if (to < months) change(local, bits, to, -delta);
}

// How a walk treats the unit: the walk of its only post counts the unit's runs too (ALONE), the walk
// of one of several posts adds its changes to the unit's (GATHER), the unit's own walk (UNIT).
const ALONE = 0;
const GATHER = 1;
const UNIT = 2;

/**
 * Walks a cell's changes of one run in order of month (reading the set bits of its words), moving the
 * run between the cell's bins and clearing the changes as it goes.
 */
@inline function walk(change: usize, changeAt: i32, bits: usize, bitsAt: i32, wordMask: i32, c: i32, zero: i32, row: i32, mode: i32): void {
  const lowest = i32At(cellLowest, c);
  const highest = i32At(cellHighest, c);
  const unitCell = nPosts + unit;
  const unitZero = i32At(cellZero, unitCell);
  const unitLowest = i32At(cellLowest, unitCell);
  const unitHighest = i32At(cellHighest, unitCell);
  let dev = 0;
  let ws = wordMask;
  while (ws != 0) {
    const w = ctz(ws);
    ws &= ws - 1;
    let b = i32At(bits, bitsAt + w);
    setI32(bits, bitsAt + w, 0);
    // A post's word of changed months marks the unit's months once (a month whose net change is 0
    // is marked too: the unit's walk passes over its zero).
    if (mode == GATHER) {
      setI32(unitBits, w, i32At(unitBits, w) | b);
      unitWords |= 1 << w;
    }
    while (b != 0) {
      const t = (w << 5) + ctz(b);
      b &= b - 1;
      const net = i32At(change, changeAt + t);
      if (net == 0) continue;
      setI32(change, changeAt + t, 0);
      const at = zero + t * row;
      if (dev != 0) addI16(block, at + dev, -1);
      const before = dev;
      dev += net;
      if (dev != 0) {
        if (dev < lowest || dev > highest) brokenCell = c;
        else addI16(block, at + dev, 1);
      }
      if (mode == ALONE) {
        const unitAt = unitZero + t * row;
        if (before != 0) addI16(block, unitAt + before, -1);
        if (dev != 0) {
          if (dev < unitLowest || dev > unitHighest) brokenCell = unitCell;
          else addI16(block, unitAt + dev, 1);
        }
      } else if (mode == GATHER) {
        setI32(unitChange, t, i32At(unitChange, t) + net);
      }
    }
  }
}

@inline function flush(): void {
  const u = unit;
  const row = i32At(blockRow, u);
  const firstPost = i32At(unitPostStart, u);
  const unitCell = nPosts + u;
  const count = touchedCount;
  touchedCount = 0;
  stamp++;
  if (count == 1) {
    const local = i32At(touched, 0);
    const p = i32At(unitPosts, firstPost + local);
    walk(postChange, local * months, postBits, local * words, i32At(postWords, local), p, i32At(cellZero, p), row, ALONE);
    setI32(postWords, local, 0);
    return;
  }
  for (let k = 0; k < count; k++) {
    const local = i32At(touched, k);
    const p = i32At(unitPosts, firstPost + local);
    walk(postChange, local * months, postBits, local * words, i32At(postWords, local), p, i32At(cellZero, p), row, GATHER);
    setI32(postWords, local, 0);
  }
  walk(unitChange, 0, unitBits, 0, unitWords, unitCell, i32At(cellZero, unitCell), row, UNIT);
  unitWords = 0;
}

// ---- Chains (runner.ts) ----

@inline function personStretch(i: i32, from: i32, to: i32): void {
  const first = i32At(stepStart, i);
  const last = i32At(stepStart, i + 1);
  if (last - first == 1) {
    const post = i32At(stepPost, last - 1);
    if (post >= 0) stretch(post, max(from, i32At(stepMonth, last - 1)), to, -1);
    return;
  }
  for (let k = first; k < last; k++) {
    const a = max(from, i32At(stepMonth, k));
    const b = min(to, k + 1 < last ? i32At(stepMonth, k + 1) : to);
    const post = i32At(stepPost, k);
    if (a < b && post >= 0) stretch(post, a, b, -1);
  }
}

@inline function chain(i: i32, key: i32, zs: i32, personLeaves: bool): void {
  const depart = i32At(personDepart, i);
  const mix = i32At(personMix, i);
  let leaves = depart;
  if (personLeaves) {
    leaves = exitMonthOfDraw(u8At(personGroup, i), i32At(personAge, i), i32At(personArrive, i), depart, zs ^ SIGN);
  }
  let diverged = leaves < depart;
  if (diverged) personStretch(i, leaves, depart);
  if (leaves >= months) return;
  let k = i32At(stepStart, i);
  const lastStep = i32At(stepStart, i + 1);
  while (k + 1 < lastStep && i32At(stepMonth, k + 1) <= leaves) k++;
  const post = i32At(stepFormal, k);
  const delay = post >= 0 ? i32At(backfillDelay, post) : -1;
  let g = i32At(replacementFirst, i);
  const gEnd = i32At(replacementFirst, i + 1);
  for (let generation = 1; leaves < months && delay >= 0; generation++) {
    const due = leaves + delay;
    const start = due < months ? i32At(hireMonth, due) : -1;
    if (start < 0 || start >= months) break;
    const z = signedDraw(key, mix, generation);
    if (!diverged) {
      const end = i32At(replacementDepart, g);
      leaves = end;
      if (<f64>z >= f64At(replacementLimit, g)) {
        leaves = exitMonthOfDraw(u8At(replacementGroup, post), i32At(replacementAge, post), start, end, z);
      }
      g++;
      if (leaves < end) {
        stretch(post, leaves, end, -1);
        diverged = true;
      }
    } else {
      const end = min(months, start + i32At(replacementService, post));
      leaves = end;
      if (<f64>z >= f64At(profileLimit, i32At(postProfile, post) * (months + 1) + end - start)) {
        leaves = exitMonthOfDraw(u8At(replacementGroup, post), i32At(replacementAge, post), start, end, z);
      }
      stretch(post, start, leaves, 1);
    }
  }
  for (; g < gEnd; g++) stretch(i32At(replacementPost, g), i32At(replacementArrive, g), i32At(replacementDepart, g), -1);
}

@inline function replacements(i: i32, key: i32, zs: i32): void {
  const first = i32At(replacementFirst, i);
  const end = i32At(replacementFirst, i + 1);
  const mix = i32At(personMix, i);
  for (let g = first; g < end; g++) {
    if (<f64>signedDraw(key, mix, g - first + 1) >= f64At(replacementLimit, g)) {
      chain(i, key, zs, false);
      return;
    }
  }
}

/** Appends the chains j..j+3 whose lanes are set in `m`, with their first draws, to the candidates (n so far). */
@inline function pack(n: i32, j: i32, z: v128, m: i32): i32 {
  const order = v128.load(PACK + (<usize>m << 4));
  v128.store(candidateDraws + (<usize>n << 2), i8x16.swizzle(z, order));
  v128.store(candidates + (<usize>n << 2), i8x16.swizzle(i32x4.add(i32x4.splat(j), i32x4(0, 1, 2, 3)), order));
  return n + popcnt(m);
}

/**
 * Adds all runs of unit u to the block of histograms (as changes per month, see runner.ts);
 * returns -1, or the cell whose deviation left its bins (a broken invariant).
 */
export function unitRuns(u: i32): i32 {
  unit = u;
  brokenCell = -1;
  const first = i32At(unitChainStart, u);
  const last = i32At(unitChainStart, u + 1);
  const split = i32At(unitChainSplit, u);
  for (let r = 0; r < runs; r++) {
    const key = i32At(keys, r);
    // First pass, four chains at a time (WebAssembly SIMD) and without branches: the chains that may
    // differ from the skeleton in this run by their quick limits, packed with their first draw (the
    // arrays read have room past their end; the lanes past a group's last chain are masked off).
    // The chains with one replacement (before `split`) are looked at by both their draws, the others
    // by their first (a chain with two or more replacements has the lowest number as its limit).
    const keyLanes = i32x4.splat(key);
    const keyLanes1 = i32x4.splat(key + <i32>0x632be5ab);
    const sign = i32x4.splat(SIGN);
    let n = 0;
    for (let j = first; j < split; j += 4) {
      const at = <usize>j << 2;
      const mix = v128.load(chainMix + at);
      const z = finish4(i32x4.add(keyLanes, mix));
      const y = finish4(i32x4.add(keyLanes1, mix));
      const hit = v128.or(
        i32x4.ge_s(v128.xor(z, sign), v128.load(chainQuick + at)),
        i32x4.ge_s(v128.xor(y, sign), v128.load(chainQuick1 + at)),
      );
      n = pack(n, j, z, i32x4.bitmask(hit) & ((1 << min(4, split - j)) - 1));
    }
    for (let j = split; j < last; j += 4) {
      const at = <usize>j << 2;
      const z = finish4(i32x4.add(keyLanes, v128.load(chainMix + at)));
      const hit = i32x4.ge_s(v128.xor(z, sign), v128.load(chainQuick + at));
      n = pack(n, j, z, i32x4.bitmask(hit) & ((1 << min(4, last - j)) - 1));
    }
    // Second pass: the exact limits, and the chains' events.
    for (let k = 0; k < n; k++) {
      const j = i32At(candidates, k);
      const z = i32At(candidateDraws, k);
      const zs = z ^ SIGN;
      if (zs >= i32At(chainQuick, j)) {
        if (<f64>zs >= f64At(chainLimit, j)) chain(i32At(chainPerson, j), key, z, true);
        else if (u8At(chainReplaced, j) == 1) replacements(i32At(chainPerson, j), key, z);
        continue;
      }
      replacements(i32At(chainPerson, j), key, z);
    }
    if (touchedCount > 0) flush();
  }
  return brokenCell;
}
