/**
 * Repository of scenarios over the Dexie database: whole-scenario reads and writes, and the small
 * writes that user edits make (the header, or one employee). People are stored in blocks (see
 * blocks.ts), written and read a few blocks per request and encoded or parsed in time slices, so
 * the thread doing it (the worker, or the page) is never held for the whole agency at once.
 */
import Dexie, { liveQuery } from 'dexie';
import type { Employee, Scenario } from '../core/scenario/schema';
import { BLOCK_SIZE, fromBlocks, toBlocks, type EmployeeBlockRecord } from './blocks';
import type { ScenarioHeader, SeimbangDb } from './db';

export interface ScenarioSummary {
  id: string;
  name: string;
  updatedAt: string;
  createdAt: string;
  fictional: boolean;
  revision: number;
  parentId: string | null;
}

function splitScenario(s: Scenario): ScenarioHeader {
  const { employees: _people, ...header } = s;
  return header;
}

/** A write refused because another tab (or window) changed the scenario since it was read. */
export class ConflictError extends Error {
  constructor(readonly storedRevision: number) {
    super('another tab changed this scenario since it was opened; the change was not saved');
    this.name = 'ConflictError';
  }
}

/** Blocks of employees per database request when a whole scenario is written or read. */
const BLOCKS_PER_REQUEST = 8;

export class ScenarioRepository {
  constructor(private readonly db: SeimbangDb) {}

  async list(): Promise<ScenarioSummary[]> {
    const rows = await this.db.scenarios.orderBy('updatedAt').reverse().filter((r) => !r.deletedAt).toArray();
    return rows.map((r) => ({
      id: r.id, name: r.name, updatedAt: r.updatedAt, createdAt: r.header.meta.createdAt, fictional: r.header.meta.fictional,
      revision: r.revision, parentId: r.header.meta.parentId,
    }));
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

  /**
   * Writes a whole scenario, replacing any stored one with the same id, in one transaction (all or
   * nothing: a failure, such as a full quota, leaves what was stored before); returns its revision.
   * The people are encoded in time slices before the transaction; `onProgress` hears the people written.
   */
  async save(s: Scenario, onProgress?: (done: number, total: number) => void): Promise<number> {
    const id = s.meta.id;
    const blocks = await toBlocks(id, s.employees);
    return this.db.transaction('rw', this.db.scenarios, this.db.employeeBlocks, async () => {
      const previous = await this.db.scenarios.get(id);
      const revision = (previous?.revision ?? 0) + 1;
      if (previous) await this.db.employeeBlocks.where('scenarioId').equals(id).delete();
      await this.db.scenarios.put({ id, name: s.meta.name, updatedAt: s.meta.updatedAt, revision, header: splitScenario(s) });
      for (let from = 0; from < blocks.length; from += BLOCKS_PER_REQUEST) {
        await this.db.employeeBlocks.bulkAdd(blocks.slice(from, from + BLOCKS_PER_REQUEST));
        onProgress?.(Math.min(s.employees.length, (from + BLOCKS_PER_REQUEST) * BLOCK_SIZE), s.employees.length);
      }
      return revision;
    });
  }

  /**
   * Reads a whole scenario with its employees in their stored order; undefined when absent or
   * deleted. The blocks are read a few per request in one transaction (so the revision and the
   * people agree), then parsed in time slices; `onProgress` hears the people read so far.
   */
  async load(id: string, onProgress?: (done: number) => void): Promise<{ scenario: Scenario; revision: number } | undefined> {
    const read = await this.db.transaction('r', this.db.scenarios, this.db.employeeBlocks, async () => {
      const record = await this.db.scenarios.get(id);
      if (!record || record.deletedAt) return undefined;
      const blocks: EmployeeBlockRecord[] = [];
      for (;;) {
        const next = blocks.length;
        const rows = await this.db.employeeBlocks.where('[scenarioId+block]').between([id, next], [id, Dexie.maxKey], true, true)
          .limit(BLOCKS_PER_REQUEST).toArray();
        blocks.push(...rows);
        if (rows.length < BLOCKS_PER_REQUEST) break;
      }
      return { record, blocks };
    });
    if (!read) return undefined;
    const employees = await fromBlocks(read.blocks, onProgress);
    return { scenario: { ...read.record.header, employees }, revision: read.record.revision };
  }

  /** Number of people stored for a scenario (without reading them). */
  async employeeCount(id: string): Promise<number> {
    const blocks = await this.db.employeeBlocks.where('scenarioId').equals(id).toArray();
    return blocks.reduce((sum, b) => sum + b.count, 0);
  }

  /**
   * Deletes a scenario so that `restore` can bring it back: hidden from the list and from `load`,
   * its people still stored until `purgeDeleted`.
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

  /** Removes for good every scenario deleted with `trash` except `keep`; returns how many. */
  async purgeDeleted(keep: string | null = null): Promise<number> {
    const ids = (await this.db.scenarios.filter((r) => !!r.deletedAt && r.id !== keep).primaryKeys()) as string[];
    for (const id of ids) await this.delete(id);
    return ids.length;
  }

  /**
   * Replaces the header (meta, settings, units, posts, events, plans) of a stored scenario. With
   * `expectedRevision`, refuses (ConflictError) when the stored scenario has changed since.
   */
  async saveHeader(header: ScenarioHeader, expectedRevision?: number): Promise<number> {
    const id = header.meta.id;
    return this.db.transaction('rw', this.db.scenarios, async () => {
      const previous = await this.db.scenarios.get(id);
      if (!previous) throw new Error(`scenario ${id} is not stored`);
      if (expectedRevision !== undefined && previous.revision !== expectedRevision) throw new ConflictError(previous.revision);
      const revision = previous.revision + 1;
      await this.db.scenarios.put({ id, name: header.meta.name, updatedAt: header.meta.updatedAt, revision, header });
      return revision;
    });
  }

  /** Gives a stored scenario another name (its header only; the people are not read). */
  async rename(id: string, name: string, updatedAt: string): Promise<number> {
    return this.db.transaction('rw', this.db.scenarios, async () => {
      const previous = await this.db.scenarios.get(id);
      if (!previous) throw new Error(`scenario ${id} is not stored`);
      const revision = previous.revision + 1;
      const header = { ...previous.header, meta: { ...previous.header.meta, name, updatedAt } };
      await this.db.scenarios.put({ ...previous, name, updatedAt, revision, header });
      return revision;
    });
  }

  /**
   * Writes one employee (changed, or added at the end with `seq` = the number of people) of a stored
   * scenario by rewriting the one block that holds them, and bumps its revision.
   */
  async saveEmployee(scenarioId: string, employee: Employee, seq: number, updatedAt: string, expectedRevision?: number): Promise<number> {
    return this.db.transaction('rw', this.db.scenarios, this.db.employeeBlocks, async () => {
      const previous = await this.db.scenarios.get(scenarioId);
      if (!previous) throw new Error(`scenario ${scenarioId} is not stored`);
      if (expectedRevision !== undefined && previous.revision !== expectedRevision) throw new ConflictError(previous.revision);
      const revision = previous.revision + 1;
      const block = Math.floor(seq / BLOCK_SIZE);
      const stored = await this.db.employeeBlocks.get([scenarioId, block]);
      const people = stored ? (JSON.parse(stored.json) as Employee[]) : [];
      const at = seq % BLOCK_SIZE;
      if (at > people.length) throw new Error(`employee position ${seq} is past the end of scenario ${scenarioId}`);
      people[at] = employee;
      await this.db.employeeBlocks.put({ scenarioId, block, count: people.length, json: JSON.stringify(people) });
      const header = { ...previous.header, meta: { ...previous.header.meta, updatedAt } };
      await this.db.scenarios.put({ ...previous, updatedAt, revision, header });
      return revision;
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
    await this.db.transaction('rw', this.db.scenarios, this.db.employeeBlocks, async () => {
      await this.db.employeeBlocks.where('scenarioId').equals(id).delete();
      await this.db.scenarios.delete(id);
    });
  }
}
