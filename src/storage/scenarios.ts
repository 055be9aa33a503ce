/**
 * Repository of scenarios over the Dexie database: whole-scenario reads and writes, and the small
 * writes that user edits make (the header, or one employee).
 */
import { liveQuery } from 'dexie';
import type { Employee, Scenario } from '../core/scenario/schema';
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

export class ScenarioRepository {
  constructor(private readonly db: SeimbangDb) {}

  async list(): Promise<ScenarioSummary[]> {
    const rows = await this.db.scenarios.orderBy('updatedAt').reverse().toArray();
    return rows.map((r) => ({
      id: r.id, name: r.name, updatedAt: r.updatedAt, createdAt: r.header.meta.createdAt, fictional: r.header.meta.fictional,
      revision: r.revision, parentId: r.header.meta.parentId,
    }));
  }

  /** Current revision of a stored scenario (0 when absent); cheap, for caches. */
  async revision(id: string): Promise<number> {
    return (await this.db.scenarios.get(id))?.revision ?? 0;
  }

  /** An id not yet stored: `base`, else `base-2`, `base-3`, ... */
  async freeId(base: string): Promise<string> {
    let id = base;
    for (let n = 2; (await this.revision(id)) > 0; n++) id = `${base}-${n}`;
    return id;
  }

  async count(): Promise<number> {
    return this.db.scenarios.count();
  }

  /** Writes a whole scenario, replacing any stored one with the same id, in one transaction; returns its revision. */
  async save(s: Scenario): Promise<number> {
    const id = s.meta.id;
    return this.db.transaction('rw', this.db.scenarios, this.db.employees, async () => {
      const previous = await this.db.scenarios.get(id);
      const revision = (previous?.revision ?? 0) + 1;
      await this.db.employees.where('scenarioId').equals(id).delete();
      await this.db.scenarios.put({ id, name: s.meta.name, updatedAt: s.meta.updatedAt, revision, header: splitScenario(s) });
      await this.db.employees.bulkAdd(s.employees.map((employee, seq) => ({ scenarioId: id, nip: employee.nip, seq, employee })));
      return revision;
    });
  }

  /** Reads a whole scenario with its employees in their stored order; undefined when absent. */
  async load(id: string): Promise<{ scenario: Scenario; revision: number } | undefined> {
    return this.db.transaction('r', this.db.scenarios, this.db.employees, async () => {
      const record = await this.db.scenarios.get(id);
      if (!record) return undefined;
      const rows = await this.db.employees.where('scenarioId').equals(id).toArray();
      rows.sort((a, b) => a.seq - b.seq);
      return { scenario: { ...record.header, employees: rows.map((r) => r.employee) }, revision: record.revision };
    });
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

  /** Writes one employee (added or changed) of a stored scenario and bumps its revision. */
  async saveEmployee(scenarioId: string, employee: Employee, seq: number, updatedAt: string, expectedRevision?: number): Promise<number> {
    return this.db.transaction('rw', this.db.scenarios, this.db.employees, async () => {
      const previous = await this.db.scenarios.get(scenarioId);
      if (!previous) throw new Error(`scenario ${scenarioId} is not stored`);
      if (expectedRevision !== undefined && previous.revision !== expectedRevision) throw new ConflictError(previous.revision);
      const revision = previous.revision + 1;
      await this.db.employees.put({ scenarioId, nip: employee.nip, seq, employee });
      const header = { ...previous.header, meta: { ...previous.header.meta, updatedAt } };
      await this.db.scenarios.put({ ...previous, updatedAt, revision, header });
      return revision;
    });
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
    await this.db.transaction('rw', this.db.scenarios, this.db.employees, async () => {
      await this.db.employees.where('scenarioId').equals(id).delete();
      await this.db.scenarios.delete(id);
    });
  }
}
