/**
 * Workload analysis (ABK, PermenPAN-RB 1/2020): workload, need in FTE, efficiency (EJ) and its band.
 */

export interface TaskWorkload {
  volume: number;
  normMinutes: number;
}

/** Yearly workload of tasks in minutes: sum of volume x norm time. */
export function workloadMinutes(tasks: readonly TaskWorkload[]): number {
  let total = 0;
  for (const t of tasks) total += t.volume * t.normMinutes;
  return total;
}

/**
 * Staff needed (FTE, fractional) = workload / WKE.
 * `need([{ volume: 1500, normMinutes: 60 }], 75000) === 1.2`.
 */
export function need(tasks: readonly TaskWorkload[], wkeMinutes: number): number {
  return workloadMinutes(tasks) / wkeMinutes;
}

/** Need shown to people: rounded half-up, and at least 1 wherever there is any workload. */
export function roundedNeed(fte: number): number {
  if (fte <= 0) return 0;
  return Math.max(1, Math.floor(fte + 0.5));
}

/**
 * Efficiency (EJ) = need / headcount: above 1 overloaded, below 1 spare capacity.
 * Null when nobody holds the post (a post with need and nobody in it is vacant, not infinite).
 */
export function efficiency(needFte: number, headcount: number): number | null {
  return headcount > 0 ? needFte / headcount : null;
}

export type Band = 'A' | 'B' | 'C' | 'D' | 'E';

export interface BandThresholds {
  a: number;
  b: number;
  c: number;
  d: number;
}

/**
 * EJ values this close to a threshold count as on it. need / headcount carries floating-point noise:
 * 8.1 FTE over 9 people computes as 0.8999999999999999, which is exactly 0.90 (band B, not C).
 */
export const EJ_TOLERANCE = 1e-9;

/**
 * Rating band of an EJ (Permendagri 12/2008 practice): A > 1.00, B 0.90-1.00, C 0.70-0.89, D 0.50-0.69, E < 0.50.
 * `band(1.0, t) === 'B'`, `band(1.01, t) === 'A'`.
 */
export function band(ej: number, t: BandThresholds): Band {
  if (ej > t.a + EJ_TOLERANCE) return 'A';
  if (ej >= t.b - EJ_TOLERANCE) return 'B';
  if (ej >= t.c - EJ_TOLERANCE) return 'C';
  if (ej >= t.d - EJ_TOLERANCE) return 'D';
  return 'E';
}
