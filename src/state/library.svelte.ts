/**
 * The scenario library: create from the sample, rename, branch (keeping the lineage), delete with
 * undo, and export as a file. Every change is written to the database at once.
 */
import type { Scenario } from '../core/scenario/schema';
import type { ScenarioRepository } from '../storage/scenarios';
import type { ScenarioComparison } from '../worker/api';
import type { Engine } from './engine';
import type { ScenarioState } from './scenario.svelte';

export class LibraryState {
  /** The last deleted scenario, kept in memory so that the deletion can be undone. */
  deleted = $state.raw<Scenario | null>(null);
  error = $state<string | null>(null);

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
      this.error = (error as Error).message;
    }
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
      const stored = await this.repo.load(id);
      const trimmed = name.trim();
      if (!stored || !trimmed) return;
      const { employees: _people, ...header } = stored.scenario;
      await this.repo.saveHeader({ ...header, meta: { ...header.meta, name: trimmed, updatedAt: new Date().toISOString() } });
      if (this.scenario.scenario?.meta.id === id) await this.scenario.openScenario(id);
    });
  }

  /** A copy that remembers where it came from ("branched from X"), opened. */
  branch(id: string, name: string): Promise<void> {
    return this.run(async () => {
      await this.scenario.flushed();
      const stored = await this.repo.load(id);
      if (!stored) return;
      const now = new Date().toISOString();
      const newId = await this.repo.freeId(`${id}-cabang`);
      await this.repo.save({ ...stored.scenario, meta: { ...stored.scenario.meta, id: newId, name, parentId: id, createdAt: now, updatedAt: now } });
      await this.scenario.openScenario(newId);
    });
  }

  /** Deletes a scenario; it can be brought back with `undoDelete` until the next deletion. */
  remove(id: string): Promise<void> {
    return this.run(async () => {
      await this.scenario.flushed();
      const stored = await this.repo.load(id);
      if (!stored) return;
      await this.repo.delete(id);
      this.deleted = stored.scenario;
      if (this.scenario.scenario?.meta.id === id) {
        const next = (await this.repo.list())[0];
        if (next) await this.scenario.openScenario(next.id);
        else await this.createFromSample();
      }
    });
  }

  undoDelete(): Promise<void> {
    return this.run(async () => {
      const s = this.deleted;
      if (!s) return;
      const id = await this.repo.freeId(s.meta.id);
      await this.repo.save({ ...s, meta: { ...s.meta, id } });
      this.deleted = null;
    });
  }

  /** The scenario as a file in the scenario format, with its content hash; gzipped when asked. */
  async exportFile(id: string, gzip: boolean): Promise<Blob | null> {
    await this.scenario.flushed();
    const stored = await this.repo.load(id);
    if (!stored) return null;
    const { scenarioFileText, gzipText } = await import('../storage/file');
    const text = await scenarioFileText(stored.scenario);
    return gzip ? gzipText(text) : new Blob([text], { type: 'application/json' });
  }
}
