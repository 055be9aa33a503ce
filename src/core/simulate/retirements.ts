/**
 * Retirement schedule within the horizon: who leaves by retirement in which month, from which post.
 * The month is the TMT pensiun (the 1st of the month after the BUP age is reached): the person is
 * counted up to the month before and not from this month on.
 */
import { formalPostAt } from './chains';
import type { SimulationInput } from './input';

export interface RetirementSchedule {
  /** Person index (an employee of the file when below `input.employeeCount`), by month then person. */
  person: Int32Array;
  month: Int32Array;
  /** Post the person formally holds when retiring (-1: not placed), and its unit (-1 likewise). */
  post: Int32Array;
  unit: Int32Array;
}

/** Everyone who retires within the horizon; people whose TMT is on or before the reference date are in month 0. */
export function retirementSchedule(input: SimulationInput): RetirementSchedule {
  const rows: [number, number][] = [];
  for (let i = 0; i < input.personRetire.length; i++) {
    const month = input.personRetire[i]!;
    if (month < input.months && month >= input.personArrive[i]!) rows.push([month, i]);
  }
  rows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const post = Int32Array.from(rows, ([m, i]) => formalPostAt(input, i, m));
  return {
    person: Int32Array.from(rows, (r) => r[1]),
    month: Int32Array.from(rows, (r) => r[0]),
    post,
    unit: Int32Array.from(post, (p) => (p < 0 ? -1 : input.postUnit[p]!)),
  };
}

/** Calendar month of simulation month m as `YYYY-MM`. */
export function monthLabel(input: { startMonth: number }, m: number): string {
  const index = input.startMonth + m;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
