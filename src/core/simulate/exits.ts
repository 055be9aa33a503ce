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

/** Row of the intensity table for a whole-year age. */
function ageSlot(age: number): number {
  return age < 0 ? 0 : age >= AGE_SLOTS ? AGE_SLOTS - 1 : age;
}

/**
 * C(arrive, depart - 1): the exit intensity summed over the months in which a person present in month
 * `arrive` can leave before a departure already fixed for month `depart` (retirement or the horizon).
 * `ageAtArrive` is the person's age in months (since the birth month) in month `arrive`.
 */
export function windowIntensity(intensity: Float64Array, group: number, ageAtArrive: number, arrive: number, depart: number): number {
  const row = group * AGE_SLOTS;
  let age = Math.floor((ageAtArrive + 1) / 12); // age in month arrive + 1
  let t = arrive + 1;
  let chunkEnd = t + 12 - (ageAtArrive + 1 - age * 12); // month of the next birthday
  let total = 0;
  while (t < depart) {
    if (chunkEnd > depart) chunkEnd = depart;
    total += intensity[row + ageSlot(age)]! * (chunkEnd - t);
    t = chunkEnd;
    chunkEnd = t + 12;
    age++;
  }
  return total;
}

/**
 * The month a person leaves for a random exit, given `e = -ln(u)` for a uniform u: the first month t
 * in (arrive, depart) with C(arrive, t) >= e, or `depart` when there is none. Walks the age bands
 * (one step per year of age), so its cost does not grow with the number of months.
 */
export function exitMonth(intensity: Float64Array, group: number, ageAtArrive: number, arrive: number, depart: number, e: number): number {
  const row = group * AGE_SLOTS;
  let age = Math.floor((ageAtArrive + 1) / 12);
  let t = arrive + 1;
  let chunkEnd = t + 12 - (ageAtArrive + 1 - age * 12);
  let total = 0;
  while (t < depart) {
    if (chunkEnd > depart) chunkEnd = depart;
    const rate = intensity[row + ageSlot(age)]!;
    const next = total + rate * (chunkEnd - t);
    if (rate > 0 && next >= e) {
      // The smallest j >= 1 with total + rate * j >= e: month t + j - 1.
      const j = Math.max(1, Math.ceil((e - total) / rate));
      return Math.min(t + j - 1, chunkEnd - 1);
    }
    total = next;
    t = chunkEnd;
    chunkEnd = t + 12;
    age++;
  }
  return depart;
}

/**
 * Chance of staying through each window length for someone who starts at age `ageAtStart` (months):
 * `stays[L] = exp(-C(0, L - 1))`, for L = 0..months. Lets a run skip the walk for most people.
 */
export function stayingByLength(intensity: Float64Array, group: number, ageAtStart: number, months: number): Float64Array {
  const stays = new Float64Array(months + 1);
  const row = group * AGE_SLOTS;
  let total = 0;
  stays[0] = 1;
  if (months >= 1) stays[1] = 1;
  for (let length = 2; length <= months; length++) {
    // Month length - 1 is the last one in the window; the person's age in it decides its rate.
    const age = Math.floor((ageAtStart + length - 1) / 12);
    total += intensity[row + ageSlot(age)]!;
    stays[length] = Math.exp(-total);
  }
  return stays;
}
