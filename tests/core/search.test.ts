import { describe, expect, it } from 'vitest';
import { foldName, matchIndexes, searchIndexes } from '../../src/core/search';

describe('foldName', () => {
  it('lowers the case and takes accents off, plain ASCII or not', () => {
    expect(foldName('Analis KEBIJAKAN')).toBe('analis kebijakan');
    expect(foldName('Élisabeth Ñoño')).toBe('elisabeth nono');
  });
});

describe('matchIndexes', () => {
  const folded = ['perawat ahli', 'analis perawat', 'bidan', 'perawat terampil'].map(foldName);

  it('wants every word, and puts texts starting with the first word first', () => {
    expect(matchIndexes(folded, 'perawat')).toEqual([0, 3, 1]);
    expect(matchIndexes(folded, 'Perawat  AHLI')).toEqual([0]);
    expect(matchIndexes(folded, 'perawat bidan')).toEqual([]);
    expect(matchIndexes(folded, '   ')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(matchIndexes(folded, 'a', 2)).toHaveLength(2);
  });
});

describe('searchIndexes', () => {
  it('takes digits as a NIP, spaces ignored, and words as a name', () => {
    const nips = ['198609262015051001', '196803151990031002'];
    const names = ['andi', 'budi 1986'].map(foldName);
    expect(searchIndexes(nips, names, '1986 0926')).toEqual([0]);
    expect(searchIndexes(nips, names, 'budi')).toEqual([1]);
  });
});
