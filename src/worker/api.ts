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
import type { ExportProgress } from '../storage/file';
import type { AnonymisedExport, KeyView } from '../storage/share';

import { rosterApi } from './rosterApi';
import { StoredScenarios } from './stored';
import { trainingApi } from './trainingApi';
export type * from './responses';
import type { ExpectedResponse, ImportResponse, MonteCarloResponse, PlanResponse, ScenarioComparison, ScenarioSide } from './responses';

/**
 * The api over a database (the app's own by default; tests pass theirs). The balance is all a first
 * visit needs: the database, the planner and the schema library load on first use.
 */
export function createEngineApi(openDb?: () => SeimbangDb) {
  const stored = new StoredScenarios(openDb);
  const repo = () => stored.repo();
  const keys = () => stored.keys();
  const storedScenario = (id: string) => stored.scenario(id);
  const hashedScenario = (id: string) => stored.hashed(id);

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

    /**
     * The blocks of a stored scenario's people as UTF-8 bytes, handed over (not copied) to the page,
     * when the stored revision is still `revision` (else null): read here, their texts are made and
     * let go in this thread's memory, not the page's.
     */
    async peopleBlocks(id: string, revision: number, onProgress?: (done: number) => void): Promise<Uint8Array[] | null> {
      const blocks = await (await repo()).peopleBlocks(id, revision, onProgress);
      return blocks && transfer(blocks, blocks.map((b) => b.buffer as ArrayBuffer));
    },

    /** Reads the stored scenario ahead of the calls that need it (the Monte Carlo's own worker, on opening the page). */
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

    ...trainingApi(),
    ...rosterApi(stored),
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
