import { describe, expect, it } from 'vitest';
import { band, efficiency, need, roundedNeed, workloadMinutes, type BandThresholds } from '../../src/core/abk';

const WKE = 75000; // 1,250 hours a year
const DEFAULT_BANDS: BandThresholds = { a: 1, b: 0.9, c: 0.7, d: 0.5 };

describe('workloadMinutes: sum of volume x norm time', () => {
  it.each([
    [[], 0],
    [[{ volume: 1500, normMinutes: 60 }], 90000],
    [[{ volume: 2000, normMinutes: 45 }, { volume: 1000, normMinutes: 45 }], 135000],
    [[{ volume: 0, normMinutes: 60 }, { volume: 12, normMinutes: 0 }], 0],
    [[{ volume: 2.5, normMinutes: 30 }], 75],
  ])('%j -> %i min', (tasks, minutes) => {
    expect(workloadMinutes(tasks)).toBe(minutes);
  });
});

describe('need = volume x norm / WKE (FTE)', () => {
  it.each([
    [[{ volume: 1500, normMinutes: 60 }], WKE, 1.2], // the worked example
    [[{ volume: 1250, normMinutes: 60 }], WKE, 1.0],
    [[{ volume: 600, normMinutes: 75 }], WKE, 0.6],
    [[{ volume: 2000, normMinutes: 45 }, { volume: 1000, normMinutes: 45 }], WKE, 1.8],
    [[{ volume: 100, normMinutes: 10 }], WKE, 0.01],
    [[{ volume: 365, normMinutes: 20 }, { volume: 52, normMinutes: 240 }], WKE, 0.26], // 7300 + 12480 = 19780 min
    [[{ volume: 1500, normMinutes: 60 }], 72000, 1.25], // WKE 1,200 h
    [[], WKE, 0],
  ])('%j over WKE %i -> %f FTE', (tasks, wke, expected) => {
    expect(need(tasks, wke)).toBeCloseTo(expected, 2);
  });

  it('keeps the fraction (1500 x 60 / 75000 is exactly 1.2)', () => {
    expect(need([{ volume: 1500, normMinutes: 60 }], WKE)).toBe(1.2);
  });
});

describe('roundedNeed: half-up, at least 1 where there is any workload', () => {
  it.each([
    [0, 0],
    [-1, 0],
    [0.001, 1],
    [0.26, 1],
    [0.5, 1],
    [1.2, 1],
    [1.49, 1],
    [1.5, 2],
    [1.8, 2],
    [2.5, 3],
    [3.4999, 3],
    [10.5, 11],
  ])('%f FTE -> %i', (fte, expected) => {
    expect(roundedNeed(fte)).toBe(expected);
  });
});

describe('efficiency (EJ) = need / headcount', () => {
  it.each([
    [1.2, 1, 1.2],
    [1.2, 2, 0.6],
    [1.8, 2, 0.9],
    [0, 3, 0],
    [0.6, 0, null], // vacant: not a division by zero
    [0, 0, null],
  ])('need %f, %i people -> %s', (r, n, expected) => {
    const ej = efficiency(r, n);
    if (expected === null) expect(ej).toBeNull();
    else expect(ej).toBeCloseTo(expected, 12);
  });
});

describe('band: A > 1.00, B 0.90-1.00, C 0.70-0.89, D 0.50-0.69, E < 0.50', () => {
  it.each([
    [2.5, 'A'],
    [1.01, 'A'],
    [1.0, 'B'],
    [0.95, 'B'],
    [0.9, 'B'],
    [0.89, 'C'],
    [0.7, 'C'],
    [0.69, 'D'],
    [0.5, 'D'],
    [0.49, 'E'],
    [0, 'E'],
  ])('EJ %f -> %s', (ej, expected) => {
    expect(band(ej, DEFAULT_BANDS)).toBe(expected);
  });

  it.each([
    [1.05, 'B'],
    [1.06, 'A'],
    [0.8, 'B'],
    [0.79, 'C'],
  ])('custom thresholds a=1.05, b=0.8: EJ %f -> %s', (ej, expected) => {
    expect(band(ej, { a: 1.05, b: 0.8, c: 0.6, d: 0.4 })).toBe(expected);
  });

  // need / headcount is computed in floating point: 8.1 FTE over 9 people gives 0.8999999999999999,
  // which is exactly 0.90 and must be band B, not C.
  it.each([
    [607500, 9, 'B'], // 8.1 FTE, EJ 0.90
    [877500, 13, 'B'], // 11.7 FTE, EJ 0.90
    [1417500, 21, 'B'], // 18.9 FTE, EJ 0.90
    [2497500, 37, 'B'], // 33.3 FTE, EJ 0.90
    [157500, 3, 'C'], // 2.1 FTE, EJ 0.70
    [787500, 15, 'C'], // 10.5 FTE, EJ 0.70
    [75000, 1, 'B'], // 1.0 FTE, EJ 1.00
    [225000, 3, 'B'], // 3.0 FTE, EJ 1.00
  ])('workload %i min over %i people (EJ exactly on a threshold) -> %s', (minutes, people, expected) => {
    const ej = efficiency(need([{ volume: minutes, normMinutes: 1 }], WKE), people);
    expect(ej).not.toBeNull();
    expect(band(ej ?? Number.NaN, DEFAULT_BANDS)).toBe(expected);
  });
});
