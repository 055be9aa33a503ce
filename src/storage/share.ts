/**
 * Scenario files made in the worker from stored scenarios: the plain export, the anonymised export
 * (its key kept in this browser's database), and what an anonymised copy's key says about a stored
 * scenario (the people and the saved plans' moves, re-identified).
 */
import { anonymiseScenario, reidentifier, type PseudonymEntry } from '../core/scenario/anonymise';
import type { Scenario } from '../core/scenario/schema';
import { gzipText, scenarioFileText, type ExportProgress } from './file';
import { planningContentHash } from './hash';
import type { AnonymisationKeyRepository } from './keys';

/** File text, gzipped (and then compact) when asked, as a Blob ready to download; `onProgress` hears each step. */
export async function scenarioFile(s: Scenario, gzip: boolean, onProgress?: (p: ExportProgress) => void): Promise<Blob> {
  const text = await scenarioFileText(s, gzip, onProgress);
  if (!gzip) return new Blob([text], { type: 'application/json' });
  return gzipText(text, (done, total) => onProgress?.({ step: 'compress', done, total }));
}

/** A random secret phrase for one anonymised export (32 hexadecimal digits). */
export function randomSecret(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface AnonymisedExport {
  file: Blob;
  anonymisedId: string;
  people: number;
}

/**
 * The anonymised copy of `s` as a file; its key is stored in `keys` (never in the file). Saved
 * plans made for the scenario as it is keep their "made for this data" mark in the copy.
 */
export async function anonymisedExport(
  s: Scenario, secret: string, gzip: boolean, keys: AnonymisationKeyRepository, now: string, onProgress?: (p: ExportProgress) => void,
): Promise<AnonymisedExport> {
  const { scenario, key } = anonymiseScenario(s, secret);
  const [before, after] = await Promise.all([planningContentHash(s), planningContentHash(scenario)]);
  scenario.plans = scenario.plans.map((p) => (p.scenarioHash === before ? { ...p, scenarioHash: after } : p));
  scenario.meta = { ...scenario.meta, createdAt: now, updatedAt: now };
  await keys.put(key, now);
  return { file: await scenarioFile(scenario, gzip, onProgress), anonymisedId: key.anonymisedId, people: key.people.length };
}

export interface ReidentifiedMove {
  nip: string;
  name: string;
  realNip: string | null;
  realName: string | null;
  fromPostId: string | null;
  toPostId: string;
  decision: string;
}

export interface KeyView {
  anonymisedId: string;
  originalId: string;
  createdAt: string;
  total: number;
  /** The first people of the key (the page shows a page of them, not the whole agency). */
  people: PseudonymEntry[];
  plans: { id: string; name: string; moves: ReidentifiedMove[] }[];
}

/**
 * The key that re-identifies the stored scenario `s` when it is an anonymised copy made on this
 * device (looked up by its id, or the id it had before an import renamed it `<id>-2`), with its
 * saved plans' moves re-identified; else the key of the latest copy made from `s`; else null.
 */
export async function keyView(s: Scenario, keys: AnonymisationKeyRepository, limit: number): Promise<KeyView | null> {
  const asCopy = (await keys.get(s.meta.id)) ?? (await keys.get(s.meta.id.replace(/-\d+$/, '')));
  const latest = asCopy ?? (await keys.listFor(s.meta.id))[0];
  const key = asCopy ?? (latest ? await keys.get(latest.anonymisedId) : undefined);
  if (!key) return null;
  const toReal = reidentifier(key);
  const names = new Map(s.employees.map((e) => [e.nip, e.name]));
  return {
    anonymisedId: key.anonymisedId, originalId: key.originalId, createdAt: key.createdAt, total: key.people.length,
    people: key.people.slice(0, limit),
    plans: !asCopy ? [] : s.plans.map((plan) => ({
      id: plan.id, name: plan.name,
      moves: plan.moves.map((m) => {
        const real = toReal(m.nip);
        return {
          nip: m.nip, name: names.get(m.nip) ?? m.nip, realNip: real?.realNip ?? null, realName: real?.realName ?? null,
          fromPostId: m.fromPostId, toPostId: m.toPostId, decision: m.decision,
        };
      }),
    })),
  };
}
