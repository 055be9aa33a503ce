/**
 * Content hash of a scenario: SHA-256 over a canonical JSON form (keys sorted), leaving out what
 * does not change a plan (saved plans, timestamps, name and description). Same content, same hash,
 * in the page, in the worker and in Node.
 */
import type { Scenario } from '../core/scenario/schema';

/**
 * JSON with object keys in sorted order (by UTF-16 code units) and no spaces, so equal data always
 * gives equal text; keys whose value is undefined are left out. For plain data (what scenario files
 * hold): no Dates, no functions.
 *
 * The text is JSON.stringify's, of a copy whose objects have their keys inserted in sorted order (100k
 * people in about 1.5 s, twice as fast as sorting while writing). An object keeps integer-like keys
 * ("2026") first whatever their insertion order: when the data have such a key, JSON.stringify is given
 * the sorted list of every key instead, which it follows for every object (exact, but slower).
 */
export function canonicalJson(value: unknown): string {
  const shapes: Shapes = { orders: new Map(), keys: new Set(), indexKey: false };
  const copy = sortedCopy(value, shapes);
  // sort() without a comparator orders strings by their UTF-16 code units.
  if (shapes.indexKey) return JSON.stringify(value, [...shapes.keys].sort()) ?? 'null';
  return JSON.stringify(copy) ?? 'null';
}

/** The sorted keys of each list of keys met, every key met, and whether one of them is integer-like. */
interface Shapes {
  orders: Map<string, string[]>;
  keys: Set<string>;
  indexKey: boolean;
}

/** A key that objects order before the others, by number (an array index). */
function isIndexKey(key: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/** A copy with every object's keys inserted in sorted order. */
function sortedCopy(value: unknown, shapes: Shapes): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => sortedCopy(item, shapes));
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  const shape = keys.join('\u0000');
  let sorted = shapes.orders.get(shape);
  if (!sorted) {
    for (const key of keys) {
      shapes.keys.add(key);
      if (isIndexKey(key)) shapes.indexKey = true;
    }
    shapes.orders.set(shape, (sorted = keys.sort()));
  }
  const copy: Record<string, unknown> = {};
  for (const key of sorted) copy[key] = sortedCopy(object[key], shapes);
  return copy;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hash of what a plan depends on: settings, units, posts, employees, events and the reference date. */
export async function planningContentHash(s: Scenario): Promise<string> {
  return sha256Hex(canonicalJson({ asOf: s.meta.asOf, settings: s.settings, units: s.units, posts: s.posts, employees: s.employees, events: s.events }));
}
