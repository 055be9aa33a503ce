/** Column guessing from Indonesian and English headers, and the mapping remembered per header set. */
import { describe, expect, it } from 'vitest';
import { guessMapping, missingRequired, normalizeHeader } from '../../src/storage/spreadsheet/fields';
import { mappingKey, recallMapping, rememberMapping, type KeyValueStore } from '../../src/storage/spreadsheet/mappingMemory';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('guessing columns', () => {
  it('recognises SIMPEG-style Indonesian headers', () => {
    const m = guessMapping(['No', 'NIP Baru', 'Nama Lengkap', 'Gol/Ruang', 'Jenis Jabatan', 'Jenjang', 'Tingkat Pendidikan', 'Jurusan', 'Unit Kerja', 'Nama Jabatan', 'TMT Jabatan', 'Tgl Lahir', 'JK']);
    expect(m).toMatchObject({ nip: 1, name: 2, rank: 3, positionType: 4, positionLevel: 5, educationLevel: 6, educationField: 7, unit: 8, post: 9, postSince: 10, birthDate: 11, sex: 12 });
    expect(m.performance).toBeNull();
    expect(missingRequired(m)).toEqual([]);
  });

  it('recognises English headers and names the required fields left without a column', () => {
    const m = guessMapping(['Employee ID', 'Full name', 'Date of birth', 'Position', 'Willingness']);
    expect(m).toMatchObject({ nip: 0, name: 1, birthDate: 2, post: 3, willingness: 4 });
    expect(missingRequired(m)).toEqual(['rank', 'positionType', 'educationLevel']);
  });

  it('gives each column to one field at most, exact names first', () => {
    const m = guessMapping(['Jabatan Fungsional', 'Jabatan']);
    expect(m.family).toBe(0);
    expect(m.post).toBe(1);
    expect(normalizeHeader(' TMT-Jabatan ')).toBe('tmtjabatan');
  });
});

describe('remembering a mapping', () => {
  const headers = ['Kolom A', 'Kolom B', 'Nama'];

  it('returns the guess the first time, and the saved choice after it, for the same headers in any order', () => {
    const store = memoryStore();
    const first = recallMapping(store, headers);
    expect(first.remembered).toBe(false);
    expect(first.mapping.name).toBe(2);
    rememberMapping(store, headers, { ...first.mapping, nip: 1, rank: 0, name: null });
    const again = recallMapping(store, ['Nama', 'Kolom A', 'Kolom B']);
    expect(again.remembered).toBe(true);
    expect(again.mapping).toMatchObject({ nip: 2, rank: 1, name: null });
    expect(recallMapping(store, ['Kolom A', 'Kolom C', 'Nama']).remembered).toBe(false);
  });

  it('keys by the set of headers, and survives a broken or failing store', () => {
    expect(mappingKey(['NIP', 'Nama'])).toBe(mappingKey(['nama', 'nip']));
    expect(mappingKey(['NIP', 'Nama'])).not.toBe(mappingKey(['NIP', 'Nama', 'Gol']));
    const store = memoryStore();
    store.data.set(mappingKey(headers), '{not json');
    expect(recallMapping(store, headers).remembered).toBe(false);
    const failing: KeyValueStore = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(() => rememberMapping(failing, headers, recallMapping(failing, headers).mapping)).not.toThrow();
    expect(recallMapping(undefined, headers).remembered).toBe(false);
  });
});
