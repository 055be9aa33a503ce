import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../scripts/sample/generate';
import { BLOCK_SIZE } from '../../src/storage/blocks';
import { SeimbangDb } from '../../src/storage/db';
import { ScenarioRepository, type BlockSource } from '../../src/storage/scenarios';
import { createEngineApi } from '../../src/worker/api';

const decoder = new TextDecoder();

async function stored(name: string) {
  const db = new SeimbangDb(name);
  const repo = new ScenarioRepository(db);
  const s = generateScenario({ seed: 9, employees: 2 * BLOCK_SIZE + 137 });
  const revision = await repo.save(s);
  return { db, repo, s, revision };
}

describe('the people read as bytes by another thread', () => {
  it('are the stored blocks, in order, at the stored revision only', async () => {
    const { repo, s, revision } = await stored('blocks-bytes');
    const heard: number[] = [];
    const blocks = (await repo.peopleBlocks(s.meta.id, revision, (done) => heard.push(done)))!;
    expect(blocks).toHaveLength(3);
    expect(blocks.flatMap((b) => JSON.parse(decoder.decode(b)) as unknown[])).toEqual(s.employees);
    expect(heard.at(-1)).toBe(s.employees.length);
    await expect(repo.peopleBlocks(s.meta.id, revision - 1)).resolves.toBeNull();
    await expect(repo.peopleBlocks('absent', 1)).resolves.toBeNull();
    await repo.trash(s.meta.id);
    await expect(repo.peopleBlocks(s.meta.id, revision)).resolves.toBeNull();
  });

  it('come from the worker api as the same bytes', async () => {
    const { db, repo, s, revision } = await stored('blocks-api');
    const api = createEngineApi(() => db);
    const fromApi = (await api.peopleBlocks(s.meta.id, revision))!;
    const here = (await repo.peopleBlocks(s.meta.id, revision))!;
    expect(fromApi.map((b) => decoder.decode(b))).toEqual(here.map((b) => decoder.decode(b)));
    await expect(api.peopleBlocks(s.meta.id, revision + 1)).resolves.toBeNull();
  });

  it('open the scenario as reading them here does, with the known columns of the same revision', async () => {
    const { repo, s, revision } = await stored('blocks-open');
    const source: BlockSource = (id, r, onProgress) => repo.peopleBlocks(id, r, onProgress);
    const here = (await repo.open(s.meta.id))!;
    const heard: number[] = [];
    const there = (await repo.open(s.meta.id, (done) => heard.push(done), undefined, source))!;
    expect(there.revision).toBe(revision);
    expect(there.header).toEqual(here.header);
    expect(there.people.all()).toEqual(s.employees);
    expect(there.people.indexOf(s.employees[700]!.nip)).toBe(700);
    expect(heard.at(-1)).toBe(s.employees.length);
    // Known columns of the revision read are used as they are (marked names show through).
    const digest = (await repo.digest(s.meta.id))!;
    const marked = { ...digest.columns, names: digest.columns.names.map((n) => `${n}*`) };
    const known = (await repo.open(s.meta.id, undefined, { revision, columns: marked }, source))!;
    expect(known.people.name(3)).toBe(`${s.employees[3]!.name}*`);
    expect(known.people.at(s.employees.length - 1)).toEqual(s.employees.at(-1));
    await expect(repo.open('absent', undefined, undefined, source)).resolves.toBeUndefined();
  });

  it('are asked for again when the scenario changes between the header and them, and the change is what opens', async () => {
    const { repo, s, revision } = await stored('blocks-changed');
    const digest = (await repo.digest(s.meta.id))!;
    const asked: number[] = [];
    const renamed = { ...s.employees[600]!, name: 'Renamed Meanwhile' };
    const source: BlockSource = async (id, r, onProgress) => {
      asked.push(r);
      // Another tab saves an edit once the header is read, before the blocks are.
      if (asked.length === 1) await repo.saveEmployee(id, renamed, 600, new Date().toISOString());
      return repo.peopleBlocks(id, r, onProgress);
    };
    const opened = (await repo.open(s.meta.id, undefined, { revision, columns: digest.columns }, source))!;
    expect(asked).toEqual([revision, revision + 1]);
    expect(opened.revision).toBe(revision + 1);
    // The columns known were of the older revision: the blocks give them.
    expect(opened.people.name(600)).toBe('Renamed Meanwhile');
    expect(opened.people.at(600)).toEqual(renamed);
    expect(opened.header.meta.updatedAt).toBe((await repo.load(s.meta.id))!.scenario.meta.updatedAt);
  });

  it('are read here, in one transaction, when the source keeps answering that the scenario changed', async () => {
    const { repo, s } = await stored('blocks-fallback');
    let asked = 0;
    const opened = (await repo.open(s.meta.id, undefined, undefined, async () => (asked++, null)))!;
    expect(asked).toBe(3);
    expect(opened.people.all()).toEqual(s.employees);
  });
});
