/**
 * Retirement age (BUP) and retirement date (TMT pensiun).
 * Sources: PP 11/2017 art. 239 and UU 20/2023 art. 55; UU 14/2005 for teachers (60) and lecturers (65).
 */
import { dateParts, formatIsoDate, type IsoDate } from './dates';
import type { FunctionalLevel, PositionType } from './positions';

export interface PositionForRetirement {
  type: PositionType;
  /** Level of a functional position; ignored for structural ones. */
  level?: FunctionalLevel | null;
  /** Job family; families with their own law ('guru', 'dosen') follow it. */
  family?: string | null;
}

/** Families whose retirement age is set by their own law rather than PP 11/2017. */
export const SPECIAL_LAW_RETIREMENT_AGE: Readonly<Record<string, number>> = { guru: 60, dosen: 65 };

/**
 * Retirement age in whole years for a position.
 * `retirementAge({ type: 'pelaksana' }) === 58`, `retirementAge({ type: 'fungsional', level: 'ahli-madya' }) === 60`.
 */
export function retirementAge(position: PositionForRetirement): number {
  const special = position.family ? SPECIAL_LAW_RETIREMENT_AGE[position.family] : undefined;
  if (special !== undefined) return special;
  switch (position.type) {
    case 'jpt':
      return 60;
    case 'administrator':
    case 'pengawas':
    case 'pelaksana':
      return 58;
    case 'fungsional':
      if (position.level === 'ahli-utama') return 65;
      if (position.level === 'ahli-madya') return 60;
      return 58; // Ahli Pertama, Ahli Muda and every Keterampilan level
  }
}

/**
 * Date the retirement takes effect: the 1st of the month after the month in which the person reaches `age`.
 * `retirementDate('1968-03-15', 58) === '2026-04-01'`; a 29 February birthday counts in February.
 */
export function retirementDate(birthDate: IsoDate, age: number): IsoDate {
  const { year, month } = dateParts(birthDate);
  // The month after the birthday's month in the year `age` is reached (computed here: it is asked 100k times on opening a large agency).
  return month === 12 ? formatIsoDate(year + age + 1, 1, 1) : formatIsoDate(year + age, month + 1, 1);
}
