/**
 * Exits other than retirement: yearly rates per group (position class and age band) turned into a
 * monthly intensity, and the month a person leaves drawn once from one uniform number.
 *
 * A person present in month a is present in month t > a with probability exp(-C(a, t)), where
 * C(a, t) is the sum of the monthly intensities of months a+1..t at the age the person has in each of
 * those months. A yearly rate q gives the intensity -ln(1 - q) / 12, so that twelve months of it leave
 * (1 - q) of the group; rates of several matching groups add up as independent causes.
 */
import { POSITION_TYPES, type PositionType } from '../positions';
import type { ExitRate } from '../scenario/schema';
import { drawExponential } from './wasmModule';

/** Ages are whole years 0..100; older ages use 100. */
export const AGE_SLOTS = 101;
export const EXIT_GROUPS = POSITION_TYPES.length;

export function exitGroup(type: PositionType): number {
  return POSITION_TYPES.indexOf(type);
}

/**
 * Monthly exit intensity per group and age: `intensity[group * AGE_SLOTS + age]`.
 * `exitIntensity([{ yearlyRate: 0.1, positionType: null, minAge: null, maxAge: null, ... }])` gives
 * -ln(0.9) / 12 = 0.00878 everywhere.
 */
export function exitIntensity(rates: readonly ExitRate[]): Float64Array {
  const intensity = new Float64Array(EXIT_GROUPS * AGE_SLOTS);
  for (const rate of rates) {
    if (rate.yearlyRate <= 0) continue;
    const monthly = -Math.log1p(-rate.yearlyRate) / 12;
    const from = rate.minAge ?? 0;
    const to = Math.min(rate.maxAge ?? AGE_SLOTS - 1, AGE_SLOTS - 1);
    for (let g = 0; g < EXIT_GROUPS; g++) {
      if (rate.positionType !== null && POSITION_TYPES[g] !== rate.positionType) continue;
      for (let age = from; age <= to; age++) intensity[g * AGE_SLOTS + age]! += monthly;
    }
  }
  return intensity;
}

/**
 * The cumulative intensity by age in months, per group, as a few straight pieces: ages with the same
 * rate side by side make one piece. Piece k of group g (`pieceStart[g] <= k < pieceStart[g + 1]`)
 * starts at age-month `pieceAge[k]` with the cumulative `pieceTotal[k]` and rises by `pieceRate[k]`
 * a month; the last piece of a group runs on for ever. Λ(x) = the intensity summed over the
 * age-months 0..x-1 (each month at the whole-year age it is in), and a person aged A months in
 * month a has C(a, t) = Λ(A + 1 + t - a) - Λ(A + 1).
 */
export interface ExitCurve {
  pieceStart: Int32Array;
  pieceAge: Int32Array;
  pieceTotal: Float64Array;
  pieceRate: Float64Array;
}

/** The pieces of the cumulative intensity of a table from `exitIntensity`. */
export function exitCurve(intensity: Float64Array): ExitCurve {
  const start = [0];
  const age: number[] = [];
  const total: number[] = [];
  const rate: number[] = [];
  for (let g = 0; g < EXIT_GROUPS; g++) {
    let sum = 0;
    for (let slot = 0; slot < AGE_SLOTS; slot++) {
      const r = intensity[g * AGE_SLOTS + slot]!;
      const first = age.length === start[g];
      if (!first && rate[rate.length - 1] === r) continue;
      if (!first) sum = total[total.length - 1]! + (slot * 12 - age[age.length - 1]!) * rate[rate.length - 1]!;
      age.push(slot * 12);
      total.push(sum);
      rate.push(r);
    }
    start.push(age.length);
  }
  return { pieceStart: Int32Array.from(start), pieceAge: Int32Array.from(age), pieceTotal: Float64Array.from(total), pieceRate: Float64Array.from(rate) };
}

/** Λ(x) of group g (see `ExitCurve`); ages below 0 follow the first piece. */
export function cumulativeAt(curve: ExitCurve, group: number, x: number): number {
  let k = curve.pieceStart[group]!;
  const last = curve.pieceStart[group + 1]! - 1;
  while (k < last && curve.pieceAge[k + 1]! <= x) k++;
  return curve.pieceTotal[k]! + (x - curve.pieceAge[k]!) * curve.pieceRate[k]!;
}

/**
 * C(arrive, depart - 1): the exit intensity summed over the months in which a person present in month
 * `arrive` can leave before a departure already fixed for month `depart` (retirement or the horizon).
 * `ageAtArrive` is the person's age in months (since the birth month) in month `arrive`.
 */
export function windowIntensity(curve: ExitCurve, group: number, ageAtArrive: number, arrive: number, depart: number): number {
  if (depart - 1 <= arrive) return 0;
  return cumulativeAt(curve, group, ageAtArrive + depart - arrive) - cumulativeAt(curve, group, ageAtArrive + 1);
}

/**
 * The month a person leaves for a random exit, given `e = -ln(u)` for a uniform u: the first month t
 * in (arrive, depart) with C(arrive, t) >= e, or `depart` when there is none. Walks the pieces of the
 * curve (usually one or two), then divides: its cost grows with neither the months nor the years.
 */
export function exitMonth(curve: ExitCurve, group: number, ageAtArrive: number, arrive: number, depart: number, e: number): number {
  const { pieceAge, pieceTotal, pieceRate } = curve;
  const from = ageAtArrive + 1;
  const lastX = ageAtArrive + depart - arrive; // x of month depart - 1
  let k = curve.pieceStart[group]!;
  const last = curve.pieceStart[group + 1]! - 1;
  while (k < last && pieceAge[k + 1]! <= from) k++;
  const target = pieceTotal[k]! + (from - pieceAge[k]!) * pieceRate[k]! + e;
  for (; k <= last; k++) {
    const rate = pieceRate[k]!;
    const end = k < last ? pieceAge[k + 1]! : lastX;
    if (rate > 0 && pieceTotal[k]! + (end - pieceAge[k]!) * rate >= target) {
      // The smallest x with Λ(x) >= target, at least one month after arrival.
      const x = Math.max(from + 1, pieceAge[k]! + Math.ceil((target - pieceTotal[k]!) / rate));
      return x <= lastX ? x - from + arrive : depart;
    }
    if (end >= lastX) break;
  }
  return depart;
}

/**
 * Chance of staying through each window length for someone who starts at age `ageAtStart` (months):
 * `stays[L] = exp(-C(0, L - 1))`, for L = 0..months. Lets a run skip the walk for most people.
 */
export function stayingByLength(curve: ExitCurve, group: number, ageAtStart: number, months: number): Float64Array {
  const stays = new Float64Array(months + 1);
  const base = cumulativeAt(curve, group, ageAtStart + 1);
  stays[0] = 1;
  if (months >= 1) stays[1] = 1;
  for (let length = 2; length <= months; length++) stays[length] = Math.exp(-(cumulativeAt(curve, group, ageAtStart + length) - base));
  return stays;
}

/**
 * `exitMonth` for a 32-bit draw given as a signed number (`draw - 2^31`, |0): e = -ln(draw / 2^32),
 * with the logarithm of the runs (`drawExponential`), so that the months are theirs in every engine.
 */
export function exitMonthOfDraw(curve: ExitCurve, group: number, ageAtArrive: number, arrive: number, depart: number, signedDraw: number): number {
  return exitMonth(curve, group, ageAtArrive, arrive, depart, drawExponential(signedDraw));
}
