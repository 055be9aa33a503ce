/** Colours of the EJ bands: warm for overload, green for balance, blues deepening with spare capacity. */
import type { Standing } from '../core/balance';

export const STANDING_COLOURS: Record<Standing, string> = {
  A: '#c23b22',
  B: '#287f44',
  C: '#7fb3d5',
  D: '#3874b0',
  E: '#1f4e8c',
  vacant: '#5b1a12',
  idle: '#9aa0a6',
};

/** Text colour that keeps contrast on each band colour (each pair at least 4.5:1, WCAG AA for small bold text). */
export const STANDING_TEXT: Record<Standing, string> = {
  A: '#ffffff',
  B: '#ffffff',
  C: '#0b2540',
  D: '#ffffff',
  E: '#ffffff',
  vacant: '#ffffff',
  idle: '#111111',
};

export const STANDINGS: readonly Standing[] = ['A', 'B', 'C', 'D', 'E', 'vacant'];
