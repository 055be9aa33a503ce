/**
 * Facts about one employee at a reference date: age, time in post, retirement age and date.
 */
import { wholeMonthsBetween, wholeYearsBetween, type IsoDate } from './dates';
import { retirementAge, retirementDate } from './retirement';
import type { Employee } from './scenario/schema';

/** Retirement age that applies to the person: a per-person override, else the BUP of the position. */
export function employeeRetirementAge(e: Employee): number {
  if (e.retirementAgeOverride !== null) return e.retirementAgeOverride;
  return retirementAge({ type: e.positionType, level: e.positionLevel, family: e.family });
}

/** TMT pensiun of the person (1st of the month after the BUP age is reached). */
export function employeeRetirementDate(e: Employee): IsoDate {
  return retirementDate(e.birthDate, employeeRetirementAge(e));
}

/** Age in whole years at `asOf`. */
export function ageAt(e: Employee, asOf: IsoDate): number {
  return wholeYearsBetween(e.birthDate, asOf);
}

/** Time in the current post at `asOf`, in whole months. */
export function monthsInPost(e: Employee, asOf: IsoDate): number {
  return wholeMonthsBetween(e.postSince, asOf);
}

/** Most recent performance rating, or null when none is recorded. */
export function latestPerformance(e: Employee): Employee['performance'][number] | null {
  let best: Employee['performance'][number] | null = null;
  for (const p of e.performance) if (best === null || p.year > best.year) best = p;
  return best;
}
