import { describe, expect, it } from 'vitest';
import { STANDING_COLOURS, STANDING_TEXT, STANDINGS } from '../../src/charts/bands';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('band colours', () => {
  it('keep band letters readable: text on every band colour at least 4.5:1 (WCAG AA)', () => {
    for (const s of [...STANDINGS, 'idle' as const]) expect(contrast(STANDING_TEXT[s], STANDING_COLOURS[s]), s).toBeGreaterThanOrEqual(4.5);
  });

  it('measures contrast like WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
