/**
 * The open scenario: its data, its balance report computed by the worker, and the edits the user
 * makes. Every edit updates the screen at once, is recomputed off the main thread, and is saved.
 */
import { type BalanceReport, type BalanceRow, type UnitBalanceRow } from '../core/balance';
import type { Employee, Post, Scenario, Task, Unit } from '../core/scenario/schema';
import { pause } from '../storage/blocks';
import type { ScenarioHeader } from '../storage/db';
import { People } from '../storage/people';
import { type ScenarioRepository, type ScenarioSummary } from '../storage/scenarios';
import type { ImportResponse } from '../worker/api';
import { balanceInputOf } from './balance-input';
import type { Engine } from './engine';
import { mark, readLastOpen, retiresSoon, writeLastOpen } from './opening';
import { NOBODY, PREVIEW_FROM, ScenarioReader, type ScenarioPreview } from './reading';
import { SaveQueue, type Write } from './saving.svelte';

export type LoadStatus = 'loading' | 'ready' | 'error';

export class ScenarioState {
  /** The open scenario but its people (see `people`). */
  scenario = $state.raw<ScenarioHeader | null>(null);
  /** The people of the open scenario (none when none is open). */
  people = $state.raw<People>(NOBODY);
  report = $state.raw<BalanceReport | null>(null);
  status = $state<LoadStatus>('loading');
  error = $state<string | null>(null);
  /** Employees read so far while a scenario is being opened; null when nothing is being read. */
  loadingPeople = $state<number | null>(null);
  /** A large scenario being opened, shown on the dashboard while its people are read; null otherwise. */
  preview = $state.raw<ScenarioPreview | null>(null);
  /** The header of what the dashboard shows: the open scenario, or the one being opened. */
  shown = $derived(this.scenario ?? this.preview?.header ?? null);

  unitById = $derived(new Map<string, Unit>((this.scenario?.units ?? []).map((u) => [u.id, u])));
  postById = $derived(new Map<string, Post>((this.scenario?.posts ?? []).map((p) => [p.id, p])));
  postRowById = $derived(new Map<string, BalanceRow>((this.report?.posts ?? []).map((r) => [r.id, r])));
  unitRowById = $derived(new Map<string, UnitBalanceRow>((this.report?.units ?? []).map((r) => [r.id, r])));
  /** Positions of the people whose retirement takes effect within three years of the scenario's reference date. */
  retiringSoon = $derived.by(() => {
    const s = this.scenario;
    const people = this.people;
    if (!s) return [] as number[];
    const soon = retiresSoon(s.meta.asOf);
    const out: number[] = [];
    for (let i = 0; i < people.count; i++) if (soon(people.retires(i))) out.push(i);
    return out;
  });
  /** How many retire within three years, known from the preview before the people are read. */
  retiringCount = $derived(this.scenario ? this.retiringSoon.length : (this.preview?.retiring ?? 0));

  private computeTicket = 0;
  /** Reads stored scenarios into this state (their preview first, for a large agency). */
  private readonly reader: ScenarioReader;

  constructor(
    private readonly repo: ScenarioRepository,
    private readonly engine: Engine,
    private readonly fetchSample: () => Promise<Scenario>,
    /** Number of people from which a stored scenario is previewed while it is read. */
    previewFrom = PREVIEW_FROM,
  ) {
    this.reader = new ScenarioReader(repo, engine, this, previewFrom);
  }

  /**
   * Opens the last scenario used, or the first stored one; seeds the sample on the first visit.
   * On a first visit the sample is fetched and validated while the database is being checked, and it
   * is shown as soon as it is valid while it is written to storage.
   */
  async open(): Promise<void> {
    this.status = 'loading';
    this.engine.warm?.(); // the worker loads while the sample is fetched or the stored scenario read
    try {
      const lastOpen = readLastOpen();
      let samplePromise: Promise<Scenario> | null = lastOpen ? null : this.loadSample();
      samplePromise?.catch(() => undefined); // awaited below only if needed
      let stored = lastOpen ? await this.reader.read(lastOpen) : undefined;
      if (!stored) {
        const list = await this.repo.list();
        if (list.length === 0) {
          const sample = await (samplePromise ?? (samplePromise = this.loadSample()));
          this.showWhole(sample);
          writeLastOpen(sample.meta.id);
          const saved = this.persist(() => this.repo.save(sample));
          await this.recompute();
          this.status = 'ready';
          await saved; // a failure shows as a save error; the sample stays on screen
          if (this.scenario) this.adopt(this.scenario, this.people, this.revision);
          mark('seimbang:sample-stored');
          return;
        }
        stored = await this.reader.read(list[0]!.id);
      }
      if (!stored) throw new Error('the scenario could not be read back from storage');
      await pause(); // the last block's parsing and the first drawing of the scenario are separate tasks
      this.adopt(stored.header, stored.people, stored.revision);
      writeLastOpen(stored.header.meta.id);
      if (stored.report) this.report = stored.report;
      else await this.recompute();
      this.status = 'ready';
      void this.purgeLeftovers();
    } catch (error) {
      this.error = (error as Error).message;
      this.status = 'error';
    }
  }

  /** Removes for good (in the worker) scenarios deleted in an earlier visit, if there are any. */
  private async purgeLeftovers(): Promise<void> {
    try {
      if ((await this.repo.deletedIds()).length > 0) await this.engine.purgeDeleted(null);
    } catch {
      // Left for the next visit.
    }
  }

  private async loadSample(): Promise<Scenario> {
    const sample = await this.fetchSample();
    mark('seimbang:sample-fetched');
    return sample;
  }

  /** Asks the worker for a fresh report; a late answer to an older request is dropped. */
  private async recompute(): Promise<void> {
    const s = this.scenario;
    if (!s) return;
    const ticket = ++this.computeTicket;
    const input = await balanceInputOf(s, this.people);
    if (ticket !== this.computeTicket) return;
    const report = await this.engine.analyse(input);
    if (ticket === this.computeTicket) this.report = report;
  }

  /** Shows a changed header (posts, events, plans...) at once and saves it. */
  private saveHeaderOf(next: ScenarioHeader): Promise<void> {
    this.scenario = next;
    return this.persist((revision) => this.repo.saveHeader(next, revision));
  }

  /** Shows a scenario given whole (its people as objects). */
  private showWhole(s: Scenario): void {
    const { employees, ...header } = s;
    this.scenario = header;
    this.people = People.of(employees);
  }

  private touch(s: ScenarioHeader): ScenarioHeader {
    return { ...s, meta: { ...s.meta, updatedAt: new Date().toISOString() } };
  }

  private readonly saves = new SaveQueue(() => this.reloadFromStore());
  /** Why the last write failed: 'conflict' (another tab), 'quota' (the browser's storage is full), or a message. */
  get saveError(): string | null {
    return this.saves.error;
  }
  /** Number of writes not yet confirmed by the database. */
  get pendingSaves(): number {
    return this.saves.pending;
  }
  private get revision(): number {
    return this.saves.revision;
  }
  private set revision(revision: number) {
    this.saves.revision = revision;
  }
  private persist(write: Write, nip: string | null = null): Promise<void> {
    return this.saves.run(write, nip);
  }

  /** Tries again the writes refused for a full storage (after the user made room); true when all are saved. */
  async retrySave(): Promise<boolean> {
    const s = this.scenario;
    if (!s) return true;
    const unsaved = this.saves.takeUnsaved();
    this.saves.error = null;
    const everyone = this.people;
    if (unsaved.header) void this.persist((revision) => this.repo.saveHeader(s, revision));
    for (const nip of unsaved.people) {
      const seq = everyone.indexOf(nip);
      if (seq >= 0) void this.persist((revision) => this.repo.saveEmployee(s.meta.id, everyone.at(seq), seq, s.meta.updatedAt, revision), nip);
    }
    await this.flushed();
    return this.saveError === null;
  }
  private unwatch: (() => void) | null = null;
  /** Counts the times another tab's change was loaded here (for a notice). */
  externalUpdates = $state(0);

  /** Shows a scenario and follows changes made to it in other tabs. */
  private adopt(scenario: ScenarioHeader, people: People, revision: number): void {
    this.scenario = scenario;
    this.people = people;
    this.preview = null;
    this.revision = revision;
    this.unwatch?.();
    this.unwatch = this.repo.watch(scenario.meta.id, (stored) => {
      if (stored > this.revision && this.pendingSaves === 0) {
        this.externalUpdates++;
        void this.reloadFromStore();
      }
    });
  }

  private async reloadFromStore(): Promise<void> {
    const id = this.scenario?.meta.id;
    if (!id) return;
    const loaded = await this.repo.open(id, undefined, undefined, this.reader.blockSource);
    if (!loaded || loaded.revision <= this.revision && this.saveError !== 'conflict') return;
    this.scenario = loaded.header;
    this.people = loaded.people;
    this.revision = loaded.revision;
    await this.recompute();
  }

  /** Summaries of every stored scenario, newest first (refreshed by `refreshList`). */
  stored = $state.raw<ScenarioSummary[]>([]);

  async refreshList(): Promise<void> {
    this.stored = await this.repo.list();
  }

  /** Opens a stored scenario by id. */
  async openScenario(id: string): Promise<void> {
    await this.flushed();
    const before = { scenario: this.scenario, people: this.people, report: this.report };
    const loaded = await this.reader.read(id, true);
    if (!loaded) {
      this.error = `scenario ${id} is not stored`;
      // A preview may have taken the place of the scenario open before: it comes back.
      if (!this.scenario) [this.scenario, this.people, this.report] = [before.scenario, before.people, before.report];
      return;
    }
    this.saves.forgetUnsaved();
    this.report = loaded.report ?? null; // the preview's, when it was drawn: the dashboard stays as it is
    this.externalUpdates = 0;
    await pause();
    this.adopt(loaded.header, loaded.people, loaded.revision);
    writeLastOpen(id);
    if (!loaded.report) await this.recompute();
    this.status = 'ready';
  }

  /** Imports a scenario file (validated and stored by the worker) and opens it when it is valid. */
  async importFile(file: Blob): Promise<ImportResponse> {
    const result = await this.engine.importScenarioFile(file);
    if (result.ok) {
      mark('seimbang:import-stored', result.storeMs); // the worker's write time, for measurements
      await this.openScenario(result.id);
      await this.refreshList();
    }
    return result;
  }

  /** Resolves once every write started so far has finished. */
  flushed(): Promise<void> {
    return this.saves.flushed();
  }

  /** Stores a plan in the scenario, replacing a saved plan with the same id. */
  async savePlan(plan: Scenario['plans'][number]): Promise<void> {
    const s = this.scenario;
    if (!s) return;
    await this.saveHeaderOf(this.touch({ ...s, plans: [plan, ...s.plans.filter((p) => p.id !== plan.id)] }));
  }

  /** Replaces the scenario's events (demand spikes, hires, ...). */
  async updateEvents(events: Scenario['events']): Promise<void> {
    const s = this.scenario;
    if (!s) return;
    await this.saveHeaderOf(this.touch({ ...s, events }));
  }

  /** Changes a task's yearly volume or norm time. */
  async updateTask(postId: string, taskId: string, patch: Partial<Pick<Task, 'volume' | 'normMinutes'>>): Promise<void> {
    const s = this.scenario;
    if (!s) return;
    const posts = s.posts.map((p) =>
      p.id !== postId ? p : { ...p, tasks: p.tasks.map((t) => (t.id === taskId ? { ...t, ...patch } : t)) },
    );
    const saved = this.saveHeaderOf(this.touch({ ...s, posts }));
    await Promise.all([this.recompute(), saved]);
  }

  /** Changes one employee's data (including the post held, which changes a unit's staff). */
  async updateEmployee(nip: string, patch: Partial<Employee>): Promise<void> {
    const s = this.scenario;
    if (!s) return;
    const seq = this.people.indexOf(nip);
    if (seq < 0) return;
    const updated: Employee = { ...this.people.at(seq), ...patch, nip };
    const next = this.touch(s);
    this.people = this.people.with(seq, updated);
    this.scenario = next;
    await Promise.all([this.recompute(), this.persist((revision) => this.repo.saveEmployee(s.meta.id, updated, seq, next.meta.updatedAt, revision), nip)]);
  }

  /** Places an employee in a post (or takes them out of any post with null), from the scenario's date. */
  async assign(nip: string, postId: string | null): Promise<void> {
    const s = this.scenario;
    const current = this.people.get(nip);
    if (!s || !current || current.postId === postId) return;
    await this.updateEmployee(nip, { postId, postSince: s.meta.asOf });
  }
}
