/** Small helpers of opening a scenario: what was open last time, load-time marks, the retirement window. */
import { firstOfMonthAfter } from '../core/dates';

const LAST_OPEN_KEY = 'seimbang.lastScenario';

/** Whether a retirement taking effect on a date falls within three years after `asOf`. */
export function retiresSoon(asOf: string): (date: string) => boolean {
  const limit = firstOfMonthAfter(asOf, 36);
  return (date) => date > asOf && date <= limit;
}

/** A performance mark for load-time measurements (absent outside the browser). */
export function mark(name: string, detail?: unknown): void {
  globalThis.performance?.mark?.(name, detail === undefined ? undefined : { detail });
}

/** The id of the scenario open last time, if remembered. */
export function readLastOpen(): string | null {
  try {
    return globalThis.localStorage?.getItem(LAST_OPEN_KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeLastOpen(id: string): void {
  try {
    globalThis.localStorage?.setItem(LAST_OPEN_KEY, id);
  } catch {
    // Not fatal: the first stored scenario opens instead.
  }
}
