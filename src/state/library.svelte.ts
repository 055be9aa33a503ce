/**
 * The scenario library: create from the sample, rename, branch (keeping the lineage), delete with
 * undo, export as a file (plain or anonymised), and the browser's storage use. Whole scenarios are
 * copied, exported and purged by the worker; the page only writes headers.
 */
import type { Scenario } from '../core/scenario/schema';
import { isQuotaError, storageUsage, type StorageUsage } from '../storage/quota';
import type { ScenarioRepository } from '../storage/scenarios';
import type { ExportProgress } from '../storage/file';
import type { AnonymisedExport, KeyView } from '../storage/share';
import type { ScenarioComparison } from '../worker/api';
import type { Engine } from './engine';
import type { ScenarioState } from './scenario.svelte';

export class LibraryState {
  /** The last deleted scenario, which `undoDelete` brings back until the next deletion. */
  deleted = $state.raw<{ id: string; name: string } | null>(null);
  /** A message, or 'quota' when the browser's storage is full. */
  error = $state<string | null>(null);
  /** How much of the browser's storage the app uses; null where the browser does not say. */
  usage = $state.raw<StorageUsage | null>(null);

  constructor(
    private readonly repo: ScenarioRepository,
    private readonly scenario: ScenarioState,
    private readonly fetchSample: () => Promise<Scenario>,
    private readonly engine: Engine,
  ) {}

  /** Two stored scenarios side by side, computed in the worker. */
  async compare(idA: string, idB: string): Promise<ScenarioComparison> {
    await this.scenario.flushed();
    return this.engine.compareScenarios(idA, idB);
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.error = null;
    try {
      await action();
      await this.scenario.refreshList();
    } catch (error) {
      this.error = isQuotaError(error) ? 'quota' : (error as Error).message;
    }
    await this.refreshUsage();
  }

  async refreshUsage(): Promise<void> {
    this.usage = await storageUsage();
  }

  /** A fresh copy of the Nanggalo sample, opened. */
  createFromSample(): Promise<void> {
    return this.run(async () => {
      const sample = await this.fetchSample();
      const now = new Date().toISOString();
      const id = await this.repo.freeId(sample.meta.id);
      await this.repo.save({ ...sample, meta: { ...sample.meta, id, createdAt: now, updatedAt: now } });
      await this.scenario.openScenario(id);
    });
  }

  rename(id: string, name: string): Promise<void> {
    return this.run(async () => {
      const trimmed = name.trim();
      if (!trimmed) return;
      await this.scenario.flushed();
      await this.repo.rename(id, trimmed, new Date().toISOString());
      if (this.scenario.scenario?.meta.id === id) await this.scenario.openScenario(id);
    });
  }

  /** A copy that remembers where it came from ("branched from X"), made by the worker and opened. */
  branch(id: string, name: string): Promise<void> {
    return this.run(async () => {
      await this.scenario.flushed();
      const newId = await this.engine.branchScenario(id, name);
      await this.scenario.openScenario(newId);
    });
  }

  /**
   * Deletes a scenario; `undoDelete` brings it back until the next deletion. The scenario deleted
   * before it is then removed for good (by the worker: its people may be many).
   */
  remove(id: string): Promise<void> {
    return this.run(async () => {
      await this.scenario.flushed();
      const name = this.scenario.stored.find((s) => s.id === id)?.name ?? id;
      await this.repo.trash(id);
      this.deleted = { id, name };
      void this.engine.purgeDeleted(id).catch(() => undefined); // what is left is purged on a later visit
      if (this.scenario.scenario?.meta.id === id) {
        const next = (await this.repo.list())[0];
        if (next) await this.scenario.openScenario(next.id);
        else await this.createFromSample();
      }
    });
  }

  undoDelete(): Promise<void> {
    return this.run(async () => {
      const d = this.deleted;
      if (!d) return;
      this.deleted = null;
      await this.repo.restore(d.id);
    });
  }

  /** The scenario as a file in the scenario format, with its content hash; gzipped when asked. */
  async exportFile(id: string, gzip: boolean, onProgress?: (p: ExportProgress) => void): Promise<Blob | null> {
    await this.scenario.flushed();
    return this.engine.exportScenarioFile(id, gzip, onProgress);
  }

  /** The scenario anonymised as a file; the key to re-identify it stays in this browser. */
  async exportAnonymised(id: string, gzip: boolean, onProgress?: (p: ExportProgress) => void): Promise<AnonymisedExport | null> {
    await this.scenario.flushed();
    this.error = null;
    try {
      return await this.engine.exportAnonymisedFile(id, gzip, onProgress);
    } catch (error) {
      this.error = isQuotaError(error) ? 'quota' : (error as Error).message;
      return null;
    }
  }

  /** Anonymised copies whose key is kept here, and the scenarios they were made from. */
  keyIds(): Promise<{ anonymisedId: string; originalId: string }[]> {
    return this.repo.anonymisedIds();
  }

  /** The key of a stored anonymised copy made here (people and re-identified plans); null without one. */
  keyOf(id: string, limit = 50): Promise<KeyView | null> {
    return this.engine.anonymisationKey(id, limit);
  }
}
