/**
 * Upgrades of older scenario documents. Each format version adds one step from the version
 * before it; a document is walked up step by step to the current version.
 */
import { SCENARIO_FORMAT, SCENARIO_VERSION } from './format';
import type { Problem } from './problem';

type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

/** `steps[n]` upgrades a version-n document to version n + 1. Version 1 is the first. */
const steps: Record<number, Step> = {
  // Version 2 gives events fixed kinds (docs/scenario-format.md, "Versions and upgrades").
  1: (doc) => ({ ...doc, version: 2, events: upgradeEventsFromVersion1(doc) }),
};

export type MigrateResult =
  | { ok: true; value: Record<string, unknown>; upgradedFrom: number | null }
  | { ok: false; problems: Problem[] };

export function migrateScenario(data: unknown): MigrateResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ path: '(document)', message: 'must be a JSON object' }] };
  }
  let doc = data as Record<string, unknown>;
  if (doc.format !== SCENARIO_FORMAT) {
    return { ok: false, problems: [{ path: 'format', message: `must be "${SCENARIO_FORMAT}": this is not a Seimbang scenario` }] };
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [{ path: 'version', message: 'must be a whole number from 1' }] };
  }
  if (version > SCENARIO_VERSION) {
    return { ok: false, problems: [{ path: 'version', message: `version ${version} is newer than this app reads (${SCENARIO_VERSION}); update the app` }] };
  }
  for (let v = version; v < SCENARIO_VERSION; v++) {
    const step = steps[v];
    if (!step) return { ok: false, problems: [{ path: 'version', message: `no upgrade from version ${v}` }] };
    doc = step(doc);
  }
  return { ok: true, value: doc, upgradedFrom: version === SCENARIO_VERSION ? null : version };
}

/*
 * Upgrade of version-1 events to version 2. Version 1 stored events as loose records
 * (`type`, `start`, `end`, `target`, `value`) without giving any kind a meaning; version 2 has a
 * fixed set of kinds with their own fields.
 *
 * Rule: a version-1 event is kept when its `type` is one of the four kinds whose version-2 fields
 * follow from the version-1 ones, and those fields are complete; every other event is dropped.
 *
 * | v1 type         | needs                                                   | becomes                                 |
 * |-----------------|---------------------------------------------------------|-----------------------------------------|
 * | `demand-spike`  | `end`, 0 < `value` <= 100, `target` a unit, post or null | spike with `factor` = value             |
 * | `demand-trend`  | -1 < `value` <= 10, `target` a unit, post or null       | trend with `yearlyGrowth` = value       |
 * | `hiring-freeze` | (nothing more)                                          | freeze with `blockedHires` = `postpone` |
 * | `exit-rate`     | 0 <= `value` < 1, `target` null                         | rate for every class and age            |
 *
 * Works on the raw document (before validation): anything that is not shaped as expected is left to
 * the version-2 schema to report, or dropped when it is an event that cannot be mapped.
 */

type Doc = Record<string, unknown>;

function idsOf(list: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(list)) {
    for (const item of list) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}

const isDate = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The version-2 events of a version-1 document; `doc.events` unchanged when it is not a list. */
export function upgradeEventsFromVersion1(doc: Doc): unknown {
  const events = doc.events;
  if (!Array.isArray(events)) return events;
  const units = idsOf(doc.units);
  const posts = idsOf(doc.posts);
  const target = (t: unknown): { unitId: string | null; postId: string | null } | null => {
    if (t === null || t === undefined) return { unitId: null, postId: null };
    if (typeof t !== 'string') return null;
    if (units.has(t)) return { unitId: t, postId: null };
    if (posts.has(t)) return { unitId: null, postId: t };
    return null;
  };
  const upgraded: unknown[] = [];
  for (const raw of events) {
    if (typeof raw !== 'object' || raw === null) continue;
    const e = raw as Doc;
    const common: Doc = { id: e.id };
    if (typeof e.note === 'string') common.note = e.note;
    const value = e.value;
    switch (e.type) {
      case 'demand-spike': {
        const where = target(e.target);
        if (where && isDate(e.start) && isDate(e.end) && isNumber(value) && value > 0 && value <= 100) {
          upgraded.push({ ...common, type: 'demand-spike', ...where, taskId: null, start: e.start, end: e.end, factor: value, extraVolume: null });
        }
        break;
      }
      case 'demand-trend': {
        const where = target(e.target);
        if (where && isDate(e.start) && isNumber(value) && value > -1 && value <= 10) {
          upgraded.push({ ...common, type: 'demand-trend', ...where, taskId: null, start: e.start, end: isDate(e.end) ? e.end : null, yearlyGrowth: value });
        }
        break;
      }
      case 'hiring-freeze':
        if (isDate(e.start)) {
          upgraded.push({ ...common, type: 'hiring-freeze', start: e.start, end: isDate(e.end) ? e.end : null, blockedHires: 'postpone' });
        }
        break;
      case 'exit-rate':
        if ((e.target === null || e.target === undefined) && isNumber(value) && value >= 0 && value < 1) {
          upgraded.push({ ...common, type: 'exit-rate', yearlyRate: value, positionType: null, minAge: null, maxAge: null });
        }
        break;
      default:
        break; // planned hires, transfers and free-text kinds lack the fields version 2 needs
    }
  }
  return upgraded;
}
