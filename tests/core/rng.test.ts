import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/rng';

function draws(seed: number, count: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.next());
}

describe('createRng', () => {
  it.each([0, 1, 7, 42, 0xffffffff])('seed %i gives the same sequence twice', (seed) => {
    expect(draws(seed, 50)).toEqual(draws(seed, 50));
  });

  it.each([
    [1, 2],
    [7, 8],
    [0, 0xffffffff],
  ])('seeds %i and %i give different sequences', (a, b) => {
    expect(draws(a, 10)).not.toEqual(draws(b, 10));
  });

  it('pins the first numbers of seed 7 (a change here changes every simulation)', () => {
    expect(draws(7, 3).map((x) => x * 4294967296)).toEqual([838155491, 1550620431, 3610122010]);
  });

  it.each([0, 7, 12345])('seed %i: next() stays in [0, 1) and looks uniform', (seed) => {
    const xs = draws(seed, 10000);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it.each([1, 2, 6, 10])('int(%i) gives every value in [0, n) and nothing else', (n) => {
    const rng = createRng(99);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const k = rng.int(n);
      expect(Number.isInteger(k)).toBe(true);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThan(n);
      seen.add(k);
    }
    expect(seen.size).toBe(n);
  });

  it('pick() returns elements of the array', () => {
    const rng = createRng(3);
    const items = ['a', 'b', 'c'] as const;
    const picked = new Set(Array.from({ length: 300 }, () => rng.pick(items)));
    expect([...picked].sort()).toEqual(['a', 'b', 'c']);
  });

  it.each([
    [0, 0],
    [1, 1],
  ])('chance(%f) is always %i', (p, expected) => {
    const rng = createRng(5);
    for (let i = 0; i < 500; i++) expect(rng.chance(p)).toBe(expected === 1);
  });

  it('chance(0.3) is true about 30% of the time', () => {
    const rng = createRng(11);
    let hits = 0;
    for (let i = 0; i < 10000; i++) if (rng.chance(0.3)) hits++;
    expect(hits / 10000).toBeGreaterThan(0.28);
    expect(hits / 10000).toBeLessThan(0.32);
  });
});
