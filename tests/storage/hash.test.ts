import { describe, expect, it } from 'vitest';
import { canonicalJson, planningContentHash, sha256Hex } from '../../src/storage/hash';
import { generateScenario } from '../../scripts/sample/generate';
import { minimalScenario } from '../core/fixtures';

/** The canonical form as defined: each object's defined entries sorted by key, written without spaces. */
function byDefinition(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(byDefinition).join(',')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${byDefinition(v)}`).join(',')}}`;
}

describe('content hash', () => {
  it('writes keys in sorted order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('is the form by definition for a generated agency, and for odd keys and values', () => {
    const agency = generateScenario({ seed: 4, employees: 3000 });
    expect(canonicalJson(agency)).toBe(byDefinition(agency));
    const odd = {
      settings: { b: 1, '10': 'ten', '9': 'nine', '01': 'zero one', 'é': 'accent', 'Z': 'upper', '': 'empty', 'a"b': 'quote', gone: undefined },
      list: [undefined, null, { y: [undefined], x: NaN }, 'tab\t', -0, 1e21],
      nested: [{ '3': { '2': 1, '1': 2 } }],
    };
    expect(canonicalJson(odd)).toBe(byDefinition(odd));
    const shapes = { a: [{ q: 1, p: 2 }, { p: 3, q: 4 }, { p: 5 }, { q: 6, p: 7, r: undefined }] };
    expect(canonicalJson(shapes)).toBe('{"a":[{"p":2,"q":1},{"p":3,"q":4},{"p":5},{"p":7,"q":6}]}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson('text')).toBe('"text"');
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
