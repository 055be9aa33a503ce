/**
 * Career facts of a sample employee: golongan from education and years of service, functional level
 * from golongan, PPPK grade from education, and NIP / PPPK numbers that encode birth date and sex.
 */
import { daysInMonth, formatIsoDate, type IsoDate } from '../../src/core/dates';
import {
  educationRank, GOLONGAN, type EducationLevel, type FunctionalLevel, type Golongan, type PppkGrade,
} from '../../src/core/positions';
import type { PostTemplate } from './types';

/** Golongan at appointment (CPNS) by the diploma used to apply. */
const ENTRY_RANK: Record<EducationLevel, Golongan> = {
  SD: 'I/a', SLTP: 'I/c', SLTA: 'II/a', 'D-I': 'II/a', 'D-II': 'II/b', 'D-III': 'II/c', 'D-IV': 'III/a',
  'S-1': 'III/a', Profesi: 'III/a', 'S-2': 'III/b', Spesialis: 'III/c', 'S-3': 'III/c',
};

/** Highest golongan reached by regular promotion (kenaikan pangkat reguler) with this diploma. */
const REGULAR_CAP: Record<EducationLevel, Golongan> = {
  SD: 'II/a', SLTP: 'II/c', SLTA: 'III/b', 'D-I': 'III/b', 'D-II': 'III/b', 'D-III': 'III/c', 'D-IV': 'III/d',
  'S-1': 'III/d', Profesi: 'III/d', 'S-2': 'IV/a', Spesialis: 'IV/a', 'S-3': 'IV/b',
};

/** PPPK grade by the diploma of the appointment. */
const PPPK_GRADE: Record<EducationLevel, PppkGrade> = {
  SD: 'I', SLTP: 'IV', SLTA: 'V', 'D-I': 'V', 'D-II': 'VI', 'D-III': 'VII', 'D-IV': 'IX',
  'S-1': 'IX', Profesi: 'X', 'S-2': 'X', Spesialis: 'XI', 'S-3': 'XI',
};

/** Youngest and oldest age at the first appointment, by diploma. */
const ENTRY_AGE: Record<EducationLevel, [number, number]> = {
  SD: [18, 30], SLTP: [18, 30], SLTA: [19, 28], 'D-I': [20, 28], 'D-II': [21, 29], 'D-III': [22, 30], 'D-IV': [23, 31],
  'S-1': [23, 32], Profesi: [25, 33], 'S-2': [25, 34], Spesialis: [29, 36], 'S-3': [29, 38],
};

export function entryAgeRange(level: EducationLevel): [number, number] {
  return ENTRY_AGE[level];
}

const rankIndex = (g: Golongan): number => GOLONGAN.indexOf(g);

/** Functional ladder of a person: Ahli from D-IV/S-1 up, Keterampilan below. */
export function ladderOf(level: EducationLevel): 'ahli' | 'keterampilan' {
  return educationRank(level) >= educationRank('D-IV') ? 'ahli' : 'keterampilan';
}

/**
 * Golongan of a PNS after `serviceYears`, one step every four years after `delay` years lost to late
 * promotions. Structural posts stay within their bounds; functional ones stop at the ladder's top.
 */
export function pnsRank(template: PostTemplate, level: EducationLevel, serviceYears: number, delay: number): Golongan {
  const doctor = level === 'Profesi' && (template.family === 'dokter' || template.family === 'dokter-gigi');
  const entry = rankIndex(doctor ? 'III/b' : ENTRY_RANK[level]);
  const steps = Math.floor(Math.max(0, serviceYears - delay) / 4);
  let cap: number;
  if (template.positionType === 'fungsional') {
    cap = ladderOf(level) === 'keterampilan' ? rankIndex('III/d') : rankIndex(template.maxRank ?? 'IV/a');
  } else if (template.positionType === 'pelaksana') {
    cap = rankIndex(REGULAR_CAP[level]);
  } else {
    cap = rankIndex(template.maxRank ?? 'IV/a');
  }
  let index = Math.min(entry + steps, Math.max(cap, entry));
  if (template.minRank !== undefined) index = Math.max(index, rankIndex(template.minRank));
  return GOLONGAN[index]!;
}

/** Functional level (jenjang) held at a golongan, following the usual golongan ranges of each level. */
export function functionalLevel(rank: Golongan, ladder: 'ahli' | 'keterampilan'): FunctionalLevel {
  const i = rankIndex(rank);
  if (ladder === 'keterampilan') {
    if (i <= rankIndex('II/a')) return 'pemula';
    if (i <= rankIndex('II/d')) return 'terampil';
    if (i <= rankIndex('III/b')) return 'mahir';
    return 'penyelia';
  }
  if (i <= rankIndex('III/b')) return 'ahli-pertama';
  if (i <= rankIndex('III/d')) return 'ahli-muda';
  if (i <= rankIndex('IV/c')) return 'ahli-madya';
  return 'ahli-utama';
}

export function pppkGrade(level: EducationLevel): PppkGrade {
  return PPPK_GRADE[level];
}

/**
 * Hands out NIP and PPPK numbers: the sequence (last three digits) counts up among people who share
 * every other digit, so numbers are unique.
 */
export class NipRegistry {
  private readonly last = new Map<string, number>();

  private issue(prefix: string): string {
    const sequence = (this.last.get(prefix) ?? 0) + 1;
    if (sequence > 999) throw new RangeError(`more than 999 numbers share the prefix ${prefix}`);
    this.last.set(prefix, sequence);
    return prefix + String(sequence).padStart(3, '0');
  }

  /** PNS: birth date, TMT CPNS (year, month), sex digit, sequence. */
  pns(birthDate: IsoDate, tmtYear: number, tmtMonth: number, sex: 'L' | 'P'): string {
    return this.issue(`${birthDate.replace(/-/g, '')}${tmtYear}${String(tmtMonth).padStart(2, '0')}${sex === 'L' ? 1 : 2}`);
  }

  /**
   * PPPK: birth date, year of appointment, two-digit code, sex digit, sequence. Issued PPPK numbers carry
   * 21 in the code place, so the sample uses it for everyone.
   */
  pppk(birthDate: IsoDate, year: number, sex: 'L' | 'P'): string {
    return this.issue(`${birthDate.replace(/-/g, '')}${year}21${sex === 'L' ? 1 : 2}`);
  }
}

/** A date from a month index (`year * 12 + month - 1`) and a day of the month. */
export function dateOfMonthIndex(index: number, day = 1): IsoDate {
  return formatIsoDate(Math.floor(index / 12), (index % 12) + 1, day);
}

/** The day before an ISO date. `dayBefore('2024-03-01') === '2024-02-29'`. */
export function dayBefore(date: IsoDate): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (d > 1) return formatIsoDate(y, m, d - 1);
  const py = m === 1 ? y - 1 : y;
  const pm = m === 1 ? 12 : m - 1;
  return formatIsoDate(py, pm, daysInMonth(py, pm));
}
