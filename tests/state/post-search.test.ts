import { describe, expect, it } from 'vitest';
import type { Post, Unit } from '../../src/core/scenario/schema';
import { findPosts } from '../../src/state/postSearch';

describe('findPosts', () => {
  const units: Unit[] = [
    { id: 'u1', name: 'Puskesmas Nanggalo', kind: 'puskesmas' },
    { id: 'u2', name: 'Kantor Camat', kind: 'kantor-camat' },
  ] as Unit[];
  const post = (id: string, unitId: string, title: string) => ({ id, unitId, title }) as Post;
  const posts = [post('a', 'u1', 'Perawat'), post('b', 'u2', 'Analis'), post('c', 'u1', 'Bidan')];
  const byId = new Map(units.map((u) => [u.id, u]));

  it('finds posts by title and unit name together, leaving out the one held', () => {
    expect(findPosts(posts, byId, 'puskesmas', 8, null).map((p) => p.id)).toEqual(['a', 'c']);
    expect(findPosts(posts, byId, 'puskesmas', 8, 'a').map((p) => p.id)).toEqual(['c']);
    expect(findPosts(posts, byId, 'bidan nanggalo', 8, null).map((p) => p.id)).toEqual(['c']);
    expect(findPosts(posts, byId, 'p', 1, null)).toHaveLength(1);
  });

  it('sees a renamed unit', () => {
    expect(findPosts(posts, byId, 'kecamatan', 8, null)).toEqual([]);
    const renamed = new Map(byId).set('u2', { ...units[1]!, name: 'Kecamatan Nanggalo' });
    expect(findPosts(posts, renamed, 'kecamatan', 8, null).map((p) => p.id)).toEqual(['b']);
  });
});
