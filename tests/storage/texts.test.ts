import { describe, expect, it } from 'vitest';
import { TextPool } from '../../src/storage/texts';
import { generateScenario } from '../../scripts/sample/generate';

describe('TextPool', () => {
  it('leaves parsed posts equal to what was stored, each field in its place', () => {
    const posts = generateScenario({ seed: 2, employees: 600 }).posts;
    const stored = JSON.stringify(posts);
    const pool = new TextPool();
    const parsed = (JSON.parse(stored) as typeof posts).map((p) => pool.sharePost(p));
    expect(parsed).toEqual(posts);
    expect(JSON.stringify(parsed)).toBe(stored);
  });

  it('gives back the text it is given, the first copy for each', () => {
    const pool = new TextPool();
    const first = ['pemerintahan', 'kesehatan', 'pemerintahan'].map((t) => pool.share(t));
    expect(first).toEqual(['pemerintahan', 'kesehatan', 'pemerintahan']);
    expect(pool.share('')).toBe('');
  });
});
