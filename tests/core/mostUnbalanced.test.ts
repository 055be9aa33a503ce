import { describe, expect, it } from 'vitest';
import { mostUnbalanced } from '../../src/core/balance';

describe('mostUnbalanced', () => {
  const rows = [
    { need: 1, ej: 1.0 },
    { need: 3, ej: 1.6 },
    { need: 2, ej: null },
    { need: 1, ej: 0.3 },
    { need: 0, ej: null },
    undefined,
  ];

  it('takes vacant units with need first, then the furthest EJ from 1, in the original order', () => {
    expect(mostUnbalanced(rows, 2)).toEqual([2, 3]);
    expect(mostUnbalanced(rows, 3)).toEqual([1, 2, 3]);
  });

  it('puts units without need or without a row last, and never returns more than asked', () => {
    expect(mostUnbalanced(rows, 6)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(mostUnbalanced(rows, 4)).toEqual([0, 1, 2, 3]);
    expect(mostUnbalanced(rows, 0)).toEqual([]);
  });

  it('keeps the earlier of two equally unbalanced units', () => {
    expect(mostUnbalanced([{ need: 1, ej: 0.5 }, { need: 1, ej: 1.5 }], 1)).toEqual([0]);
  });

  it('gives what a full sort gives, on thousands of units with many ties', () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const many = Array.from({ length: 5_000 }, () => {
      const x = random();
      return x < 0.02 ? undefined : x < 0.05 ? { need: x < 0.035 ? 0 : 2, ej: null } : { need: 1, ej: Math.round(random() * 40) / 20 };
    });
    const distance = (r: (typeof many)[number]) => (!r ? -1 : r.ej === null ? (r.need > 0 ? Infinity : -1) : Math.abs(r.ej - 1));
    const sorted = many.map((_, i) => i).sort((a, b) => distance(many[b]) - distance(many[a]) || a - b);
    for (const k of [1, 7, 60, 400, 5_000, 6_000]) {
      expect(mostUnbalanced(many, k)).toEqual(sorted.slice(0, k).sort((a, b) => a - b));
    }
  });
});
