/**
 * Finding employees by name or NIP, the way a supervisor types: any case, accents ignored,
 * spaces in NIPs ignored, every word of the query must match.
 */

/** A name as the search compares it: lower case, accents taken off. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Positions of up to `limit` people matching the query, given as columns of NIPs and of names as
 * `foldName` gives them, names starting with the query first. The query '1986 0926' finds NIPs
 * containing 19860926.
 */
export function searchIndexes(nips: readonly string[], foldedNames: readonly string[], query: string, limit = 20): number[] {
  const q = foldName(query.trim());
  if (q.length === 0) return [];
  const digits = q.replace(/\s+/g, '');
  const byNip = /^\d+$/.test(digits);
  const words = q.split(/\s+/);
  const starts: number[] = [];
  const contains: number[] = [];
  for (let i = 0; i < nips.length; i++) {
    if (byNip) {
      const nip = nips[i]!;
      if (nip.includes(digits)) (nip.startsWith(digits) ? starts : contains).push(i);
    } else {
      const name = foldedNames[i]!;
      if (words.every((w) => name.includes(w))) (name.startsWith(words[0]!) ? starts : contains).push(i);
    }
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
