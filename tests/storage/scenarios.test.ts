import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SeimbangDb } from '../../src/storage/db';
import { ConflictError, ScenarioRepository } from '../../src/storage/scenarios';
import { generateScenario } from '../../scripts/sample/generate';
import { BLOCK_SIZE } from '../../src/storage/blocks';
import { minimalScenario } from '../core/fixtures';

let db: SeimbangDb;
let repo: ScenarioRepository;
let dbCounter = 0;

beforeEach(async () => {
  db = new SeimbangDb(`test-${++dbCounter}`);
  repo = new ScenarioRepository(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('ScenarioRepository', () => {
  it('saves a scenario and loads it back deep-equal, employees in their order', async () => {
    const scenario = minimalScenario();
    scenario.employees.reverse();
    await repo.save(scenario);
    const loaded = await repo.load(scenario.meta.id);
    expect(loaded?.scenario).toEqual(scenario);
    expect(loaded?.revision).toBe(1);
    expect(await repo.count()).toBe(1);
  });

  it('returns undefined for a scenario that is not stored', async () => {
    await expect(repo.load('nope')).resolves.toBeUndefined();
  });

  it('replaces a whole scenario without leaving old employees behind', async () => {
    const scenario = minimalScenario();
    await repo.save(scenario);
    const smaller = { ...scenario, employees: scenario.employees.slice(0, 1) };
    await repo.save(smaller);
    const loaded = await repo.load(scenario.meta.id);
    expect(loaded?.scenario.employees).toHaveLength(1);
    expect(loaded?.revision).toBe(2);
    expect(await repo.employeeCount(scenario.meta.id)).toBe(1);
    expect(await db.employeeBlocks.count()).toBe(1);
  });

  it('writes a header edit and bumps the revision', async () => {
    const scenario = minimalScenario();
    await repo.save(scenario);
    const { employees: _e, ...header } = scenario;
    header.posts = header.posts.map((p) => (p.id === 'camat-klerek' ? { ...p, tasks: [{ ...p.tasks[0]!, volume: 9999 }] } : p));
    await expect(repo.saveHeader(header)).resolves.toBe(2);
    const loaded = await repo.load(scenario.meta.id);
    expect(loaded?.scenario.posts.find((p) => p.id === 'camat-klerek')?.tasks[0]?.volume).toBe(9999);
  });

  it('writes one employee without touching the others', async () => {
    const scenario = minimalScenario();
    await repo.save(scenario);
    const changed = { ...scenario.employees[2]!, postId: 'camat-analis' };
    await repo.saveEmployee(scenario.meta.id, changed, 2, '2025-02-01T00:00:00Z');
    const loaded = await repo.load(scenario.meta.id);
    expect(loaded?.scenario.employees[2]).toEqual(changed);
    expect(loaded?.scenario.employees.filter((_, i) => i !== 2)).toEqual(scenario.employees.filter((_, i) => i !== 2));
    expect(loaded?.scenario.meta.updatedAt).toBe('2025-02-01T00:00:00Z');
  });

  it('refuses a write based on an old revision, so that two tabs never overwrite each other silently', async () => {
    const scenario = minimalScenario();
    const first = await repo.save(scenario);
    const { employees: _e, ...header } = scenario;
    const tabA = { ...header, meta: { ...header.meta, name: 'A' } };
    const tabB = { ...header, meta: { ...header.meta, name: 'B' } };
    await expect(repo.saveHeader(tabA, first)).resolves.toBe(first + 1);
    await expect(repo.saveHeader(tabB, first)).rejects.toBeInstanceOf(ConflictError);
    await expect(repo.saveEmployee(scenario.meta.id, scenario.employees[0]!, 0, '2025-02-01T00:00:00Z', first)).rejects.toBeInstanceOf(ConflictError);
    expect((await repo.load(scenario.meta.id))?.scenario.meta.name).toBe('A');
  });

  it('tells a watcher about every new revision', async () => {
    const scenario = minimalScenario();
    await repo.save(scenario);
    const seen: number[] = [];
    const stop = repo.watch(scenario.meta.id, (r) => seen.push(r));
    const { employees: _e, ...header } = scenario;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await repo.saveHeader(header);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(seen).toContain(1);
    expect(seen).toContain(2);
  });

  it('refuses an edit to a scenario that is not stored', async () => {
    const { employees: _e, ...header } = minimalScenario();
    await expect(repo.saveHeader(header)).rejects.toThrow(/not stored/);
  });

  it('lists and deletes scenarios', async () => {
    const a = minimalScenario();
    const b = minimalScenario();
    b.meta.id = 'other';
    b.meta.updatedAt = '2026-01-01T00:00:00Z';
    await repo.save(a);
    await repo.save(b);
    expect((await repo.list()).map((s) => s.id)).toEqual(['other', 'test-minimal']);
    await repo.delete('other');
    expect((await repo.list()).map((s) => s.id)).toEqual(['test-minimal']);
    expect(await db.employeeBlocks.where('scenarioId').equals('other').count()).toBe(0);
  });

  it('keeps the order of people across several blocks, and edits one person in a middle block', async () => {
    const s = generateScenario({ seed: 3, employees: 2 * BLOCK_SIZE + 37 });
    await repo.save(s);
    expect(await db.employeeBlocks.count()).toBe(3);
    const seen: number[] = [];
    const loaded = await repo.load(s.meta.id, (done) => seen.push(done));
    expect(loaded?.scenario).toEqual(s);
    expect(seen.at(-1)).toBe(s.employees.length);
    const seq = BLOCK_SIZE + 5;
    const changed = { ...s.employees[seq]!, name: 'Diubah' };
    await repo.saveEmployee(s.meta.id, changed, seq, '2026-12-02T00:00:00Z');
    const again = (await repo.load(s.meta.id))!.scenario;
    expect(again.employees[seq]).toEqual(changed);
    expect(again.employees.filter((_, i) => i !== seq)).toEqual(s.employees.filter((_, i) => i !== seq));
    expect(again.meta.updatedAt).toBe('2026-12-02T00:00:00Z');
  });

  it('rewrites only the post blocks that changed on a header edit', async () => {
    const s = generateScenario({ seed: 3, employees: 300 });
    await repo.save(s);
    const before = await db.postBlocks.toArray();
    const { employees: _people, ...header } = s;
    const posts = s.posts.slice();
    posts[0] = { ...posts[0]!, title: 'Judul baru' };
    await repo.saveHeader({ ...header, posts });
    const after = await db.postBlocks.toArray();
    expect(after.length).toBe(before.length);
    expect(after.filter((b, i) => b.json !== before[i]!.json).map((b) => b.block)).toEqual([0]);
    expect((await repo.load(s.meta.id))?.scenario.posts[0]?.title).toBe('Judul baru');
  });

  it('deletes with undo: hidden from list and load, restored as it was, purged for good later', async () => {
    const a = minimalScenario();
    await repo.save(a);
    await repo.trash(a.meta.id);
    expect(await repo.list()).toEqual([]);
    expect(await repo.load(a.meta.id)).toBeUndefined();
    expect(await repo.deletedIds()).toEqual([a.meta.id]);
    expect(await repo.freeId(a.meta.id)).toBe(a.meta.id); // a deleted scenario's id is free again
    await expect(repo.restore(a.meta.id)).resolves.toBe(true);
    expect((await repo.load(a.meta.id))?.scenario).toEqual(a);
    await repo.trash(a.meta.id);
    expect(await repo.purgeDeleted(a.meta.id)).toBe(0);
    expect(await repo.purgeDeleted()).toBe(1);
    await expect(repo.restore(a.meta.id)).resolves.toBe(false);
    expect(await db.employeeBlocks.count()).toBe(0);
    expect(await db.headers.count()).toBe(0);
  });

  it('renames without touching posts or people', async () => {
    const a = minimalScenario();
    await repo.save(a);
    await repo.rename(a.meta.id, 'Nama lain', '2026-12-03T00:00:00Z');
    const loaded = (await repo.load(a.meta.id))!;
    expect(loaded.scenario).toEqual({ ...a, meta: { ...a.meta, name: 'Nama lain', updatedAt: '2026-12-03T00:00:00Z' } });
    expect(loaded.revision).toBe(2);
    expect((await repo.list())[0]?.name).toBe('Nama lain');
  });
});
