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
});
