/**
 * Reading a stored scenario into the page's state: its people a chunk at a time (in the engine's
 * thread when it can), and a large agency first previewed from its digest, its dashboard drawn
 * before its people are read.
 */
import type { BalanceReport } from '../core/balance';
import { pause, slicer } from '../storage/blocks';
import type { ScenarioHeader } from '../storage/db';
import type { ScenarioDigest } from '../storage/digest';
import { People } from '../storage/people';
import type { BlockSource, ScenarioRepository } from '../storage/scenarios';
import type { Engine } from './engine';
import { mark, retiresSoon } from './opening';

/** A stored agency at least this large is first shown from its digest while its people are read. */
export const PREVIEW_FROM = 20_000;

/** What is known of a large scenario being opened before its people are read: enough for the dashboard. */
export interface ScenarioPreview {
  header: ScenarioDigest['header'];
  people: number;
  /** Number of people whose retirement takes effect within three years. */
  retiring: number;
}

/** No people: what is shown while none are open. */
export const NOBODY = People.of([]);

/** A stored scenario as read, with the preview's balance report when nothing changed in between. */
export interface Opened {
  header: ScenarioHeader;
  people: People;
  revision: number;
  report?: BalanceReport;
}

/** The state that a reading shows as it goes (the open scenario's, see scenario.svelte.ts). */
export interface ReadingView {
  scenario: ScenarioHeader | null;
  people: People;
  report: BalanceReport | null;
  preview: ScenarioPreview | null;
  loadingPeople: number | null;
}

export class ScenarioReader {
  constructor(
    private readonly repo: ScenarioRepository,
    private readonly engine: Engine,
    private readonly view: ReadingView,
    /** Number of people from which a stored scenario is previewed while it is read. */
    private readonly previewFrom = PREVIEW_FROM,
  ) {}

  /** The engine's thread reads the blocks of people when it can (see `ScenarioRepository.open`). */
  get blockSource(): BlockSource | undefined {
    const engine = this.engine;
    return engine.peopleBlocks ? (id, revision, onProgress) => engine.peopleBlocks!(id, revision, onProgress) : undefined;
  }

  /**
   * Reads a stored scenario a chunk of employees at a time, so that opening a large agency never
   * holds the page for long; `loadingPeople` follows the progress. A large agency is first previewed
   * from its digest: its balance report is computed and its dashboard drawn before its people are
   * read, and the report is given back with the scenario when nothing changed in between. With
   * `replace`, the preview replaces the scenario open until then (else it shows only when none is).
   * The preview stays until the scenario read is adopted, or the reading fails.
   */
  async read(id: string, replace = false): Promise<Opened | undefined> {
    await pause(); // apart from the task that asked (on a visit, the app's first drawing)
    mark('seimbang:load-start');
    this.view.loadingPeople = 0;
    try {
      const digest = await this.repo.digest(id).catch(() => null);
      mark('seimbang:digest-read');
      if (digest === undefined) return undefined;
      // The people are read once the digest's dashboard is computed: neither slows the other down.
      const report = digest && digest.people >= this.previewFrom ? await this.previewOf(digest, replace) : null;
      const known = digest ? { revision: digest.revision, columns: digest.columns } : undefined;
      const loaded = await this.repo.open(id, (done) => (this.view.loadingPeople = done), known, this.blockSource);
      if (loaded && digest === null) {
        // Stored before digests existed: they are written once, from the whole scenario.
        const { header, people, revision } = loaded;
        void people.allSliced(slicer()).then((employees) => this.repo.writeDigests({ ...header, employees }, revision)).catch(() => undefined);
      }
      if (!loaded) this.view.preview = null;
      if (!loaded || digest?.revision !== loaded.revision) return loaded;
      // The same stored header as the preview's: keeping its units keeps the dashboard as drawn.
      const header = { ...loaded.header, units: digest.header.units };
      return report ? { ...loaded, header, report } : { ...loaded, header };
    } catch (error) {
      this.view.preview = null;
      throw error;
    } finally {
      this.view.loadingPeople = null;
      mark('seimbang:load-end');
    }
  }

  /**
   * Shows the dashboard of a scenario being opened from its digest (when no other scenario is open,
   * or in its place with `replace`) and gives its balance report.
   */
  private async previewOf(digest: ScenarioDigest, replace: boolean): Promise<BalanceReport | null> {
    await pause(); // the digest's last slice and the preview's first drawing are separate tasks
    const { header, people, retires } = digest;
    const shown = this.view.scenario === null || replace;
    if (shown) {
      this.view.scenario = null;
      this.view.people = NOBODY;
      this.view.report = null;
      this.view.preview = { header, people, retiring: retires.filter(retiresSoon(header.meta.asOf)).length };
    }
    try {
      await pause(); // building the digest and packing it for the worker are separate tasks
      const report = await this.engine.analyse(digest.input);
      await pause(); // the worker's answer is copied into the page in one task and drawn in the next
      if (shown && this.view.preview?.header === header) {
        this.view.report = report;
        mark('seimbang:load-usable');
      }
      return report;
    } catch {
      return null; // computed again once the people are read
    }
  }
}
