// AssemblyScript: what the Monte Carlo reads from a unit's block once its runs are in (`unitRuns` of
// runs.ts): the block summed over the months, the posts' vacancy, and the unit's statistics, on the
// arrays of the table (table.ts). Exported through runs.ts, the module's entry.

import {
  i32At, f64At, u8At, addI16, blockRow, unitPostStart, unitPosts, cellZero, cellLowest, cellHighest, block, months, nPosts,
  runs, postNeedAt, neededMonths, cellStepStart, cellStepMonth, cellStepValue, stepAt, vacancy, unitNeed, ranks, overload,
  unitStats, setI32, postNeed, postStats, widest,
} from './table';

// ---- The unit's block summed over months, and its posts' vacancy ----

/**
 * Sums unit u's block of changes over the months, in place (each month's row adds the row before it,
 * eight bins at a time: with a row of eight bins or more, the row before is already summed where it
 * is read). With `withVacancy`, then sums its posts' chances of being vacant (nobody, need > 0) in
 * each month, in the order of `unitPosts`, into `vacancy[m]` (32-bit, as `postStatistics` adds them).
 */
export function sumMonths(u: i32, withVacancy: bool): void {
  const row = i32At(blockRow, u);
  const end = row * months;
  let at = row;
  if (row >= 8) {
    for (; at + 8 <= end; at += 8) {
      const p = block + (<usize>at << 1);
      v128.store(p, i16x8.add(v128.load(p), v128.load(p - (<usize>row << 1))));
    }
  }
  for (; at < end; at++) addI16(block, at, <i32>load<i16>(block + (<usize>(at - row) << 1)));
  if (!withVacancy) return;

  const firstPost = i32At(unitPostStart, u);
  const count = i32At(unitPostStart, u + 1) - firstPost;
  for (let j = 0; j < count; j++) setI32(stepAt, j, i32At(cellStepStart, i32At(unitPosts, firstPost + j)));
  for (let m = 0; m < months; m++) {
    let sum: f32 = 0;
    const rowAt = m * row;
    for (let j = 0; j < count; j++) {
      const p = i32At(unitPosts, firstPost + j);
      // The skeleton's headcount of the post in month m.
      let step = i32At(stepAt, j);
      while (step + 1 < i32At(cellStepStart, p + 1) && i32At(cellStepMonth, step + 1) <= m) step++;
      setI32(stepAt, j, step);
      const needAt = i32At(postNeedAt, p);
      if (needAt >= 0 && u8At(neededMonths, needAt + m) == 0) continue;
      const s = i32At(cellStepValue, step);
      const zero = rowAt + i32At(cellZero, p);
      // Runs with nobody: deviation -s; when s is 0, the runs counted at no other deviation.
      let nobody = 0;
      if (s > 0) {
        if (s <= -i32At(cellLowest, p)) nobody = <i32>load<i16>(block + (<usize>(zero - s) << 1));
      } else {
        nobody = runs;
        const highest = i32At(cellHighest, p);
        for (let d = 1; d <= highest; d++) nobody -= <i32>load<i16>(block + (<usize>(zero + d) << 1));
      }
      sum += <f32>(<f64>nobody / <f64>runs);
    }
    store<f32>(vacancy + (<usize>m << 2), sum);
  }
}

// ---- Statistics per month of a unit and of its posts (`fillCellMonthBins` and `fillCellMonthAllAt` of statistics.ts) ----

// Columns of the statistics, each `months` long for a cell (the order of `STATISTICS` in ../runner.ts, keep in step).
const EJ_P10 = 0;
const EJ_P50 = 1;
const EJ_P90 = 2;
const HEADCOUNT_P10 = 3;
const HEADCOUNT_P50 = 4;
const HEADCOUNT_P90 = 5;
const MEAN_HEADCOUNT = 6;
const VACANT = 7;
const OVERLOADED = 8;

/** Column `column` of a cell's statistics in month m, with its columns at `out`, `stride` numbers apart. */
@inline function put(out: usize, stride: i32, column: i32, m: i32, value: f64): void {
  store<f32>(out + ((<usize>(column * stride + m)) << 2), <f32>value);
}

/** `ejOf` of statistics.ts. */
@inline function ejOf(need: f64, headcount: i32): f64 {
  if (need <= 0) return 0;
  return headcount == 0 ? Infinity : need / <f64>headcount;
}

/**
 * Cell c's statistics in every month (see `put`), from its bins in the unit's block summed over the
 * months (`sumMonths`), its need per month at `needs`: the same numbers as statistics.ts gives from
 * the same bins, in the same order of operations. The runs counted at no deviation (bin 0, never
 * written) are those left over. With `vacancyToo`, adds the cell's chance of being vacant in each
 * month to `vacancy[m]` (32-bit, as `sumMonths` adds them).
 */
@inline function cellStatistics(c: i32, row: i32, needs: usize, out: usize, stride: i32, vacancyToo: bool): void {
  const lowest = i32At(cellLowest, c);
  const highest = i32At(cellHighest, c);
  const k10 = i32At(ranks, 0);
  const k50 = i32At(ranks, 1);
  const k90 = i32At(ranks, 2);
  // The k-th smallest EJ is at the k-th largest headcount, the (runs - k + 1)-th smallest.
  const e90 = runs - k90 + 1;
  const e50 = runs - k50 + 1;
  const e10 = runs - k10 + 1;
  const overloadAt = f64At(overload, 0);
  let step = i32At(cellStepStart, c);
  const stepEnd = i32At(cellStepStart, c + 1);
  let zero = i32At(cellZero, c);
  for (let m = 0; m < months; m++, zero += row) {
    while (step + 1 < stepEnd && i32At(cellStepMonth, step + 1) <= m) step++;
    const s = i32At(cellStepValue, step);
    const need = f64At(needs, m);
    // The runs away from the skeleton, and the deviations between which they all are.
    let elsewhere = 0;
    let first = 0;
    let last = 0;
    for (let d = lowest; d <= highest; d++) {
      const count = <i32>load<i16>(block + (<usize>(zero + d) << 1));
      elsewhere += count;
      if (count != 0) {
        first = min(first, d);
        last = d;
      }
    }
    let vacant: f64 = 0;
    if (elsewhere == 0) {
      // Every run holds the skeleton's s people.
      const ej = ejOf(need, s);
      vacant = need > 0 && s == 0 ? 1 : 0;
      put(out, stride, HEADCOUNT_P10, m, <f64>s);
      put(out, stride, HEADCOUNT_P50, m, <f64>s);
      put(out, stride, HEADCOUNT_P90, m, <f64>s);
      put(out, stride, EJ_P10, m, ej);
      put(out, stride, EJ_P50, m, ej);
      put(out, stride, EJ_P90, m, ej);
      put(out, stride, MEAN_HEADCOUNT, m, <f64>s);
      put(out, stride, VACANT, m, vacant);
      put(out, stride, OVERLOADED, m, s > 0 && need / <f64>s > overloadAt ? 1 : 0);
    } else {
      let h10 = -1, h50 = -1, h90 = -1, n90 = -1, n50 = -1, n10 = -1;
      let seen = 0;
      let sum: f64 = 0;
      let overloaded = 0;
      let nobody = 0;
      last = max(last, 0);
      for (let d = first; d <= last; d++) {
        const count = d == 0 ? runs - elsewhere : <i32>load<i16>(block + (<usize>(zero + d) << 1));
        if (count == 0) continue;
        const n = s + d;
        seen += count;
        sum += <f64>n * <f64>count;
        if (n == 0) nobody = count;
        else if (need / <f64>n > overloadAt) overloaded += count;
        if (h10 < 0 && seen >= k10) h10 = n;
        if (h50 < 0 && seen >= k50) h50 = n;
        if (h90 < 0 && seen >= k90) h90 = n;
        if (n90 < 0 && seen >= e90) n90 = n;
        if (n50 < 0 && seen >= e50) n50 = n;
        if (n10 < 0 && seen >= e10) n10 = n;
      }
      vacant = need > 0 ? <f64>nobody / <f64>runs : 0;
      put(out, stride, HEADCOUNT_P10, m, <f64>h10);
      put(out, stride, HEADCOUNT_P50, m, <f64>h50);
      put(out, stride, HEADCOUNT_P90, m, <f64>h90);
      put(out, stride, EJ_P10, m, ejOf(need, n10));
      put(out, stride, EJ_P50, m, ejOf(need, n50));
      put(out, stride, EJ_P90, m, ejOf(need, n90));
      put(out, stride, MEAN_HEADCOUNT, m, sum / <f64>runs);
      put(out, stride, VACANT, m, vacant);
      put(out, stride, OVERLOADED, m, <f64>overloaded / <f64>runs);
    }
    if (vacancyToo) {
      const at = vacancy + (<usize>m << 2);
      store<f32>(at, load<f32>(at) + <f32>vacant);
    }
  }
}

/** Unit u's statistics in each month into `unitStats` (column k at `k * months`). */
export function unitStatistics(u: i32): void {
  cellStatistics(nPosts + u, i32At(blockRow, u), unitNeed + (<usize>(u * months) << 3), unitStats, months, false);
}

/**
 * The statistics of unit u's posts in each month into `postStats` (post j of `unitPosts`, column k at
 * `(k * widest + j) * months`, widest the most posts of a unit), and the sum of their chances of being
 * vacant into `vacancy[m]`.
 */
export function postStatistics(u: i32): void {
  const row = i32At(blockRow, u);
  const firstPost = i32At(unitPostStart, u);
  const count = i32At(unitPostStart, u + 1) - firstPost;
  memory.fill(vacancy, 0, <usize>months << 2);
  const stride = widest * months;
  for (let j = 0; j < count; j++) {
    const p = i32At(unitPosts, firstPost + j);
    cellStatistics(p, row, postNeed + (<usize>(p * months) << 3), postStats + (<usize>(j * months) << 2), stride, true);
  }
}
