/**
 * The digest records of stored scenarios (see digest.ts): written whole with a scenario, one person
 * at a time with an edit, or afterwards for a scenario stored before they existed; and read, with the
 * header, to draw a large agency's dashboard before its posts and people are read.
 */
import type { Table } from 'dexie';
import type { Employee, Scenario } from '../core/scenario/schema';
import { BLOCK_SIZE } from './blocks';
import type { ScenarioHeader, SeimbangDb } from './db';
import { readPaged } from './paged';
import {
  allGroups, BLOCKS_PER_DIGEST, digestsOf, employeeDigestOf, groupOf, postDigestOf, scenarioDigestOf, withPerson,
  type DigestRecord, type ScenarioDigest,
} from './digest';

/** Digest records per write request (each a text of a few hundred kilobytes at most). */
const DIGESTS_PER_WRITE = 4;

/** Digest records per read request: each answer (a megabyte of text at most) is copied into the page in a short task. */
const DIGESTS_PER_READ = 4;

/** Every digest record of a scenario in a table, in group order (a few dozen texts at 100k people), a few per request. */
async function records(table: Table<DigestRecord, [string, number]>, id: string): Promise<DigestRecord[]> {
  const all: DigestRecord[] = [];
  await readPaged(table, '[scenarioId+group]', id, DIGESTS_PER_READ, (row) => row.group, (rows) => all.push(...rows));
  return all;
}

export class DigestStore {
  constructor(private readonly db: SeimbangDb) {}

  /** The digests of every group of a scenario's posts and people, made in time slices. */
  async allOf(s: Scenario): Promise<{ posts: DigestRecord[]; people: DigestRecord[] }> {
    const id = s.meta.id;
    return {
      posts: await digestsOf(id, s.posts, allGroups(s.posts.length), postDigestOf),
      people: await digestsOf(id, s.employees, allGroups(s.employees.length), employeeDigestOf),
    };
  }

  /** Writes digests a few per request (inside the caller's transaction). */
  async write(digests: { posts: DigestRecord[]; people: DigestRecord[] }): Promise<void> {
    for (const [table, list] of [[this.db.postDigests, digests.posts], [this.db.employeeDigests, digests.people]] as const) {
      for (let from = 0; from < list.length; from += DIGESTS_PER_WRITE) await table.bulkPut(list.slice(from, from + DIGESTS_PER_WRITE));
    }
  }

  /**
   * The digest of a stored scenario, read in one transaction over `tables` (the repository's, so that
   * the header, the block counts and the digests agree); undefined when absent or deleted, null when
   * its digests do not cover every block.
   */
  async read(id: string, tables: Table[]): Promise<ScenarioDigest | null | undefined> {
    const db = this.db;
    const read = await db.transaction('r', tables, async () => {
      const record = await db.scenarios.get(id);
      if (!record || record.deletedAt) return undefined;
      const header = await db.headers.get(id);
      if (!header) return undefined;
      const [postBlocks, peopleBlocks] = await Promise.all([
        db.postBlocks.where('scenarioId').equals(id).count(),
        db.employeeBlocks.where('scenarioId').equals(id).count(),
      ]);
      const posts = await records(db.postDigests, id);
      const people = await records(db.employeeDigests, id);
      // Digests are written with their blocks, in the same transactions: one per group of blocks means all are there.
      const groups = (blocks: number) => Math.ceil(blocks / BLOCKS_PER_DIGEST);
      if (posts.length !== groups(postBlocks) || people.length !== groups(peopleBlocks)) return null;
      return { header: JSON.parse(header.json) as Omit<ScenarioHeader, 'posts'>, revision: record.revision, posts, people };
    });
    return read ? scenarioDigestOf(read.header, read.revision, read.posts, read.people) : read;
  }

  /** Writes every digest of a stored scenario read whole at `revision`; nothing when it has changed since. */
  async rewrite(s: Scenario, revision: number): Promise<void> {
    const id = s.meta.id;
    const digests = await this.allOf(s);
    await this.db.transaction('rw', this.db.scenarios, this.db.postDigests, this.db.employeeDigests, async () => {
      if ((await this.db.scenarios.get(id))?.revision !== revision) return;
      for (const table of [this.db.employeeDigests, this.db.postDigests]) await table.where('scenarioId').equals(id).delete();
      await this.write(digests);
    });
  }

  /**
   * The person's entry in the digest of their group (inside the caller's transaction). A scenario
   * without digests gets none (they are written whole once it has been read); a digest that cannot
   * take the person is dropped with the others, so that the scenario opens the full way.
   */
  async updatePerson(scenarioId: string, seq: number, employee: Employee): Promise<void> {
    const digests = this.db.employeeDigests;
    if ((await digests.where('scenarioId').equals(scenarioId).count()) === 0) return;
    const group = groupOf(seq);
    const stored = await digests.get([scenarioId, group]);
    const first = group * BLOCKS_PER_DIGEST * BLOCK_SIZE;
    const updated = stored ? withPerson(stored, seq, employee) : seq === first ? employeeDigestOf(scenarioId, group, [employee]) : null;
    if (updated) await digests.put(updated);
    else await digests.where('scenarioId').equals(scenarioId).delete();
  }
}
