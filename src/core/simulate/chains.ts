/**
 * Chains: a person and the replacements that follow one another in the post the person leaves.
 * A chain has at most one member present at any time, which bounds every headcount.
 * The helpers here are shared by the deterministic run, the skeleton and the Monte Carlo runs.
 */
import type { SimulationInput } from './input';

/** The step of person i in force in month t (its first step if t is earlier). */
export function stepAt(input: SimulationInput, i: number, t: number): number {
  let k = input.stepStart[i]!;
  const end = input.stepStart[i + 1]!;
  while (k + 1 < end && input.stepMonth[k + 1]! <= t) k++;
  return k;
}

/** Post whose vacancy opens when person i leaves in month t. */
export function formalPostAt(input: SimulationInput, i: number, t: number): number {
  return input.stepFormal[stepAt(input, i, t)]!;
}

/**
 * Month in which the replacement for a vacancy opening at post `post` in month `t` starts, or -1 when
 * none starts within the horizon (no backfill there, a freeze cancels it, or it falls too late).
 */
export function replacementStart(input: SimulationInput, post: number, t: number): number {
  if (post < 0) return -1;
  const delay = input.backfillDelay[post]!;
  if (delay < 0) return -1;
  const due = t + delay;
  if (due >= input.months) return -1;
  const start = input.hireMonth[due]!;
  return start < 0 || start >= input.months ? -1 : start;
}

/** Month in which person i leaves by retirement, or `months` when that is beyond the horizon. */
export function retirementDeparture(input: SimulationInput, i: number): number {
  return Math.min(input.personRetire[i]!, input.months);
}

/**
 * Calls `visit(post, from, to)` for each stretch of months [from, to) within [start, end) that
 * person i spends in a post (skipping stretches without a post).
 */
export function forEachStretch(
  input: SimulationInput, i: number, start: number, end: number, visit: (post: number, from: number, to: number) => void,
): void {
  const last = input.stepStart[i + 1]!;
  for (let k = input.stepStart[i]!; k < last; k++) {
    const from = Math.max(start, input.stepMonth[k]!);
    const to = Math.min(end, k + 1 < last ? input.stepMonth[k + 1]! : end);
    if (from < to && input.stepPost[k]! >= 0) visit(input.stepPost[k]!, from, to);
  }
}
