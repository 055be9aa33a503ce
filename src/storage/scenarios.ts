/**
 * Repository of scenarios over the Dexie database: whole-scenario reads and writes, and the small
 * writes that user edits make (the header, or one employee). Posts and people are stored in blocks
 * (see blocks.ts), written and read a few blocks per request and encoded or parsed in time slices,
 * so the thread doing it (the worker, or the page) is never held for the whole agency at once; the
 * list and the revision watch read only the small summary records.
 */
import { liveQuery, type Table } from 'dexie';
import type { Employee, Post, Scenario } from '../core/scenario/schema';
import { BLOCK_SIZE, pause, toBlocks, type BlockRecord } from './blocks';
import { headerRecordOf, summaryOf, type ScenarioHeader, type ScenarioRecord, type SeimbangDb } from './db';
import { digestsOf, groupsOfBlocks, postDigestOf, type ScenarioDigest } from './digest';
import { DigestStore } from './digestStore';
import { readPaged } from './paged';
import { People, type PeopleColumns } from './people';
import { TextPool } from './texts';

export type ScenarioSummary = Omit<ScenarioRecord, 'deletedAt'>;

/** Where the page gets a scenario's blocks of people as bytes: `peopleBlocks`, run in another thread. */
export type BlockSource = (id: string, revision: number, onProgress?: (done: number) => void) => Promise<Uint8Array[] | null>;

const encoder = new TextEncoder();

/** A write refused because another tab (or window) changed the scenario since it was read. */
export class ConflictError extends Error {
  constructor(readonly storedRevision: number) {
    super('another tab changed this scenario since it was opened; the change was not saved');
    this.name = 'ConflictError';
  }
}

/** Blocks per database request when a whole scenario is written, and when it is read. */
const BLOCKS_PER_REQUEST = 4;
const BLOCKS_PER_READ = 2;

/**
 * Every block of a scenario in a table, a few per request (inside the caller's transaction), each
 * request's blocks parsed when it answers, so that no block's text outlives its parsing.
 */
async function readBlocks<T>(
  table: Table<BlockRecord, [string, number]>, id: string, onProgress?: (done: number) => void, adopt: (item: T) => T = (item) => item,
): Promise<T[]> {
  const items: T[] = [];
  await readPaged(table, '[scenarioId+block]', id, BLOCKS_PER_READ, (row) => row.block, (rows) => {
    for (const row of rows) for (const item of JSON.parse(row.json) as T[]) items.push(adopt(item));
    onProgress?.(items.length);
  });
  return items;
}

/** Writes blocks a few per request (inside the caller's transaction): each request's copy is a short task. */
async function writeBlocks(table: Table<BlockRecord, [string, number]>, blocks: BlockRecord[]): Promise<void> {
  for (let from = 0; from < blocks.length; from += BLOCKS_PER_REQUEST) await table.bulkPut(blocks.slice(from, from + BLOCKS_PER_REQUEST));
}

export class ScenarioRepository {
  /** Posts of each scenario as this repository last read or wrote them: a header write rewrites only changed blocks. */
  private readonly postsSeen = new Map<string, readonly Post[]>();

  /** The dashboard's digests of the blocks (see digest.ts), written in this repository's transactions. */
  private readonly digests: DigestStore;

  constructor(private readonly db: SeimbangDb) {
    this.digests = new DigestStore(db);
  }

  async list(): Promise<ScenarioSummary[]> {
    const rows = await this.db.scenarios.orderBy('updatedAt').reverse().filter((r) => !r.deletedAt).toArray();
    return rows.map(({ deletedAt: _d, ...summary }) => summary);
  }

  /** Current revision of a stored scenario (0 when absent); cheap, for caches. */
  async revision(id: string): Promise<number> {
    return (await this.db.scenarios.get(id))?.revision ?? 0;
  }

  /** An id not in use (a deleted scenario's id is free again): `base`, else `base-2`, `base-3`, ... */
  async freeId(base: string): Promise<string> {
    const used = async (id: string) => {
      const record = await this.db.scenarios.get(id);
      return record !== undefined && !record.deletedAt;
    };
    let id = base;
    for (let n = 2; await used(id); n++) id = `${base}-${n}`;
    return id;
  }

  async count(): Promise<number> {
    return this.db.scenarios.count();
  }

  private get tables() {
    return [this.db.scenarios, this.db.headers, this.db.postBlocks, this.db.employeeBlocks, this.db.postDigests, this.db.employeeDigests];
  }

  /**
   * Writes a whole scenario, replacing any stored one with the same id, in one transaction (all or
   * nothing: a failure, such as a full quota, leaves what was stored before); returns its revision.
   * Posts and people are encoded in time slices before the transaction.
   */
  async save(s: Scenario): Promise<number> {
    const id = s.meta.id;
    const { employees, ...header } = s;
    const [people, posts] = [await toBlocks(id, employees), await toBlocks(id, s.posts)];
    const digests = await this.digests.allOf(s);
    const revision = await this.db.transaction('rw', this.tables, async () => {
      const previous = await this.db.scenarios.get(id);
      const revision = (previous?.revision ?? 0) + 1;
      if (previous) await this.deleteBlocks(id);
      await this.db.scenarios.put(summaryOf(header, revision));
      await this.db.headers.put(headerRecordOf(header));
      await writeBlocks(this.db.postBlocks, posts);
      await writeBlocks(this.db.employeeBlocks, people);
      await this.digests.write(digests);
      return revision;
    });
    this.postsSeen.set(id, s.posts);
    return revision;
  }

  /**
   * Reads a whole scenario with its employees in their stored order; undefined when absent or
   * deleted. One transaction (so the revision and the people agree), a few blocks per request, each
   * parsed as it arrives; `onProgress` hears the people read so far.
   */
  async load(id: string, onProgress?: (done: number) => void): Promise<{ scenario: Scenario; revision: number } | undefined> {
    const read = await this.readWith(id, () => readBlocks<Employee>(this.db.employeeBlocks, id, onProgress));
    if (!read) return undefined;
    const { format, version, meta, settings, units, posts, events, plans, ...extra } = read.header;
    const scenario: Scenario = { format, version, meta, settings, units, posts, employees: read.people, events, plans, ...extra };
    return { scenario, revision: read.revision };
  }

  /**
   * Reads a stored scenario for the page: its header and its people kept as the bytes of their
   * blocks (see people.ts), and their columns: `known` when its revision is the one stored (read with
   * the digest), else read from the blocks; `onProgress` hears the people read so far. Undefined when
   * absent or deleted.
   *
   * With `source` (the worker's `peopleBlocks`), the page reads the header and posts, then the
   * blocks come from the other thread as bytes: the texts of a large agency's blocks (100 MB at 100k)
   * are then never made in the page, where in a new tab their garbage made collections of 50 to 180
   * ms. The source answers null when the stored revision is no longer the one the header was read
   * at (the scenario changed in between): the header is read again. After three such changes, or
   * without a source, the blocks are read here, with the header, in one transaction.
   */
  async open(
    id: string, onProgress?: (done: number) => void, known?: { revision: number; columns: PeopleColumns }, source?: BlockSource,
  ): Promise<{ header: ScenarioHeader; people: People; revision: number } | undefined> {
    for (let attempt = 0; source && attempt < 3; attempt++) {
      const read = await this.readWith(id, async () => null);
      if (!read) return undefined;
      const blocks = await source(id, read.revision, onProgress);
      if (!blocks) continue;
      const people = People.builder(known?.revision === read.revision ? known.columns : undefined);
      for (const block of blocks) {
        people.add(block);
        // Without known columns each block is parsed for them: a task of its own.
        if (people.parsing) await pause();
      }
      return { ...read, people: people.done() };
    }
    return this.readWith(id, async (revision) => {
      // Each answer's blocks are taken in as they come (a short task each): their texts never pile up.
      // The columns read with the digest of this same revision spare parsing the blocks.
      const people = People.builder(known?.revision === revision ? known.columns : undefined);
      await readPaged(this.db.employeeBlocks, '[scenarioId+block]', id, BLOCKS_PER_READ, (row) => row.block, (rows) => {
        let done = 0;
        for (const row of rows) done = people.add(row.json);
        if (rows.length > 0) onProgress?.(done);
      });
      return people.done();
    });
  }

  /**
   * The blocks of a stored scenario's people as UTF-8 bytes, in order, when its stored revision is
   * still `revision` (else null), in one transaction; `onProgress` hears the people read so far.
   */
  async peopleBlocks(id: string, revision: number, onProgress?: (done: number) => void): Promise<Uint8Array[] | null> {
    return this.db.transaction('r', this.db.scenarios, this.db.employeeBlocks, async () => {
      const record = await this.db.scenarios.get(id);
      if (!record || record.deletedAt || record.revision !== revision) return null;
      const blocks: Uint8Array[] = [];
      let done = 0;
      await readPaged(this.db.employeeBlocks, '[scenarioId+block]', id, BLOCKS_PER_READ, (row) => row.block, (rows) => {
        for (const row of rows) {
          blocks.push(encoder.encode(row.json));
          done += row.count;
        }
        if (rows.length > 0) onProgress?.(done);
      });
      return blocks;
    });
  }

  /** A stored scenario's header with its posts, and its people as `readPeople` reads them, in one transaction. */
  private async readWith<P>(id: string, readPeople: (revision: number) => Promise<P>): Promise<{ header: ScenarioHeader; people: P; revision: number } | undefined> {
    const read = await this.db.transaction('r', this.tables, async () => {
      const record = await this.db.scenarios.get(id);
      if (!record || record.deletedAt) return undefined;
      const header = await this.db.headers.get(id);
      if (!header) return undefined;
      const pool = new TextPool();
      const posts = await readBlocks<Post>(this.db.postBlocks, id, undefined, (post) => pool.sharePost(post));
      return { record, rest: JSON.parse(header.json) as Omit<ScenarioHeader, 'posts'>, posts, people: await readPeople(record.revision) };
    });
    if (!read) return undefined;
    this.postsSeen.set(id, read.posts);
    const { format, version, meta, settings, units, events, plans, ...extra } = read.rest;
    const header: ScenarioHeader = { format, version, meta, settings, units, posts: read.posts, events, plans, ...extra };
    return { header, people: read.people, revision: read.record.revision };
  }

  /** Every block of a scenario's posts and people, and their digests (inside the caller's transaction). */
  private async deleteBlocks(id: string): Promise<void> {
    for (const table of [this.db.employeeBlocks, this.db.postBlocks, this.db.employeeDigests, this.db.postDigests]) {
      await table.where('scenarioId').equals(id).delete();
    }
  }

  /**
   * What the dashboard of a stored scenario needs, from its header and the small digest records, without
   * reading its posts and people; undefined when absent or deleted, null when its digests are missing
   * (stored before they existed: `writeDigests` adds them once the whole scenario has been read).
   */
  digest(id: string): Promise<ScenarioDigest | null | undefined> {
    return this.digests.read(id, this.tables);
  }

  /** Writes every digest of a stored scenario read whole at `revision`; nothing when it has changed since. */
  writeDigests(s: Scenario, revision: number): Promise<void> {
    return this.digests.rewrite(s, revision);
  }

  /** Number of people stored for a scenario (without parsing them). */
  async employeeCount(id: string): Promise<number> {
    const blocks = await this.db.employeeBlocks.where('scenarioId').equals(id).toArray();
    return blocks.reduce((sum, b) => sum + b.count, 0);
  }

  /**
   * Deletes a scenario so that `restore` can bring it back: hidden from the list and from `load`,
   * its data still stored until `purgeDeleted`.
   */
  async trash(id: string): Promise<void> {
    await this.db.scenarios.update(id, { deletedAt: new Date().toISOString() });
  }

  /** Brings back a scenario deleted with `trash`; false when it is no longer there to restore. */
  async restore(id: string): Promise<boolean> {
    return this.db.transaction('rw', this.db.scenarios, async () => {
      const record = await this.db.scenarios.get(id);
      if (!record?.deletedAt) return false;
      const { deletedAt: _gone, ...rest } = record;
      await this.db.scenarios.put(rest);
      return true;
    });
  }

  /** Ids of the scenarios deleted with `trash` and not yet purged. */
  async deletedIds(): Promise<string[]> {
    return (await this.db.scenarios.filter((r) => !!r.deletedAt).primaryKeys()) as string[];
  }

  /** Removes for good every scenario deleted with `trash` except `keep`; returns how many. */
  async purgeDeleted(keep: string | null = null): Promise<number> {
    const ids = (await this.db.scenarios.filter((r) => !!r.deletedAt && r.id !== keep).primaryKeys()) as string[];
    for (const id of ids) await this.delete(id);
    return ids.length;
  }

  /** Reads the stored summary and checks the revision the write is based on. */
  private async current(id: string, expectedRevision?: number): Promise<ScenarioRecord> {
    const previous = await this.db.scenarios.get(id);
    if (!previous) throw new Error(`scenario ${id} is not stored`);
    if (expectedRevision !== undefined && previous.revision !== expectedRevision) throw new ConflictError(previous.revision);
    return previous;
  }

  /** The stored header without its posts. */
  private async headerRest(id: string): Promise<Omit<ScenarioHeader, 'posts'>> {
    const record = await this.db.headers.get(id);
    if (!record) throw new Error(`scenario ${id} has no stored header`);
    return JSON.parse(record.json) as Omit<ScenarioHeader, 'posts'>;
  }

  /**
   * Replaces the header (meta, settings, units, posts, events, plans) of a stored scenario; only the
   * blocks of posts that changed since this repository read or wrote them are rewritten. With
   * `expectedRevision`, refuses (ConflictError) when the stored scenario has changed since.
   */
  async saveHeader(header: ScenarioHeader, expectedRevision?: number): Promise<number> {
    const id = header.meta.id;
    const seen = this.postsSeen.get(id);
    const whole = !seen || header.posts.length < seen.length;
    const posts = await toBlocks(id, header.posts, whole ? undefined : seen);
    const digests = await digestsOf(id, header.posts, groupsOfBlocks(posts.map((b) => b.block)), postDigestOf);
    const revision = await this.db.transaction('rw', this.db.scenarios, this.db.headers, this.db.postBlocks, this.db.postDigests, async () => {
      const revision = (await this.current(id, expectedRevision)).revision + 1;
      await this.db.scenarios.put(summaryOf(header, revision));
      await this.db.headers.put(headerRecordOf(header));
      if (whole) for (const table of [this.db.postBlocks, this.db.postDigests]) await table.where('scenarioId').equals(id).delete();
      await writeBlocks(this.db.postBlocks, posts);
      await this.digests.write({ posts: digests, people: [] });
      return revision;
    });
    this.postsSeen.set(id, header.posts);
    return revision;
  }

  /** Gives a stored scenario another name (neither posts nor people are read). */
  async rename(id: string, name: string, updatedAt: string): Promise<number> {
    return this.db.transaction('rw', this.db.scenarios, this.db.headers, async () => {
      const previous = await this.current(id);
      const rest = await this.headerRest(id);
      const meta = { ...rest.meta, name, updatedAt };
      await this.db.headers.put({ id, json: JSON.stringify({ ...rest, meta }) });
      await this.db.scenarios.put({ ...previous, name, updatedAt, revision: previous.revision + 1 });
      return previous.revision + 1;
    });
  }

  /**
   * Writes one employee (changed, or added at the end with `seq` = the number of people) of a stored
   * scenario by rewriting the one block that holds them, and bumps its revision.
   */
  async saveEmployee(scenarioId: string, employee: Employee, seq: number, updatedAt: string, expectedRevision?: number): Promise<number> {
    return this.db.transaction('rw', this.db.scenarios, this.db.headers, this.db.employeeBlocks, this.db.employeeDigests, async () => {
      const previous = await this.current(scenarioId, expectedRevision);
      const block = Math.floor(seq / BLOCK_SIZE);
      const stored = await this.db.employeeBlocks.get([scenarioId, block]);
      const people = stored ? (JSON.parse(stored.json) as Employee[]) : [];
      const at = seq % BLOCK_SIZE;
      if (at > people.length) throw new Error(`employee position ${seq} is past the end of scenario ${scenarioId}`);
      people[at] = employee;
      await this.db.employeeBlocks.put({ scenarioId, block, count: people.length, json: JSON.stringify(people) });
      await this.digests.updatePerson(scenarioId, seq, employee);
      const rest = await this.headerRest(scenarioId);
      await this.db.headers.put({ id: scenarioId, json: JSON.stringify({ ...rest, meta: { ...rest.meta, updatedAt } }) });
      await this.db.scenarios.put({ ...previous, updatedAt, revision: previous.revision + 1 });
      return previous.revision + 1;
    });
  }

  /** Ids of the anonymised copies whose key is kept on this device, and of the scenarios they were made from. */
  async anonymisedIds(): Promise<{ anonymisedId: string; originalId: string }[]> {
    const ordered = this.db.anonymisationKeys.orderBy('originalId');
    const [originals, copies] = await Promise.all([ordered.keys(), ordered.primaryKeys()]);
    return copies.map((anonymisedId, i) => ({ anonymisedId, originalId: String(originals[i]) }));
  }

  /** Calls `onRevision` with the stored revision of a scenario whenever it changes, in any tab. */
  watch(id: string, onRevision: (revision: number) => void): () => void {
    const subscription = liveQuery(() => this.db.scenarios.get(id)).subscribe({
      next: (record) => {
        if (record) onRevision(record.revision);
      },
      error: () => undefined,
    });
    return () => subscription.unsubscribe();
  }

  async delete(id: string): Promise<void> {
    await this.db.transaction('rw', this.tables, async () => {
      await this.deleteBlocks(id);
      await this.db.headers.delete(id);
      await this.db.scenarios.delete(id);
    });
    this.postsSeen.delete(id);
  }
}
