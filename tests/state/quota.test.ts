/**
 * A full storage quota: the write is refused by the database (QuotaExceededError, as the browser
 * raises it), the stored scenario stays as it was last saved, the edit stays on screen marked as not
 * saved, and saving again after room is made stores it.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario/schema';
import { LibraryState } from '../../src/state/library.svelte';
import { ScenarioState } from '../../src/state/scenario.svelte';
import { SeimbangDb } from '../../src/storage/db';
import { isQuotaError } from '../../src/storage/quota';
import { ScenarioRepository } from '../../src/storage/scenarios';
import { inProcessEngine } from '../ui/helpers';

const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;
let counter = 0;

/** Makes a table's writes fail as a full disk does, until the returned function is called. */
function fillQuota(table: { put: unknown; bulkPut: unknown }): () => void {
  const saved = { put: table.put, bulkPut: table.bulkPut };
  const refuse = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  Object.assign(table, { put: refuse, bulkPut: refuse });
  return () => Object.assign(table, saved);
}

async function opened() {
  localStorage.clear();
  const db = new SeimbangDb(`quota-${++counter}`);
  const repo = new ScenarioRepository(db);
  const engine = inProcessEngine(db);
  const fetchSample = async () => structuredClone(sample);
  const state = new ScenarioState(repo, engine, fetchSample);
  await state.open();
  expect(state.status).toBe('ready');
  await state.flushed();
  return { db, repo, state, library: new LibraryState(repo, state, fetchSample, engine) };
}

const post = sample.posts.find((p) => p.tasks.length > 0)!;
const task = post.tasks[0]!;
const volumeIn = (s: Pick<Scenario, 'posts'> | undefined) => s?.posts.find((p) => p.id === post.id)?.tasks[0]?.volume;

describe('a full storage quota', () => {
  it('is told apart from other failures, also when Dexie wraps it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('keeps the last saved header, shows the edit as unsaved, and saves it once there is room', async () => {
    const { db, repo, state } = await opened();
    const room = fillQuota(db.headers);
    await state.updateTask(post.id, task.id, { volume: task.volume + 777 });
    expect(state.saveError).toBe('quota');
    expect(volumeIn(state.scenario!)).toBe(task.volume + 777); // still on screen
    const stored = await repo.load(sample.meta.id);
    expect(volumeIn(stored?.scenario)).toBe(task.volume); // the last good state
    expect(stored?.scenario.employees).toHaveLength(sample.employees.length);

    room();
    await expect(state.retrySave()).resolves.toBe(true);
    expect(state.saveError).toBeNull();
    expect(volumeIn((await repo.load(sample.meta.id))?.scenario)).toBe(task.volume + 777);
  });

  it('keeps an unsaved employee edit and writes it on retry', async () => {
    const { db, repo, state } = await opened();
    const person = sample.employees[7]!;
    const room = fillQuota(db.employeeBlocks);
    await state.updateEmployee(person.nip, { name: 'Nama Baru' });
    expect(state.saveError).toBe('quota');
    expect(state.people.get(person.nip)?.name).toBe('Nama Baru');
    expect((await repo.load(sample.meta.id))?.scenario.employees[7]?.name).toBe(person.name);
    room();
    await expect(state.retrySave()).resolves.toBe(true);
    expect((await repo.load(sample.meta.id))?.scenario.employees[7]?.name).toBe('Nama Baru');
  });

  it('leaves the library unchanged when a new scenario does not fit, and says so', async () => {
    const { db, repo, library } = await opened();
    const before = await repo.list();
    const room = fillQuota(db.employeeBlocks);
    await library.createFromSample();
    expect(library.error).toBe('quota');
    expect(await repo.list()).toEqual(before);
    expect(await db.headers.count()).toBe(before.length);
    room();
    await library.createFromSample();
    expect(library.error).toBeNull();
    expect(await repo.list()).toHaveLength(before.length + 1);
  });
});
