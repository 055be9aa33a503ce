import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../scripts/sample/generate';
import { toBalanceInput } from '../../src/core/balance';
import { employeeRetirementDate } from '../../src/core/employee';
import type { Scenario } from '../../src/core/scenario/schema';
import { BLOCK_SIZE } from '../../src/storage/blocks';
import { SeimbangDb } from '../../src/storage/db';
import { foldName } from '../../src/core/search';
import { BLOCKS_PER_DIGEST } from '../../src/storage/digest';
import { ScenarioRepository } from '../../src/storage/scenarios';

const SPAN = BLOCKS_PER_DIGEST * BLOCK_SIZE;

/** A generated agency over several digest groups of people and of posts. */
function agency(): Scenario {
  const s = generateScenario({ seed: 5, employees: 2 * SPAN + 1_537 });
  expect(s.posts.length).toBeGreaterThan(SPAN);
  return s;
}

/** The digest's balance input and retirement dates equal those of the whole scenario. */
async function expectDigestOf(repo: ScenarioRepository, s: Scenario): Promise<void> {
  const digest = await repo.digest(s.meta.id);
  expect(digest).toBeTruthy();
  expect(digest!.input).toEqual(toBalanceInput(s));
  expect(digest!.retires).toEqual(s.employees.map(employeeRetirementDate));
  // The columns the page keeps of everyone, so that it need not parse the blocks to find them.
  const { columns } = digest!;
  expect([columns.nips, columns.names, columns.posts, columns.statuses]).toEqual(
    [s.employees.map((e) => e.nip), s.employees.map((e) => e.name), s.employees.map((e) => e.postId), s.employees.map((e) => e.status)],
  );
  expect(columns.folded).toEqual(s.employees.map((e) => foldName(e.name)));
  expect(columns.byNip.get(s.employees.at(-1)!.nip)).toBe(s.employees.length - 1);
  expect(digest!.people).toBe(s.employees.length);
  expect(digest!.posts).toBe(s.posts.length);
  expect(digest!.header.units).toEqual(s.units);
  expect(digest!.revision).toBe(await repo.revision(s.meta.id));
}

/** A stored agency whose people's digest of group `group` is replaced by `change` of it (an older layout, or damaged). */
async function storedWithDigest(name: string, group: number, change: (d: Partial<Record<string, unknown[]>>) => object) {
  const db = new SeimbangDb(name);
  const repo = new ScenarioRepository(db);
  const s = agency();
  const revision = await repo.save(s);
  const record = (await db.employeeDigests.get([s.meta.id, group]))!;
  await db.employeeDigests.put({ ...record, json: JSON.stringify(change(JSON.parse(record.json) as Partial<Record<string, unknown[]>>)) });
  return { db, repo, s, revision };
}

describe('block digests', () => {
  it('give the balance input of the whole stored scenario, after a save and after edits of posts and people', async () => {
    const repo = new ScenarioRepository(new SeimbangDb('digest-edits'));
    const s = agency();
    await repo.save(s);
    await expectDigestOf(repo, s);

    // A task volume in the second group of posts, and a person moved (third group) to another post.
    const post = s.posts[SPAN + 3]!;
    const posts = s.posts.map((p) => (p === post ? { ...p, tasks: p.tasks.map((t, i) => (i === 0 ? { ...t, volume: t.volume * 3 + 1 } : t)) } : p));
    const { employees: _people, ...header } = { ...s, posts };
    await repo.saveHeader(header);
    const seq = 2 * SPAN + 5;
    const moved = { ...s.employees[seq]!, postId: s.posts[7]!.id, birthDate: '1968-02-29' };
    await repo.saveEmployee(s.meta.id, moved, seq, s.meta.updatedAt);
    // And a person added at the end.
    const added = { ...s.employees[0]!, nip: '199001012020011001', postId: s.posts[SPAN + 9]!.id };
    await repo.saveEmployee(s.meta.id, added, s.employees.length, s.meta.updatedAt);
    const edited = { ...s, posts, employees: [...s.employees.map((e, i) => (i === seq ? moved : e)), added] };
    await expectDigestOf(repo, edited);
    expect(toBalanceInput(edited)).not.toEqual(toBalanceInput(s));
  });

  it('are missing for a scenario stored without them, until written from the whole scenario', async () => {
    const db = new SeimbangDb('digest-missing');
    const repo = new ScenarioRepository(db);
    const s = agency();
    const revision = await repo.save(s);
    await db.employeeDigests.where('scenarioId').equals(s.meta.id).delete();
    await db.postDigests.where('scenarioId').equals(s.meta.id).delete();
    expect(await repo.digest(s.meta.id)).toBeNull();

    // One person's edit does not make a partial set look whole.
    await repo.saveEmployee(s.meta.id, s.employees[0]!, 0, s.meta.updatedAt);
    expect(await repo.digest(s.meta.id)).toBeNull();
    await repo.writeDigests(s, revision); // read at an older revision: nothing is written
    expect(await repo.digest(s.meta.id)).toBeNull();
    await repo.writeDigests(s, revision + 1);
    await expectDigestOf(repo, s);
  });

  it('written before they held the people\'s columns count as missing, and are written again', async () => {
    const { db, repo, s, revision } = await storedWithDigest('digest-old', 1, ({ postIds, retires }) => ({ postIds, retires }));
    expect(await repo.digest(s.meta.id)).toBeNull();
    // An edit of a person of that group is saved, and the digests it cannot update are dropped.
    const seq = SPAN + 3;
    const moved = { ...s.employees[seq]!, postId: s.posts[2]!.id };
    await repo.saveEmployee(s.meta.id, moved, seq, s.meta.updatedAt);
    expect(await db.employeeDigests.where('scenarioId').equals(s.meta.id).count()).toBe(0);
    const edited = { ...s, employees: s.employees.map((e, i) => (i === seq ? moved : e)) };
    expect((await repo.load(s.meta.id))!.scenario.employees[seq]).toEqual(moved);
    await repo.writeDigests(edited, revision + 1);
    await expectDigestOf(repo, edited);
  });

  it('with columns of unequal lengths count as missing', async () => {
    const { repo, s } = await storedWithDigest('digest-uneven', 0, (d) => ({ ...d, names: d.names!.slice(1) }));
    expect(await repo.digest(s.meta.id)).toBeNull();
  });

  it('give the page its columns when they are of the revision it opens, and the blocks give them otherwise', async () => {
    const repo = new ScenarioRepository(new SeimbangDb('digest-open'));
    const s = agency();
    await repo.save(s);
    const digest = (await repo.digest(s.meta.id))!;
    // Columns marked so that the test sees which were used.
    const marked = { ...digest.columns, names: digest.columns.names.map((n) => `${n}*`) };
    const same = (await repo.open(s.meta.id, undefined, { revision: digest.revision, columns: marked }))!;
    expect(same.people.name(5)).toBe(`${s.employees[5]!.name}*`);
    expect(same.people.at(s.employees.length - 1)).toEqual(s.employees.at(-1));
    const stale = (await repo.open(s.meta.id, undefined, { revision: digest.revision - 1, columns: marked }))!;
    expect(stale.people.name(5)).toBe(s.employees[5]!.name);
    expect(stale.people.count).toBe(s.employees.length);
  });

  it('are absent for a scenario not stored or deleted, and go with it', async () => {
    const db = new SeimbangDb('digest-delete');
    const repo = new ScenarioRepository(db);
    const s = agency();
    expect(await repo.digest(s.meta.id)).toBeUndefined();
    await repo.save(s);
    await repo.trash(s.meta.id);
    expect(await repo.digest(s.meta.id)).toBeUndefined();
    await repo.purgeDeleted();
    expect(await db.employeeDigests.count()).toBe(0);
    expect(await db.postDigests.count()).toBe(0);
  });
});
