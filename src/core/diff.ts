/**
 * What changed between two scenarios, record by record: settings, units, posts (with their tasks),
 * employees and events. Only changed records are listed; equal ones are counted.
 */
import type { Scenario } from './scenario/schema';

export interface RecordChange<T> {
  key: string;
  before: T | null;
  after: T | null;
  /** Top-level fields that differ (empty for added or removed records). */
  fields: string[];
}

export interface CollectionDiff<T> {
  added: RecordChange<T>[];
  removed: RecordChange<T>[];
  changed: RecordChange<T>[];
  unchanged: number;
}

export interface ScenarioDiff {
  settings: string[];
  units: CollectionDiff<Scenario['units'][number]>;
  posts: CollectionDiff<Scenario['posts'][number]>;
  employees: CollectionDiff<Scenario['employees'][number]>;
  events: CollectionDiff<Scenario['events'][number]>;
}

/** Structural equality of plain data (JSON values). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function changedFields(a: object, b: object): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])).sort();
}

/** Compares two lists of records by key; order of the result follows `after`, then removed records. */
export function diffRecords<T extends object>(before: readonly T[], after: readonly T[], key: (r: T) => string): CollectionDiff<T> {
  const old = new Map(before.map((r) => [key(r), r]));
  const seen = new Set<string>();
  const out: CollectionDiff<T> = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const r of after) {
    const k = key(r);
    seen.add(k);
    const o = old.get(k);
    if (!o) out.added.push({ key: k, before: null, after: r, fields: [] });
    else {
      const fields = changedFields(o, r);
      if (fields.length > 0) out.changed.push({ key: k, before: o, after: r, fields });
      else out.unchanged++;
    }
  }
  for (const r of before) if (!seen.has(key(r))) out.removed.push({ key: key(r), before: r, after: null, fields: [] });
  return out;
}

/** The changes from scenario `a` to scenario `b`. */
export function diffScenarios(a: Scenario, b: Scenario): ScenarioDiff {
  return {
    settings: changedFields(a.settings, b.settings),
    units: diffRecords(a.units, b.units, (u) => u.id),
    posts: diffRecords(a.posts, b.posts, (p) => p.id),
    employees: diffRecords(a.employees, b.employees, (e) => e.nip),
    events: diffRecords(a.events, b.events, (e) => e.id),
  };
}
