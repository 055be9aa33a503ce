import { describe, expect, it } from 'vitest';
import type { Post, Unit } from '../../src/core/scenario/schema';
import { findPosts, findUnits, withChosen } from '../../src/state/postSearch';

describe('findPosts', () => {
  const units: Unit[] = [
    { id: 'u1', name: 'Puskesmas Nanggalo', kind: 'puskesmas' },
    { id: 'u2', name: 'Kantor Camat', kind: 'kantor-camat' },
  ] as Unit[];
  const post = (id: string, unitId: string, title: string) => ({ id, unitId, title }) as Post;
  const posts = [post('a', 'u1', 'Perawat'), post('b', 'u2', 'Analis'), post('c', 'u1', 'Bidan')];

  it('finds posts by title and unit name together, leaving out the one held', () => {
    expect(findPosts(posts, units, 'puskesmas', 8, null).map((p) => p.id)).toEqual(['a', 'c']);
    expect(findPosts(posts, units, 'puskesmas', 8, 'a').map((p) => p.id)).toEqual(['c']);
    expect(findPosts(posts, units, 'bidan nanggalo', 8, null).map((p) => p.id)).toEqual(['c']);
    expect(findPosts(posts, units, 'p', 1, null)).toHaveLength(1);
    expect(findPosts(posts, units, '  ', 8, null)).toEqual([]);
  });

  it('sees a renamed unit', () => {
    expect(findPosts(posts, units, 'kecamatan', 8, null)).toEqual([]);
    const renamed = units.map((u) => (u.id === 'u2' ? { ...u, name: 'Kecamatan Nanggalo' } : u));
    expect(findPosts(posts, renamed, 'kecamatan', 8, null).map((p) => p.id)).toEqual(['b']);
  });
});

describe('findUnits and withChosen', () => {
  const units = ['Puskesmas Nanggalo', 'Kantor Lurah Surau Gadang', 'Puskesmas Lapai', 'SD Negeri 01 Surau Gadang']
    .map((name, i) => ({ id: `u${i}`, name, kind: 'puskesmas' }) as Unit);

  it('finds units whose name holds every word typed, names starting with it first, up to the limit', () => {
    expect(findUnits(units, 'surau gadang', 10).map((u) => u.id)).toEqual(['u1', 'u3']);
    expect(findUnits(units, 'PUSKESMAS', 10).map((u) => u.id)).toEqual(['u0', 'u2']);
    expect(findUnits(units, 'puskesmas', 1)).toHaveLength(1);
    expect(findUnits(units, '  ', 10)).toEqual([]);
  });

  it('puts the chosen one first when the search left it out, and only then', () => {
    const found = findUnits(units, 'surau', 10);
    expect(withChosen(found, units[0])).toEqual([units[0], units[1], units[3]]);
    expect(withChosen(found, units[3])).toEqual(found);
    expect(withChosen(found, undefined)).toEqual(found);
  });
});
