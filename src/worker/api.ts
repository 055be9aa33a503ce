/**
 * The engine's api: a thin facade over core, run in a Web Worker. Plain data in, plain data out.
 * Bulk data (whole scenarios) are read from the database here, in the worker, not sent by the page.
 */
import { analyseBalance, toBalanceInput, type BalanceInput, type BalanceReport } from '../core/balance';
import { transfer } from 'comlink';
import { packedBuffers, packReport, unpackInput, type PackedBalanceInput, type PackedBalanceReport } from '../core/balance-pack';
import type { FrontierPoint } from '../core/plan/frontier';
import type { PlanComparison } from '../core/plan/compare';
import type { WhyNotAnswer } from '../core/plan/whyNot';
import type { PlanOptions } from '../core/plan/plan';
import type { SameDrawsComparison } from '../core/simulate/sameDraws';
import type { SimulationOptions } from '../core/simulate/input';
import type { Scenario } from '../core/scenario/schema';
import type { ParseResult } from '../core/scenario/validate';
import type { SeimbangDb } from '../storage/db';
import type { ColumnMapping } from '../storage/spreadsheet/fields';
import type { RosterCheck, RosterImportResponse, RosterMode, RosterSheetInfo } from '../storage/spreadsheet/rosterImport';
import type { SheetTable } from '../storage/spreadsheet/table';
import type { ScenarioRepository } from '../storage/scenarios';
import type { ExportProgress } from '../storage/file';
import type { AnonymisedExport, KeyView } from '../storage/share';

export type * from './responses';
import type { ExpectedResponse, ImportResponse, MonteCarloResponse, PlanResponse, ScenarioComparison, ScenarioSide } from './responses';

/**
 * The api over a database (the app's own by default; tests pass theirs). The balance is all a first
 * visit needs: the database, the planner and the schema library load on first use.
 */
export function createEngineApi(openDb?: () => SeimbangDb) {
  let repository: ScenarioRepository | null = null;
  let database: SeimbangDb | null = null;

  async function repo(): Promise<ScenarioRepository> {
    if (!repository) {
      const [{ SeimbangDb }, { ScenarioRepository }] = await Promise.all([import('../storage/db'), import('../storage/scenarios')]);
      database = openDb ? openDb() : new SeimbangDb();
      repository = new ScenarioRepository(database);
    }
    return repository;
  }

  /** Keys of anonymised copies made on this device. */
  async function keys() {
    await repo();
    const { AnonymisationKeyRepository } = await import('../storage/keys');
    return new AnonymisationKeyRepository(database!);
  }
  interface Stored { id: string; revision: number; scenario: Scenario; hash: string | null }
  let cached: Stored | null = null;
  /** The roster spreadsheet read last, kept here so that its rows never cross to the page. */
  let roster: { table: SheetTable; fileName: string } | null = null;
  /** The scenario a roster is checked against, read once per revision (no content hash needed here). */
  let rosterBase: { id: string; revision: number; scenario: Scenario } | null = null;
  async function rosterScenario(id: string): Promise<{ revision: number; scenario: Scenario }> {
    const repository = await repo();
    const revision = await repository.revision(id);
    if (rosterBase?.id === id && rosterBase.revision === revision) return rosterBase;
    if (cached?.id === id && cached.revision === revision) rosterBase = { id, revision, scenario: cached.scenario };
    else {
      const loaded = await repository.load(id);
      if (!loaded) throw new Error(`scenario ${id} is not stored`);
      rosterBase = { id, revision: loaded.revision, scenario: loaded.scenario };
    }
    return rosterBase;
  }

  /** A read of the stored scenario under way, so that calls arriving meanwhile share it. */
  let reading: { id: string; revision: number; done: Promise<Stored> } | null = null;

  /** The stored scenario, read once per revision. */
  async function storedScenario(id: string): Promise<{ scenario: Scenario; hash: string | null }> {
    const repository = await repo();
    const revision = await repository.revision(id);
    if (cached && cached.id === id && cached.revision === revision) return cached;
    if (reading?.id === id && reading.revision === revision) return reading.done;
    const done = repository.load(id).then((loaded): Stored => {
      if (!loaded) throw new Error(`scenario ${id} is not stored`);
      const stored: Stored = { id, revision: loaded.revision, scenario: loaded.scenario, hash: null };
      cached = stored;
      return stored;
    }).finally(() => {
      if (reading?.done === done) reading = null;
    });
    reading = { id, revision, done };
    return done;
  }

  /** The stored scenario and its planning hash, computed once per revision and only for the calls that report it. */
  async function hashedScenario(id: string): Promise<{ scenario: Scenario; hash: string }> {
    const entry = await storedScenario(id);
    if (entry.hash === null) {
      const { planningContentHash } = await import('../storage/hash');
      entry.hash = await planningContentHash(entry.scenario);
    }
    return { scenario: entry.scenario, hash: entry.hash };
  }

  async function parseText(text: string): Promise<ParseResult> {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, problems: [{ path: '(document)', message: `not valid JSON: ${(error as Error).message}` }] };
    }
    const { parseScenario } = await import('../core/scenario/validate');
    return parseScenario(data);
  }

  return {
    /** Balance of every post and unit, and the metrics. */
    analyse(input: BalanceInput): BalanceReport {
      return analyseBalance(input);
    },

    /** As `analyse` for packed post ids, the post rows sent back as transferred columns (cheap for the page to receive). */
    analysePacked(input: PackedBalanceInput): PackedBalanceReport {
      const packed = packReport(analyseBalance(unpackInput(input)));
      return transfer(packed, packedBuffers(packed));
    },

    /** Parses and validates a scenario document given as JSON text. The schema library loads on first use only. */
    parseScenarioText: parseText,

    /**
     * Reads, validates and stores a scenario file. Nothing is written unless the whole file is valid;
     * a scenario whose id is already stored is kept under a new id, so nothing is overwritten.
     */
    async importScenarioFile(file: Blob): Promise<ImportResponse> {
      const { readFileText, contentHashStatus } = await import('../storage/file');
      let read: { text: string; gzipped: boolean };
      try {
        read = await readFileText(file);
      } catch (error) {
        return { ok: false, problems: [{ path: '(document)', message: `the file could not be read (damaged gzip?): ${(error as Error).message}` }] };
      }
      const parsed = await parseText(read.text);
      if (!parsed.ok) return { ok: false, problems: parsed.problems.slice(0, 200) };
      const hash = await contentHashStatus(JSON.parse(read.text) as Record<string, unknown>);
      const repository = await repo();
      const { contentHash: _hash, ...scenario } = parsed.scenario; // the stored scenario moves on; its hash is written anew on export
      const original = scenario.meta.id;
      const id = await repository.freeId(original);
      scenario.meta = { ...scenario.meta, id };
      const storing = performance.now();
      await repository.save(scenario);
      return {
        ok: true, id, name: scenario.meta.name, employees: scenario.employees.length, upgradedFrom: parsed.upgradedFrom,
        renamedFrom: id === original ? null : original, hash, gzipped: read.gzipped, storeMs: performance.now() - storing,
      };
    },

    /**
     * The stored scenario as a file (content hash inside), gzipped when asked; null when it is not
     * stored. `onProgress` hears each step (people read, bytes compressed) about four times a second.
     */
    async exportScenarioFile(id: string, gzip: boolean, onProgress?: (p: ExportProgress) => void): Promise<Blob | null> {
      const report = throttled(onProgress);
      const loaded = await (await repo()).load(id, (done) => report({ step: 'read', done, total: 0 }));
      if (!loaded) return null;
      const { scenarioFile } = await import('../storage/share');
      return scenarioFile(loaded.scenario, gzip, report);
    },

    /** The stored scenario anonymised as a file; the key that re-identifies it is kept in this browser only. */
    async exportAnonymisedFile(id: string, gzip: boolean, onProgress?: (p: ExportProgress) => void): Promise<AnonymisedExport | null> {
      const report = throttled(onProgress);
      const loaded = await (await repo()).load(id, (done) => report({ step: 'read', done, total: 0 }));
      if (!loaded) return null;
      const { anonymisedExport, randomSecret } = await import('../storage/share');
      return anonymisedExport(loaded.scenario, randomSecret(), gzip, await keys(), new Date().toISOString(), report);
    },

    /** The key of an anonymised copy stored here, with the first `limit` people and its plans re-identified; null without one. */
    async anonymisationKey(id: string, limit: number): Promise<KeyView | null> {
      const loaded = await (await repo()).load(id);
      if (!loaded) return null;
      const { keyView } = await import('../storage/share');
      return keyView(loaded.scenario, await keys(), limit);
    },

    /** A stored copy of scenario `id` that remembers where it came from; returns the copy's id. */
    async branchScenario(id: string, name: string): Promise<string> {
      const repository = await repo();
      const loaded = await repository.load(id);
      if (!loaded) throw new Error(`scenario ${id} is not stored`);
      const now = new Date().toISOString();
      const newId = await repository.freeId(`${id}-cabang`);
      await repository.save({ ...loaded.scenario, meta: { ...loaded.scenario.meta, id: newId, name, parentId: id, createdAt: now, updatedAt: now } });
      return newId;
    },

    /** Removes for good the scenarios deleted earlier (all but `keep`); returns how many. */
    async purgeDeleted(keep: string | null): Promise<number> {
      return (await repo()).purgeDeleted(keep);
    },

    /** The optimal plan for the stored scenario `id`, with its explanations and checked certificate. */
    async proposePlan(id: string, options: PlanOptions): Promise<PlanResponse> {
      const { scenario, hash } = await hashedScenario(id);
      const { proposePlan } = await import('../core/plan/plan');
      const started = performance.now();
      const { before, after, postAfter: _everyone, ...rest } = proposePlan(scenario, options);
      return {
        ...rest,
        before: { units: before.units, metrics: before.metrics },
        after: { units: after.units, metrics: after.metrics },
        scenarioHash: hash,
        elapsedMs: performance.now() - started,
      };
    },

    /** Why `nip` is not moved to `postId`: the rule that forbids it, or the cost of forcing it. */
    async whyNot(id: string, options: PlanOptions, nip: string, postId: string): Promise<WhyNotAnswer> {
      const { scenario } = await storedScenario(id);
      const { whyNot } = await import('../core/plan/whyNot');
      return whyNot(scenario, options, nip, postId);
    },

    /** The expected course of the stored scenario's units over the horizon, and its retirements. */
    async simulateExpected(id: string, options: SimulationOptions): Promise<ExpectedResponse> {
      const { scenario } = await storedScenario(id);
      const [{ toSimulationInput }, { simulate }, { retirementSchedule }] = await Promise.all([
        import('../core/simulate/input'), import('../core/simulate/expected'), import('../core/simulate/retirements'),
      ]);
      const input = toSimulationInput(scenario, options);
      const result = simulate(input);
      const schedule = retirementSchedule(input);
      const own = Array.from(schedule.person, (p) => p < input.employeeCount);
      const keep = <T extends Int32Array>(a: T): Int32Array => Int32Array.from(a.filter((_, i) => own[i]));
      const response: ExpectedResponse = {
        startMonth: result.startMonth, months: result.months, unitIds: input.unitIds, unitNeed: input.unitNeed,
        unitHeadcount: result.units.headcount, unitEj: result.units.ej,
        retirements: { person: keep(schedule.person), month: keep(schedule.month), unit: keep(schedule.unit) },
      };
      return transfer(response, [response.unitNeed.buffer, response.unitHeadcount.buffer, response.unitEj.buffer] as ArrayBuffer[]);
    },

    /** Reads the stored scenario ahead of the calls that need it (the Monte Carlo's own worker, on opening the page). */
    /**
     * The blocks of a stored scenario's people as UTF-8 bytes, handed over (not copied) to the page,
     * when the stored revision is still `revision` (else null): read here, their texts are made and
     * let go in this thread's memory, not the page's.
     */
    async peopleBlocks(id: string, revision: number, onProgress?: (done: number) => void): Promise<Uint8Array[] | null> {
      const blocks = await (await repo()).peopleBlocks(id, revision, onProgress);
      return blocks && transfer(blocks, blocks.map((b) => b.buffer as ArrayBuffer));
    },

    async prepareScenario(id: string): Promise<void> {
      await storedScenario(id);
    },

    /**
     * The seeded Monte Carlo of the stored scenario. Progress (work done of the total) goes to
     * `onProgress` at most about four times a second; cancelling is done by stopping the worker (the
     * page keeps a worker for it).
     */
    async monteCarlo(
      id: string,
      options: SimulationOptions & { runs: number; seed: number },
      onProgress?: (done: number, total: number) => void,
    ): Promise<MonteCarloResponse> {
      const { scenario } = await storedScenario(id);
      const [{ toSimulationInput }, { monteCarlo }] = await Promise.all([import('../core/simulate/input'), import('../core/simulate/monteCarlo')]);
      const input = toSimulationInput(scenario, options);
      const started = performance.now();
      let lastReport = -Infinity;
      const result = monteCarlo(input, {
        runs: options.runs,
        seed: options.seed,
        postStatistics: false, // the page shows units; per-post statistics grow with the agency
        onProgress: (done, total) => {
          const now = performance.now();
          if (onProgress && (now - lastReport >= 250 || done === total)) {
            lastReport = now;
            void onProgress(done, total);
          }
        },
      });
      const response: MonteCarloResponse = {
        runs: result.runs, seed: result.seed,
        startMonth: result.startMonth, months: result.months, unitIds: input.unitIds, units: result.units,
        elapsedMs: performance.now() - started,
      };
      return transfer(response, Object.values(result.units).map((a) => (a as Float32Array).buffer as ArrayBuffer));
    },

    /**
     * What a change of events does, on the same random draws: the Monte Carlo of the stored scenario
     * with `beforeEvents` instead of its events, and as stored, with the same seed and runs.
     */
    async whatChanges(
      id: string, beforeEvents: Scenario['events'], options: SimulationOptions & { runs: number; seed: number },
    ): Promise<SameDrawsComparison> {
      const { scenario } = await storedScenario(id);
      const [{ toSimulationInput }, { compareOnSameDraws }] = await Promise.all([import('../core/simulate/input'), import('../core/simulate/sameDraws')]);
      const before = toSimulationInput({ ...scenario, events: beforeEvents }, options);
      return compareOnSameDraws(before, toSimulationInput(scenario, options), options);
    },

    /** Two stored scenarios side by side: what changed, and the balance of each. */
    async compareScenarios(idA: string, idB: string): Promise<ScenarioComparison> {
      const repository = await repo();
      const [a, b] = await Promise.all([repository.load(idA), repository.load(idB)]);
      if (!a || !b) throw new Error(`scenario ${!a ? idA : idB} is not stored`);
      const { diffScenarios } = await import('../core/diff');
      const side = (s: Scenario): ScenarioSide => {
        const report = analyseBalance(toBalanceInput(s));
        return { id: s.meta.id, name: s.meta.name, units: report.units, metrics: report.metrics };
      };
      return { a: side(a.scenario), b: side(b.scenario), diff: diffScenarios(a.scenario, b.scenario) };
    },

    /** Saved plans of the stored scenario side by side. */
    async comparePlans(id: string, planIds: string[]): Promise<PlanComparison[]> {
      const { scenario, hash } = await hashedScenario(id);
      const { comparePlans } = await import('../core/plan/compare');
      return comparePlans(scenario, planIds, hash);
    },

    /** Corners of the moves-versus-balance frontier, each an exact optimum for its number of moves. */
    async planFrontier(id: string, options: PlanOptions): Promise<FrontierPoint[]> {
      const { scenario } = await storedScenario(id);
      const { planFrontier } = await import('../core/plan/plan');
      return planFrontier(scenario, options);
    },

    // Training: the exercise's optimum is solved once per exercise (keyed by its content hash) and kept
    // for the scoring of every plan submitted against it.
    ...(() => {
      type Task = import('../core/training/derive').TrainingTask;
      type Optimum = import('../core/training/optimum').TrainingOptimum;
      const optima = new Map<string, Optimum>();
      async function optimumOf(key: string, task: Task): Promise<Optimum> {
        const known = optima.get(key);
        if (known) return known;
        const { trainingOptimum } = await import('../core/training/optimum');
        const optimum = trainingOptimum(task);
        if (optima.size >= 8) optima.delete(optima.keys().next().value!);
        optima.set(key, optimum);
        return optimum;
      }
      return {
        /** The best plan within the exercise's budget (exact, or the best known with a lower bound), explained. */
        trainingOptimum: optimumOf,
        /** Scores a trainee's moves against the exercise's optimum: score, gap, metrics, per-move feedback. */
        async scoreTrainingPlan(key: string, task: Task, moves: import('../core/training/evaluate').TraineeMove[]) {
          const optimum = await optimumOf(key, task);
          const { scorePlan } = await import('../core/training/score');
          return { optimum, score: scorePlan(task, moves, optimum) };
        },
      };
    })(),

    /** Reads a roster spreadsheet (CSV or XLSX) and keeps it here for the check and the import. */
    async readRosterFile(file: Blob, fileName: string): Promise<RosterSheetInfo> {
      const [{ readSheetFile, SheetReadError }, { sheetInfo }] = await Promise.all([
        import('../storage/spreadsheet/table'), import('../storage/spreadsheet/rosterImport'),
      ]);
      roster = null;
      try {
        const table = await readSheetFile(file, fileName);
        roster = { table, fileName };
        return sheetInfo(table, fileName);
      } catch (error) {
        const code = error instanceof SheetReadError ? error.code : 'unreadable';
        return { ok: false, code, detail: (error as Error).message };
      }
    },

    /** Checks every row of the roster read last against the stored scenario `id`; writes nothing. */
    async checkRoster(id: string, mapping: ColumnMapping, mode: RosterMode): Promise<RosterCheck> {
      if (!roster) throw new Error('no roster file has been read');
      const { scenario, revision } = await rosterScenario(id);
      const { checkRosterRows, summarizeCheck } = await import('../storage/spreadsheet/rosterImport');
      return summarizeCheck(checkRosterRows(roster.table, mapping, scenario, mode), revision);
    },

    /**
     * Imports the good rows of the roster read last. Refused when the scenario changed since the
     * check (`revision`); the whole resulting scenario is validated before anything is written.
     */
    async importRoster(id: string, mapping: ColumnMapping, mode: RosterMode, revision: number, newName: string): Promise<RosterImportResponse> {
      if (!roster) return { ok: false, code: 'no-file', detail: '' };
      const base = await rosterScenario(id);
      if (base.revision !== revision) return { ok: false, code: 'changed', detail: '' };
      const { scenario } = base;
      const [{ checkRosterRows, applyRoster }, { parseScenario, formatProblem }] = await Promise.all([
        import('../storage/spreadsheet/rosterImport'), import('../core/scenario/validate'),
      ]);
      const started = performance.now();
      const rows = checkRosterRows(roster.table, mapping, scenario, mode);
      if (rows.employees.length === 0) return { ok: false, code: 'nothing', detail: '' };
      const checked = performance.now();
      const repository = await repo();
      const target = mode === 'new' ? { id: await repository.freeId(`${id}-impor`), name: newName.trim().slice(0, 200) || scenario.meta.name } : undefined;
      const next = applyRoster(scenario, rows.employees, mode, new Date().toISOString(), target);
      const parsed = parseScenario(next.scenario);
      if (!parsed.ok) return { ok: false, code: 'invalid', detail: parsed.problems.slice(0, 20).map(formatProblem).join('\n') };
      const validated = performance.now();
      await repository.save(next.scenario);
      const timings = { rows: checked - started, validate: validated - checked, save: performance.now() - validated };
      roster = null;
      rosterBase = null;
      return { ok: true, id: next.scenario.meta.id, name: next.scenario.meta.name, imported: rows.employees.length, droppedEvents: next.droppedEvents, droppedPlans: next.droppedPlans, timings };
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;

/**
 * A progress callback that passes on each new step at once and, within a step, at most about four
 * reports a second (a report crosses to the page as a message), the last of a step's counts included.
 */
function throttled(onProgress: ((p: ExportProgress) => void) | undefined): (p: ExportProgress) => void {
  let step: ExportProgress['step'] | null = null;
  let last = -Infinity;
  return (p) => {
    if (!onProgress) return;
    const now = performance.now();
    if (p.step === step && now - last < 250 && !(p.total > 0 && p.done === p.total)) return;
    step = p.step;
    last = now;
    void onProgress(p);
  };
}
