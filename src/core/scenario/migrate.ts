/**
 * Upgrades of older scenario documents. Each format version adds one step from the version
 * before it; a document is walked up step by step to the current version.
 */
import { SCENARIO_FORMAT, SCENARIO_VERSION } from './schema';
import type { Problem } from './problem';

type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

/** `steps[n]` upgrades a version-n document to version n + 1. Version 1 is the first. */
const steps: Record<number, Step> = {};

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
