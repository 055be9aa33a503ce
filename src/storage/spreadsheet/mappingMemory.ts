/**
 * Remembers the column mapping chosen for a kind of file, keyed by its set of headers, so the next
 * export from the same personnel system maps itself. Kept in the browser's localStorage (or any
 * store with the same two methods); a store that fails only means nothing is remembered.
 */
import { guessMapping, normalizeHeader, ROSTER_FIELDS, type ColumnMapping } from './fields';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const PREFIX = 'seimbang.rosterMapping.';

/** The same for any order of the same headers: `mappingKey(['Nama', 'NIP']) === mappingKey(['nip', 'NAMA'])`. */
export function mappingKey(headers: readonly string[]): string {
  const joined = headers.map(normalizeHeader).filter((h) => h !== '').sort().join('|');
  let hash = 5381;
  for (let i = 0; i < joined.length; i++) hash = ((hash * 33) ^ joined.charCodeAt(i)) >>> 0;
  return `${PREFIX}${hash.toString(36)}.${joined.length}`;
}

/** Saves the mapping as field → header name (so a reordering of the same columns still fits). */
export function rememberMapping(store: KeyValueStore | undefined, headers: readonly string[], mapping: ColumnMapping): void {
  const byName: Record<string, string | null> = {};
  for (const field of ROSTER_FIELDS) byName[field] = mapping[field] === null ? null : (headers[mapping[field]!] ?? null);
  try {
    store?.setItem(mappingKey(headers), JSON.stringify(byName));
  } catch {
    // Storage full or disabled: the guess is made again next time.
  }
}

/** The remembered mapping for these headers, else the guess from their names; and whether it was remembered. */
export function recallMapping(store: KeyValueStore | undefined, headers: readonly string[]): { mapping: ColumnMapping; remembered: boolean } {
  let saved: Record<string, unknown> | null = null;
  try {
    const text = store?.getItem(mappingKey(headers));
    saved = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    saved = null;
  }
  if (!saved || typeof saved !== 'object') return { mapping: guessMapping(headers), remembered: false };
  const mapping = guessMapping(headers);
  for (const field of ROSTER_FIELDS) {
    const name = saved[field];
    if (name === null) mapping[field] = null;
    else if (typeof name === 'string') {
      const at = headers.indexOf(name);
      if (at >= 0) mapping[field] = at;
    }
  }
  return { mapping, remembered: true };
}
