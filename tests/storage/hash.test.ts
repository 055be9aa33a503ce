import { describe, expect, it } from 'vitest';
import { canonicalJson, planningContentHash, sha256Hex } from '../../src/storage/hash';
import { minimalScenario } from '../core/fixtures';

describe('content hash', () => {
  it('writes keys in sorted order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('is the standard SHA-256', async () => {
    await expect(sha256Hex('abc')).resolves.toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('ignores names, timestamps and saved plans, and sees any change that matters to a plan', async () => {
    const a = minimalScenario();
    const b = minimalScenario();
    b.meta.name = 'Renamed';
    b.meta.updatedAt = '2030-01-01T00:00:00Z';
    const base = await planningContentHash(a);
    expect(await planningContentHash(b)).toBe(base);
    b.posts[0]!.tasks[0]!.volume += 1;
    expect(await planningContentHash(b)).not.toBe(base);
  });
});
