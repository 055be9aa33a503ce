/**
 * The deterministic run: expected headcount per post and unit and month, with retirements on their
 * dates and other exits as expected fractions (a person present with probability 1 in month a is
 * counted as exp(-C(a, t)) in month t). It is the mean of the Monte Carlo runs, computed exactly.
 *
 * Replacements are counted as flows: the expected number leaving in a month starts again after the
 * backfill delay, and those who started in month a are still there in month t with the survival
 * K(t - a) of a replacement of that post (exit rates, then retirement).
 */
import { replacementStart } from './chains';
import { AGE_SLOTS, EXIT_GROUPS } from './exits';
import type { SimulationInput } from './input';
import { ejOf } from './statistics';

export interface ExpectedCells {
  /** Expected headcount, `[index * months + m]`. */
  headcount: Float64Array;
  /** need / expected headcount; +Infinity where the expected headcount is 0 with need, 0 without need. */
  ej: Float64Array;
}

export interface ExpectedResult {
  startMonth: number;
  months: number;
  posts: ExpectedCells;
  units: ExpectedCells;
}

/** Below this an expected headcount counts as nobody (rounding left over by the flows). */
const NOBODY = 1e-9;

/**
 * Runs the deterministic simulation. Cost: people x months, plus months^2 for each post that has
 * replacements.
 */
export function simulate(input: SimulationInput): ExpectedResult {
  const { months, postUnit } = input;
  const nPosts = input.postIds.length;
  const nUnits = input.unitIds.length;
  const stay = new Float64Array(EXIT_GROUPS * AGE_SLOTS);
  for (let k = 0; k < stay.length; k++) stay[k] = Math.exp(-input.exitIntensity[k]!);
  const stayAt = (group: number, ageMonths: number) => stay[group * AGE_SLOTS + Math.min(AGE_SLOTS - 1, Math.max(0, Math.floor(ageMonths / 12)))]!;

  const postHead = new Float64Array(nPosts * months);
  const arrivals = new Float64Array(nPosts * months);
  const nPeople = input.personArrive.length;
  for (let i = 0; i < nPeople; i++) {
    const arrive = input.personArrive[i]!;
    const depart = Math.max(arrive, Math.min(input.personRetire[i]!, months));
    const group = input.personGroup[i]!;
    const age = input.personAge[i]!;
    const lastStep = input.stepStart[i + 1]!;
    let k = input.stepStart[i]!;
    let present = 1;
    for (let t = arrive; t <= depart && t < months; t++) {
      while (k + 1 < lastStep && input.stepMonth[k + 1]! <= t) k++;
      let leaving: number;
      if (t === depart) {
        leaving = present; // retirement
      } else {
        const stays = t === arrive ? 1 : present * stayAt(group, age + t - arrive);
        leaving = present - stays;
        present = stays;
        const post = input.stepPost[k]!;
        if (post >= 0) postHead[post * months + t]! += present;
      }
      if (leaving > 0) {
        const formal = input.stepFormal[k]!;
        const start = replacementStart(input, formal, t);
        if (start >= 0) arrivals[formal * months + start]! += leaving;
      }
    }
  }

  const kernels = new Map<string, Float64Array>();
  for (let p = 0; p < nPosts; p++) {
    if (input.backfillDelay[p]! < 0) continue;
    const group = input.replacementGroup[p]!;
    const age = input.replacementAge[p]!;
    const service = input.replacementService[p]!;
    const id = `${group}/${age}/${service}`;
    let kernel = kernels.get(id);
    if (!kernel) {
      kernel = new Float64Array(months + 1);
      for (let e = 0; e <= months && e < service; e++) kernel[e] = e === 0 ? 1 : kernel[e - 1]! * stayAt(group, age + e);
      kernels.set(id, kernel);
    }
    replacementFlow(input, p, kernel, arrivals.subarray(p * months, (p + 1) * months), postHead.subarray(p * months, (p + 1) * months));
  }

  const unitHead = new Float64Array(nUnits * months);
  for (let p = 0; p < nPosts; p++) {
    const u = postUnit[p]!;
    if (u < 0) continue;
    for (let m = 0; m < months; m++) unitHead[u * months + m]! += postHead[p * months + m]!;
  }
  return {
    startMonth: input.startMonth,
    months,
    posts: { headcount: postHead, ej: ejColumn(input.postNeed, postHead) },
    units: { headcount: unitHead, ej: ejColumn(input.unitNeed, unitHead) },
  };
}

/**
 * Adds post p's replacements to `head`, feeding those who leave back into `arrivals` after the delay.
 * `kernel[e]` is the chance that a replacement is still there e months after starting.
 *
 * present(t) = sum over a <= t of arrivals[a] x kernel[t - a]. Within the e-th year after the start the
 * exit rate is constant (the replacement's age in whole years only changes every 12 months), so
 * kernel[12y + j] = kernel[12y] x q_y^j for j < 12, and each year's part of the sum is a sliding
 * window updated in constant time: the cost is months x years instead of months^2.
 */
function replacementFlow(input: SimulationInput, p: number, kernel: Float64Array, arrivals: Float64Array, head: Float64Array): void {
  const months = input.months;
  const service = input.replacementService[p]!;
  if (service <= months) {
    replacementFlowDirect(input, p, kernel, arrivals, head);
    return;
  }
  const years = Math.ceil(months / 12);
  // q[y]: the monthly staying factor in year y after the start; window[y]: sum over the arrivals a with
  // t - a in [12y, 12y + 11] of arrivals[a] x q[y]^(t - a - 12y).
  const q = new Float64Array(years);
  const q12 = new Float64Array(years);
  for (let y = 0; y < years; y++) {
    const e = 12 * y + 1;
    q[y] = e <= months ? kernel[e]! / kernel[e - 1]! : 1;
    if (!Number.isFinite(q[y]!)) q[y] = 0;
    q12[y] = Math.pow(q[y]!, 12);
  }
  const window = new Float64Array(years);
  let previous = 0;
  for (let t = 0; t < months; t++) {
    // Survivors of earlier arrivals: every window moves one month on, without this month's arrivals.
    let survivors = 0;
    for (let y = 0; y < years; y++) {
      const entering = y === 0 ? 0 : t - 12 * y >= 0 ? arrivals[t - 12 * y]! : 0;
      const leavingWindow = t - 12 * y - 12 >= 0 ? arrivals[t - 12 * y - 12]! : 0;
      window[y] = q[y]! * window[y]! + entering - q12[y]! * leavingWindow;
      survivors += kernel[12 * y]! * window[y]!;
    }
    const leaving = previous - survivors;
    if (leaving > 0) {
      const start = replacementStart(input, p, t);
      if (start >= 0) arrivals[start]! += leaving;
    }
    window[0]! += arrivals[t]!;
    previous = survivors + arrivals[t]!;
    head[t]! += previous;
  }
}

/** The same flow summed directly (months^2), for replacements who may retire within the horizon. */
function replacementFlowDirect(input: SimulationInput, p: number, kernel: Float64Array, arrivals: Float64Array, head: Float64Array): void {
  const months = input.months;
  let first = 0;
  while (first < months && arrivals[first] === 0) first++;
  for (let t = first; t < months; t++) {
    let leaving = 0;
    for (let a = first; a < t; a++) leaving += arrivals[a]! * (kernel[t - 1 - a]! - kernel[t - a]!);
    if (leaving > 0) {
      const start = replacementStart(input, p, t);
      if (start >= 0) arrivals[start]! += leaving;
    }
    let present = 0;
    for (let a = first; a <= t; a++) present += arrivals[a]! * kernel[t - a]!;
    head[t]! += present;
  }
}

function ejColumn(need: Float64Array, head: Float64Array): Float64Array {
  const ej = new Float64Array(need.length);
  for (let k = 0; k < need.length; k++) ej[k] = ejOf(need[k]!, head[k]! < NOBODY ? 0 : head[k]!);
  return ej;
}
