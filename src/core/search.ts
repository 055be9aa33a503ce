/**
 * Finding employees by name or NIP, and posts by title or unit, the way a supervisor types: any
 * case, accents ignored, spaces in NIPs ignored, every word of the query must match.
 */

/** Plain ASCII needs no accents taken off; most names and titles are. */
const ASCII = /^[\x00-\x7f]*$/;

/** A text as the search compares it: lower case, accents taken off. */
export function foldName(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Positions of up to `limit` texts, given as `foldName` gives them, that contain every word of the
 * query; texts starting with the query's first word first.
 */
export function matchIndexes(folded: readonly string[], query: string, limit = 20): number[] {
  const q = foldName(query.trim());
  if (q.length === 0) return [];
  const words = q.split(/\s+/);
  return ranked(folded.length, limit, (i) => {
    const text = folded[i]!;
    return words.every((w) => text.includes(w)) ? text.startsWith(words[0]!) : null;
  });
}

/**
 * Positions of up to `limit` people matching the query, given as columns of NIPs and of names as
 * `foldName` gives them, names starting with the query first. The query '1986 0926' finds NIPs
 * containing 19860926.
 */
export function searchIndexes(nips: readonly string[], foldedNames: readonly string[], query: string, limit = 20): number[] {
  const digits = query.trim().replace(/\s+/g, '');
  if (!/^\d+$/.test(digits)) return matchIndexes(foldedNames, query, limit);
  return ranked(nips.length, limit, (i) => {
    const nip = nips[i]!;
    return nip.includes(digits) ? nip.startsWith(digits) : null;
  });
}

/** Up to `limit` of the positions below `n` that match (true: a match at the start), those first. */
function ranked(n: number, limit: number, match: (i: number) => boolean | null): number[] {
  const starts: number[] = [];
  const contains: number[] = [];
  for (let i = 0; i < n && starts.length < limit; i++) {
    const m = match(i);
    if (m !== null) (m ? starts : contains).push(i);
  }
  return [...starts, ...contains].slice(0, limit);
}
