import { describe, expect, it } from 'vitest';
import { scoreChart } from '../../../src/ui/training/scoreChart';

describe('scoreChart', () => {
  it('draws bars from 0, negative ones to the left, marks 100 and leaves unscored results out', () => {
    const layout = scoreChart([
      { key: 'a', label: 'Rina', score: 100 },
      { key: 'b', label: 'Budi', score: -25 },
      { key: 'c', label: 'Sari', score: null },
      { key: 'd', label: 'Dewi', score: 50 },
    ], 600);
    expect(layout.bars.map((b) => b.key)).toEqual(['a', 'b', 'd']);
    const [rina, budi, dewi] = layout.bars;
    expect(rina!.x).toBeCloseTo(layout.zero);
    expect(rina!.x + rina!.width).toBeCloseTo(layout.hundred);
    expect(budi!.x + budi!.width).toBeCloseTo(layout.zero);
    expect(budi!.x).toBeLessThan(layout.zero);
    expect(dewi!.width).toBeCloseTo(rina!.width / 2);
    expect(layout.hundred).toBeLessThanOrEqual(600 - 18);
    expect(layout.ticks.map((t) => t.value)).toContain(0);
    expect(new Set(layout.bars.map((b) => b.y)).size).toBe(3);
  });
});
