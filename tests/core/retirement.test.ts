import { describe, expect, it } from 'vitest';
import type { FunctionalLevel, PositionType } from '../../src/core/positions';
import { retirementAge, retirementDate, SPECIAL_LAW_RETIREMENT_AGE } from '../../src/core/retirement';

describe('retirementAge (PP 11/2017 art. 239, UU 20/2023 art. 55, UU 14/2005)', () => {
  it.each<[PositionType, FunctionalLevel | null, string | null, number]>([
    // 58: administrative posts, JF Ahli Pertama / Muda and every Keterampilan level
    ['administrator', null, null, 58],
    ['pengawas', null, null, 58],
    ['pelaksana', null, null, 58],
    ['pelaksana', null, 'klerek', 58],
    ['fungsional', 'ahli-pertama', 'perawat', 58],
    ['fungsional', 'ahli-muda', 'analis-kebijakan', 58],
    ['fungsional', 'pemula', 'arsiparis', 58],
    ['fungsional', 'terampil', 'perawat', 58],
    ['fungsional', 'mahir', 'bidan', 58],
    ['fungsional', 'penyelia', 'pranata-komputer', 58],
    // 60: JPT, JF Ahli Madya, teachers
    ['jpt', null, null, 60],
    ['fungsional', 'ahli-madya', 'perawat', 60],
    ['fungsional', 'ahli-pertama', 'guru', 60],
    ['fungsional', 'ahli-muda', 'guru', 60],
    ['fungsional', 'terampil', 'guru', 60],
    // 65: JF Ahli Utama, lecturers
    ['fungsional', 'ahli-utama', 'analis-kebijakan', 65],
    ['fungsional', 'ahli-pertama', 'dosen', 65],
    ['fungsional', 'ahli-madya', 'dosen', 65],
  ])('%s / %s / family %s -> %i', (type, level, family, age) => {
    expect(retirementAge({ type, level, family })).toBe(age);
  });

  it('needs no level or family for structural posts', () => {
    expect(retirementAge({ type: 'pelaksana' })).toBe(58);
    expect(retirementAge({ type: 'jpt' })).toBe(60);
  });

  it('treats a functional post without a level as 58', () => {
    expect(retirementAge({ type: 'fungsional' })).toBe(58);
  });

  it('lists the families with their own law', () => {
    expect(SPECIAL_LAW_RETIREMENT_AGE).toEqual({ guru: 60, dosen: 65 });
  });
});

describe('retirementDate: 1st of the month after the month the BUP age is reached', () => {
  it.each([
    ['1968-03-15', 58, '2026-04-01'], // the worked example of domain.md
    ['1968-03-01', 58, '2026-04-01'], // born on the 1st: still the month after
    ['1968-03-31', 58, '2026-04-01'],
    ['1968-12-31', 58, '2027-01-01'], // year boundary
    ['1968-12-01', 58, '2027-01-01'],
    ['1968-01-01', 58, '2026-02-01'],
    ['1968-02-29', 58, '2026-03-01'], // leap day, common year at BUP
    ['1964-02-29', 60, '2024-03-01'], // leap day, leap year at BUP
    ['1966-02-28', 60, '2026-03-01'],
    ['1966-07-20', 60, '2026-08-01'],
    ['1961-11-30', 65, '2026-12-01'],
    ['1961-12-31', 65, '2027-01-01'],
  ])('born %s, BUP %i -> TMT %s', (birthDate, age, expected) => {
    expect(retirementDate(birthDate, age)).toBe(expected);
  });

  it('throws on a birth date that does not exist', () => {
    expect(() => retirementDate('1975-02-30', 58)).toThrow(RangeError);
  });
});
