/**
 * Finding employees by name or NIP, the way a supervisor types: any case, accents ignored,
 * spaces in NIPs ignored, every word of the query must match.
 */

export interface Searchable {
  nip: string;
  name: string;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Returns up to `limit` matches, names starting with the query first.
 * `searchEmployees(list, '1986 0926')` finds NIPs containing 19860926.
 */
export function searchEmployees<T extends Searchable>(people: readonly T[], query: string, limit = 20): T[] {
  const q = fold(query.trim());
  if (q.length === 0) return [];
  const digits = q.replace(/\s+/g, '');
  const byNip = /^\d+$/.test(digits);
  const words = q.split(/\s+/);
  const starts: T[] = [];
  const contains: T[] = [];
  for (const person of people) {
    if (byNip) {
      if (person.nip.includes(digits)) (person.nip.startsWith(digits) ? starts : contains).push(person);
    } else {
      const name = fold(person.name);
      if (words.every((w) => name.includes(w))) (name.startsWith(words[0]!) ? starts : contains).push(person);
    }
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
