import { describe, expect, it } from 'vitest';
import { ageAt, employeeRetirementAge, employeeRetirementDate, latestPerformance, monthsInPost } from '../../src/core/employee';
import type { Employee } from '../../src/core/scenario/schema';
import { makeEmployee } from './fixtures';

function person(overrides: Partial<Employee> = {}): Employee {
  return makeEmployee({ nip: '196803151990031002', name: 'Budi', birthDate: '1968-03-15', sex: 'L', ...overrides });
}

describe('employeeRetirementAge and employeeRetirementDate', () => {
  it.each<[string, Partial<Employee>, number, string]>([
    ['pelaksana', {}, 58, '2026-04-01'],
    ['administrator', { positionType: 'administrator' }, 58, '2026-04-01'],
    ['JPT', { positionType: 'jpt' }, 60, '2028-04-01'],
    ['JF ahli pertama', { positionType: 'fungsional', positionLevel: 'ahli-pertama', family: 'perawat' }, 58, '2026-04-01'],
    ['JF ahli madya', { positionType: 'fungsional', positionLevel: 'ahli-madya', family: 'perawat' }, 60, '2028-04-01'],
    ['JF ahli utama', { positionType: 'fungsional', positionLevel: 'ahli-utama', family: 'analis-kebijakan' }, 65, '2033-04-01'],
    ['JF penyelia', { positionType: 'fungsional', positionLevel: 'penyelia', family: 'perawat' }, 58, '2026-04-01'],
    ['guru ahli pertama', { positionType: 'fungsional', positionLevel: 'ahli-pertama', family: 'guru' }, 60, '2028-04-01'],
    ['dosen', { positionType: 'fungsional', positionLevel: 'ahli-muda', family: 'dosen' }, 65, '2033-04-01'],
    ['override 56', { retirementAgeOverride: 56 }, 56, '2024-04-01'],
    ['override beats the family', { positionType: 'fungsional', positionLevel: 'ahli-muda', family: 'guru', retirementAgeOverride: 62 }, 62, '2030-04-01'],
  ])('born 1968-03-15, %s -> BUP %i, TMT %s', (_label, overrides, age, date) => {
    const e = person(overrides);
    expect(employeeRetirementAge(e)).toBe(age);
    expect(employeeRetirementDate(e)).toBe(date);
  });

  it.each([
    ['1968-12-31', '196812311990031001', '2027-01-01'],
    ['1968-02-29', '196802291990031001', '2026-03-01'],
    ['1968-01-01', '196801011990031001', '2026-02-01'],
  ])('born %s (pelaksana) -> TMT %s', (birthDate, nip, date) => {
    expect(employeeRetirementDate(person({ birthDate, nip }))).toBe(date);
  });
});

describe('ageAt', () => {
  it.each([
    ['2026-03-14', 57],
    ['2026-03-15', 58],
    ['2025-01-01', 56],
  ])('born 1968-03-15, at %s -> %i', (asOf, age) => {
    expect(ageAt(person(), asOf)).toBe(age);
  });
});

describe('monthsInPost', () => {
  it.each([
    ['2020-01-02', '2025-01-01', 59],
    ['2020-01-02', '2025-01-02', 60],
    ['2024-12-31', '2025-01-01', 0],
    ['2023-01-01', '2025-01-01', 24],
  ])('in post since %s, at %s -> %i months', (postSince, asOf, months) => {
    expect(monthsInPost(person({ postSince }), asOf)).toBe(months);
  });
});

describe('latestPerformance', () => {
  it.each<[Employee['performance'], Employee['performance'][number] | null]>([
    [[], null],
    [[{ year: 2024, rating: 'baik' }], { year: 2024, rating: 'baik' }],
    [
      [{ year: 2022, rating: 'kurang' }, { year: 2024, rating: 'sangat-baik' }, { year: 2023, rating: 'baik' }],
      { year: 2024, rating: 'sangat-baik' },
    ],
  ])('%j -> %j', (performance, expected) => {
    expect(latestPerformance(person({ performance }))).toEqual(expected);
  });
});
