/**
 * The worker's access to the stored scenarios: the database, opened on first use (the balance, all a
 * first visit needs, does without it), and the scenario last read whole, kept per revision so that
 * the calls on one scenario (plan, simulation, why-not...) read it once.
 */
import type { Scenario } from '../core/scenario/schema';
import type { SeimbangDb } from '../storage/db';
import type { AnonymisationKeyRepository } from '../storage/keys';
import type { ScenarioRepository } from '../storage/scenarios';

interface Stored { id: string; revision: number; scenario: Scenario; hash: string | null }

export class StoredScenarios {
  private repository: ScenarioRepository | null = null;
  private database: SeimbangDb | null = null;
  private cached: Stored | null = null;
  /** A read of the stored scenario under way, so that calls arriving meanwhile share it. */
  private reading: { id: string; revision: number; done: Promise<Stored> } | null = null;

  /** `openDb` opens the database (the app's own by default; tests pass theirs). */
  constructor(private readonly openDb?: () => SeimbangDb) {}

  async repo(): Promise<ScenarioRepository> {
    if (!this.repository) {
      const [{ SeimbangDb }, { ScenarioRepository }] = await Promise.all([import('../storage/db'), import('../storage/scenarios')]);
      this.database = this.openDb ? this.openDb() : new SeimbangDb();
      this.repository = new ScenarioRepository(this.database);
    }
    return this.repository;
  }

  /** Keys of anonymised copies made on this device. */
  async keys(): Promise<AnonymisationKeyRepository> {
    await this.repo();
    const { AnonymisationKeyRepository } = await import('../storage/keys');
    return new AnonymisationKeyRepository(this.database!);
  }

  /** The stored scenario, read once per revision. */
  async scenario(id: string): Promise<{ scenario: Scenario; hash: string | null }> {
    const repository = await this.repo();
    const revision = await repository.revision(id);
    const cached = this.cached;
    if (cached && cached.id === id && cached.revision === revision) return cached;
    if (this.reading?.id === id && this.reading.revision === revision) return this.reading.done;
    const done = repository.load(id).then((loaded): Stored => {
      if (!loaded) throw new Error(`scenario ${id} is not stored`);
      const stored: Stored = { id, revision: loaded.revision, scenario: loaded.scenario, hash: null };
      this.cached = stored;
      return stored;
    }).finally(() => {
      if (this.reading?.done === done) this.reading = null;
    });
    this.reading = { id, revision, done };
    return done;
  }

  /** The stored scenario and its planning hash, computed once per revision and only for the calls that report it. */
  async hashed(id: string): Promise<{ scenario: Scenario; hash: string }> {
    const entry = await this.scenario(id);
    if (entry.hash === null) {
      const { planningContentHash } = await import('../storage/hash');
      entry.hash = await planningContentHash(entry.scenario);
    }
    return { scenario: entry.scenario, hash: entry.hash };
  }

  /** The scenario kept here when it is the stored revision `revision` of `id`, else null (nothing is read). */
  kept(id: string, revision: number): Scenario | null {
    return this.cached?.id === id && this.cached.revision === revision ? this.cached.scenario : null;
  }
}
