/**
 * Content hash of a scenario: SHA-256 over a canonical JSON form (keys sorted), leaving out what
 * does not change a plan (saved plans, timestamps, name and description). Same content, same hash,
 * in the page, in the worker and in Node.
 */
import type { Scenario } from '../core/scenario/schema';

/** JSON with object keys in sorted order, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hash of what a plan depends on: settings, units, posts, employees, events and the reference date. */
export async function planningContentHash(s: Scenario): Promise<string> {
  return sha256Hex(canonicalJson({ asOf: s.meta.asOf, settings: s.settings, units: s.units, posts: s.posts, employees: s.employees, events: s.events }));
}
