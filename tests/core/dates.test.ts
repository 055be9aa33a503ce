import { describe, expect, it } from 'vitest';
import {
  compareIsoDates, dateParts, daysInMonth, firstOfMonthAfter, formatIsoDate, isLeapYear, isRealDate,
  monthIndex, parseIsoDate, wholeMonthsBetween, wholeYearsBetween,
} from '../../src/core/dates';

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true], // divisible by 400
    [1900, false], // divisible by 100 but not 400
    [1968, true],
  ])('%i -> %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 1, 31],
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 6, 30],
    [2025, 9, 30],
    [2025, 11, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isRealDate', () => {
  it.each([
    [1975, 2, 30, false],
    [1975, 2, 28, true],
    [1976, 2, 29, true],
    [1975, 2, 29, false],
    [2025, 4, 31, false],
    [2025, 13, 1, false],
    [2025, 0, 1, false],
    [2025, 1, 0, false],
    [2025, 12, 31, true],
    [0, 1, 1, false],
    [2025, 1.5, 1, false],
  ])('%i-%i-%i -> %s', (y, m, d, expected) => {
    expect(isRealDate(y, m, d)).toBe(expected);
  });
});

describe('parseIsoDate', () => {
  it.each([
    ['1986-09-26', { year: 1986, month: 9, day: 26 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2023-02-29', null],
    ['1975-02-30', null],
    ['2025-1-01', null],
    ['26/09/1986', null],
    ['2025-01-01T00:00:00Z', null],
    ['', null],
  ])('%j -> %j', (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });
});

describe('dateParts', () => {
  it('returns the parts of a real date', () => {
    expect(dateParts('2026-04-01')).toEqual({ year: 2026, month: 4, day: 1 });
  });
  it('throws on a date that does not exist', () => {
    expect(() => dateParts('1975-02-30')).toThrow(RangeError);
  });
});

describe('formatIsoDate', () => {
  it.each([
    [2026, 4, 1, '2026-04-01'],
    [1968, 12, 31, '1968-12-31'],
    [999, 1, 5, '0999-01-05'],
  ])('%i, %i, %i -> %s', (y, m, d, expected) => {
    expect(formatIsoDate(y, m, d)).toBe(expected);
  });
});

describe('monthIndex', () => {
  it.each([
    ['2026-01-15', 2026 * 12],
    ['2026-12-31', 2026 * 12 + 11],
  ])('%s -> %i', (date, expected) => {
    expect(monthIndex(date)).toBe(expected);
  });
});

describe('firstOfMonthAfter', () => {
  it.each([
    ['2026-03-15', 1, '2026-04-01'],
    ['2026-03-01', 1, '2026-04-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-11-30', 2, '2027-01-01'],
    ['2026-03-15', 0, '2026-03-01'],
    ['2026-01-10', -1, '2025-12-01'],
    ['2025-01-01', 36, '2028-01-01'],
  ])('%s + %i months -> %s', (date, months, expected) => {
    expect(firstOfMonthAfter(date, months)).toBe(expected);
  });
});

describe('wholeYearsBetween', () => {
  it.each([
    ['1968-03-15', '2026-03-14', 57],
    ['1968-03-15', '2026-03-15', 58],
    ['1968-03-15', '2026-04-01', 58],
    ['1968-12-31', '2026-12-30', 57],
    ['1968-12-31', '2026-12-31', 58],
    // a 29 February birthday is reached on 1 March in common years
    ['1968-02-29', '2026-02-28', 57],
    ['1968-02-29', '2026-03-01', 58],
    ['1968-02-29', '2024-02-29', 56],
    ['2025-01-01', '2024-01-01', -1],
  ])('%s to %s -> %i', (from, to, expected) => {
    expect(wholeYearsBetween(from, to)).toBe(expected);
  });
});

describe('wholeMonthsBetween', () => {
  it.each([
    ['2024-01-31', '2024-02-29', 0],
    ['2024-01-31', '2024-03-31', 2],
    ['2024-01-15', '2024-02-14', 0],
    ['2024-01-15', '2024-02-15', 1],
    ['2020-01-02', '2025-01-01', 59],
    ['2020-01-02', '2025-01-02', 60],
    ['2024-03-15', '2024-03-15', 0],
    ['2024-03-15', '2024-01-20', -1],
    ['2024-03-15', '2024-01-10', -2],
  ])('%s to %s -> %i', (from, to, expected) => {
    expect(wholeMonthsBetween(from, to)).toBe(expected);
  });
});

describe('compareIsoDates', () => {
  it.each([
    ['2025-01-01', '2025-01-02', -1],
    ['2025-01-02', '2025-01-01', 1],
    ['2025-01-01', '2025-01-01', 0],
    ['1999-12-31', '2000-01-01', -1],
  ])('%s vs %s -> %i', (a, b, expected) => {
    expect(compareIsoDates(a, b)).toBe(expected);
  });
});
