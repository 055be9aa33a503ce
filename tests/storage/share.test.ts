/**
 * Scenario files through the worker api over a database: export then import gives the same
 * scenario (the sample and a 10k agency), and the anonymised export leaves its key on the device,
 * carries no personal data, imports cleanly and can be re-identified here.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../scripts/sample/generate';
import { proposePlan } from '../../src/core/plan/plan';
import type { Scenario } from '../../src/core/scenario/schema';
import { SeimbangDb } from '../../src/storage/db';
import { documentHash, readFileText, type ExportProgress } from '../../src/storage/file';
import { planningContentHash } from '../../src/storage/hash';
import { ScenarioRepository } from '../../src/storage/scenarios';
import { createEngineApi } from '../../src/worker/api';

const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;
let counter = 0;

function setup() {
  const db = new SeimbangDb(`share-test-${++counter}`);
  return { db, api: createEngineApi(() => db), repo: new ScenarioRepository(db) };
}

async function roundTrip(original: Scenario, gzip: boolean): Promise<{ exported: Record<string, unknown>; stored: Scenario }> {
  const { api, repo } = setup();
  const text = JSON.stringify(original);
  const imported = await api.importScenarioFile(new Blob([text]));
  expect(imported).toMatchObject({ ok: true, id: original.meta.id, employees: original.employees.length });
  const file = await api.exportScenarioFile(original.meta.id, gzip);
  const read = await readFileText(file!);
  expect(read.gzipped).toBe(gzip);
  const stored = (await repo.load(original.meta.id))!.scenario;
  return { exported: JSON.parse(read.text) as Record<string, unknown>, stored };
}

describe('export progress', () => {
  it('reports each step of making the file in order, the people read and the bytes compressed', async () => {
    const { api } = setup();
    const agency = generateScenario({ seed: 8, employees: 3000 });
    await api.importScenarioFile(new Blob([JSON.stringify(agency)]));
    const heard: ExportProgress[] = [];
    const file = await api.exportScenarioFile(agency.meta.id, true, (p) => heard.push(p));
    const steps = heard.map((p) => p.step).filter((step, i, all) => all[i - 1] !== step);
    expect(steps).toEqual(['read', 'hash', 'text', 'compress']);
    const read = heard.filter((p) => p.step === 'read');
    expect(read[0]!.done).toBeGreaterThan(0);
    expect(read.at(-1)!.done).toBeLessThanOrEqual(agency.employees.length);
    const compress = heard.filter((p) => p.step === 'compress');
    const text = (await readFileText(file!)).text;
    expect(compress.at(-1)).toEqual({ step: 'compress', done: new Blob([text]).size, total: new Blob([text]).size });
    for (let k = 1; k < compress.length; k++) expect(compress[k]!.done).toBeGreaterThan(compress[k - 1]!.done);

    const plain: ExportProgress[] = [];
    await api.exportAnonymisedFile(agency.meta.id, false, (p) => plain.push(p));
    expect(plain.map((p) => p.step).filter((step, i, all) => all[i - 1] !== step)).toEqual(['read', 'hash', 'text']);
  }, 60_000);
});

describe('export then import', () => {
  it('gives back the sample deep-equal, with a content hash that checks', async () => {
    const { exported, stored } = await roundTrip(sample, false);
    const { contentHash, ...content } = exported;
    expect(content).toEqual(sample);
    expect(stored).toEqual(sample);
    expect(contentHash).toBe(await documentHash(sample as unknown as Record<string, unknown>));
  }, 30_000);

  it('gives back a 10k-employee agency deep-equal (gzipped)', async () => {
    const agency = generateScenario({ seed: 5, employees: 10_000 });
    const { exported, stored } = await roundTrip(agency, true);
    const { contentHash: _hash, ...content } = exported;
    expect(stored.employees).toHaveLength(10_000);
    expect(content).toEqual(JSON.parse(JSON.stringify(agency)));
  }, 60_000);
});

describe('anonymised export', () => {
  /** The sample with a saved plan (made for the data as they are), a note and a planned transfer. */
  async function sampleWithPlan(): Promise<Scenario> {
    const s = structuredClone(sample);
    const plan = proposePlan(s, { planDate: s.meta.asOf });
    s.employees[1]!.notes = 'Catatan rahasia';
    s.events.push({ id: 'pindah', type: 'planned-transfer', nip: plan.moves[0]!.nip, toPostId: plan.moves[0]!.toPostId, start: '2027-02-01', end: null });
    s.plans.push({
      id: 'r1', name: 'Rencana Januari', createdAt: s.meta.asOf, planDate: s.meta.asOf, seed: 0, scenarioHash: await planningContentHash(s),
      settings: { movePrice: 0 }, objective: plan.objective,
      moves: plan.moves.map((m) => ({ nip: m.nip, fromPostId: m.fromPostId, toPostId: m.toPostId, kind: 'permanent' as const, effective: s.meta.asOf, endDate: null, decision: 'accepted' as const })),
    });
    return s;
  }

  it('writes no personal data into the file, keeps the key here, and re-identifies the copy\'s plan moves', async () => {
    const { db, api, repo } = setup();
    const original = await sampleWithPlan();
    await repo.save(original);
    const made = (await api.exportAnonymisedFile(original.meta.id, false))!;
    expect(made).toMatchObject({ anonymisedId: `${original.meta.id}-anonim`, people: original.employees.length });
    const text = await made.file.text();
    for (const e of original.employees) {
      expect(text).not.toContain(e.nip);
      expect(text).not.toContain(e.name);
    }
    expect(text).not.toContain('Catatan rahasia');
    expect(text).not.toContain('Rencana Januari');

    const key = await db.anonymisationKeys.get(made.anonymisedId);
    expect(key?.people).toHaveLength(original.employees.length);
    expect(text).not.toContain(key!.people[0]!.realName);

    // The copy is a valid scenario file; its plan stays marked as made for its data.
    const imported = await api.importScenarioFile(made.file);
    expect(imported).toMatchObject({ ok: true, id: made.anonymisedId, hash: 'ok' });
    const copy = (await repo.load(made.anonymisedId))!.scenario;
    expect(copy.plans[0]!.scenarioHash).toBe(await planningContentHash(copy));
    const [compared] = await api.comparePlans(made.anonymisedId, ['r1']);
    expect(compared?.current).toBe(true);

    // Here, with the key, the copy's plan moves read as the real people.
    const view = (await api.anonymisationKey(made.anonymisedId, 10))!;
    expect(view.total).toBe(original.employees.length);
    expect(view.people).toHaveLength(10);
    expect(view.plans[0]!.moves.map((m) => m.realNip)).toEqual(original.plans[0]!.moves.map((m) => m.nip));
    const names = new Map(original.employees.map((e) => [e.nip, e.name]));
    expect(view.plans[0]!.moves.map((m) => m.realName)).toEqual(original.plans[0]!.moves.map((m) => names.get(m.nip)));
    // The original shows the key of its latest copy, without plans to re-identify.
    expect(await api.anonymisationKey(original.meta.id, 5)).toMatchObject({ anonymisedId: made.anonymisedId, plans: [] });
    expect(await repo.anonymisedIds()).toEqual([{ anonymisedId: made.anonymisedId, originalId: original.meta.id }]);
  }, 30_000);

  it('has no key to show on a device that did not make the copy', async () => {
    const here = setup();
    await here.repo.save(sample);
    const made = (await here.api.exportAnonymisedFile(sample.meta.id, true))!;
    const elsewhere = setup();
    const imported = await elsewhere.api.importScenarioFile(made.file);
    expect(imported).toMatchObject({ ok: true, gzipped: true });
    expect(await elsewhere.api.anonymisationKey(made.anonymisedId, 10)).toBeNull();
  });
});
