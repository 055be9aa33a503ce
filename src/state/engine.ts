/**
 * The page's handle on the engine worker: starts it on first use, queues calls through Comlink,
 * sends bulk columns as transferred buffers, and can be stopped (which cancels whatever runs).
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { ColumnMapping } from '../storage/spreadsheet/fields';
import type { RosterCheck, RosterImportResponse, RosterMode, RosterSheetInfo } from '../storage/spreadsheet/rosterImport';
import type { BalanceInput, BalanceReport } from '../core/balance';
import { packInput } from '../core/balance-pack';
import { unpackReport } from './balance-input';
import type { ParseResult } from '../core/scenario/validate';
import type { FrontierPoint } from '../core/plan/frontier';
import type { PlanOptions } from '../core/plan/plan';
import type { PlanComparison } from '../core/plan/compare';
import type { WhyNotAnswer } from '../core/plan/whyNot';
import type { SimulationOptions } from '../core/simulate/input';
import type { SameDrawsComparison } from '../core/simulate/sameDraws';
import type { Scenario } from '../core/scenario/schema';
import type { ExportProgress } from '../storage/file';
import type { AnonymisedExport, KeyView } from '../storage/share';
import type { EngineApi, ExpectedResponse, ImportResponse, MonteCarloResponse, PlanResponse, ScenarioComparison } from '../worker/api';

/** What the page needs from the engine; the worker-backed client is the real one. */
export interface Engine {
  analyse(input: BalanceInput): Promise<BalanceReport>;
  parseScenarioText(text: string): Promise<ParseResult>;
  proposePlan(scenarioId: string, options: PlanOptions): Promise<PlanResponse>;
  planFrontier(scenarioId: string, options: PlanOptions): Promise<FrontierPoint[]>;
  whyNot(scenarioId: string, options: PlanOptions, nip: string, postId: string): Promise<WhyNotAnswer>;
  importScenarioFile(file: Blob): Promise<ImportResponse>;
  exportScenarioFile(scenarioId: string, gzip: boolean, onProgress?: (p: ExportProgress) => void): Promise<Blob | null>;
  exportAnonymisedFile(scenarioId: string, gzip: boolean, onProgress?: (p: ExportProgress) => void): Promise<AnonymisedExport | null>;
  anonymisationKey(scenarioId: string, limit: number): Promise<KeyView | null>;
  branchScenario(scenarioId: string, name: string): Promise<string>;
  purgeDeleted(keep: string | null): Promise<number>;
  comparePlans(scenarioId: string, planIds: string[]): Promise<PlanComparison[]>;
  compareScenarios(idA: string, idB: string): Promise<ScenarioComparison>;
  simulateExpected(scenarioId: string, options: SimulationOptions): Promise<ExpectedResponse>;
  monteCarlo(
    scenarioId: string, options: SimulationOptions & { runs: number; seed: number }, onProgress: (done: number, total: number) => void,
  ): Promise<MonteCarloResponse>;
  /** Before/after Monte Carlo of a change of events on the same random draws. */
  whatChanges(scenarioId: string, beforeEvents: Scenario['events'], options: SimulationOptions & { runs: number; seed: number }): Promise<SameDrawsComparison>;
  /** Roster spreadsheets: read a file (kept in the worker), check its rows, import the good ones. */
  readRosterFile(file: Blob, fileName: string): Promise<RosterSheetInfo>;
  checkRoster(scenarioId: string, mapping: ColumnMapping, mode: RosterMode): Promise<RosterCheck>;
  importRoster(scenarioId: string, mapping: ColumnMapping, mode: RosterMode, revision: number, newName: string): Promise<RosterImportResponse>;
  /** Stops whatever runs (the next call starts afresh). */
  stop(): void;
  /** The blocks of a stored scenario's people as bytes, read in the engine's thread (see `BlockSource`). */
  peopleBlocks?(scenarioId: string, revision: number, onProgress?: (done: number) => void): Promise<Uint8Array[] | null>;
  /** Starts the engine ahead of its first call (optional: an in-process engine has nothing to start). */
  warm?(): void;
  /** Reads a stored scenario ahead of the calls that will need it (optional). */
  prepare?(scenarioId: string): Promise<void>;
}

export class EngineClient implements Engine {
  private worker: Worker | null = null;
  private remote: Remote<EngineApi> | null = null;

  private api(): Remote<EngineApi> {
    if (!this.remote) {
      this.worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'seimbang-engine' });
      this.remote = wrap<EngineApi>(this.worker);
    }
    return this.remote;
  }

  /** Starts the worker now, so that its loading overlaps other work (e.g. fetching the sample). */
  warm(): void {
    this.api();
  }

  async analyse(input: BalanceInput): Promise<BalanceReport> {
    // The columns are built fresh for each call, so their buffers can be handed over; the post rows
    // come back as columns too, rebuilt here a slice at a time.
    const packed = await this.api().analysePacked(transfer(packInput(input), [input.postUnit.buffer, input.postWorkload.buffer, input.employeePost.buffer]));
    return unpackReport(packed, input.postIds);
  }

  parseScenarioText(text: string): Promise<ParseResult> {
    return this.api().parseScenarioText(text);
  }

  proposePlan(scenarioId: string, options: PlanOptions): Promise<PlanResponse> {
    return this.api().proposePlan(scenarioId, options);
  }

  planFrontier(scenarioId: string, options: PlanOptions): Promise<FrontierPoint[]> {
    return this.api().planFrontier(scenarioId, options);
  }

  trainingOptimum: EngineApi['trainingOptimum'] = (key, task) => this.api().trainingOptimum(key, task);

  scoreTrainingPlan: EngineApi['scoreTrainingPlan'] = (key, task, moves) => this.api().scoreTrainingPlan(key, task, moves);

  whyNot(scenarioId: string, options: PlanOptions, nip: string, postId: string): Promise<WhyNotAnswer> {
    return this.api().whyNot(scenarioId, options, nip, postId);
  }

  importScenarioFile(file: Blob): Promise<ImportResponse> {
    return this.api().importScenarioFile(file);
  }

  exportScenarioFile(scenarioId: string, gzip: boolean, onProgress?: (p: ExportProgress) => void): Promise<Blob | null> {
    return this.api().exportScenarioFile(scenarioId, gzip, onProgress && proxy(onProgress));
  }

  exportAnonymisedFile(scenarioId: string, gzip: boolean, onProgress?: (p: ExportProgress) => void): Promise<AnonymisedExport | null> {
    return this.api().exportAnonymisedFile(scenarioId, gzip, onProgress && proxy(onProgress));
  }

  anonymisationKey(scenarioId: string, limit: number): Promise<KeyView | null> {
    return this.api().anonymisationKey(scenarioId, limit);
  }

  branchScenario(scenarioId: string, name: string): Promise<string> {
    return this.api().branchScenario(scenarioId, name);
  }

  purgeDeleted(keep: string | null): Promise<number> {
    return this.api().purgeDeleted(keep);
  }

  comparePlans(scenarioId: string, planIds: string[]): Promise<PlanComparison[]> {
    return this.api().comparePlans(scenarioId, planIds);
  }

  compareScenarios(idA: string, idB: string): Promise<ScenarioComparison> {
    return this.api().compareScenarios(idA, idB);
  }

  peopleBlocks(scenarioId: string, revision: number, onProgress?: (done: number) => void): Promise<Uint8Array[] | null> {
    return this.api().peopleBlocks(scenarioId, revision, onProgress && proxy(onProgress));
  }

  prepare(scenarioId: string): Promise<void> {
    return this.api().prepareScenario(scenarioId);
  }

  simulateExpected(scenarioId: string, options: SimulationOptions): Promise<ExpectedResponse> {
    return this.api().simulateExpected(scenarioId, options);
  }

  monteCarlo(
    scenarioId: string, options: SimulationOptions & { runs: number; seed: number }, onProgress: (done: number, total: number) => void,
  ): Promise<MonteCarloResponse> {
    return this.api().monteCarlo(scenarioId, options, proxy(onProgress));
  }

  whatChanges(scenarioId: string, beforeEvents: Scenario['events'], options: SimulationOptions & { runs: number; seed: number }): Promise<SameDrawsComparison> {
    return this.api().whatChanges(scenarioId, beforeEvents, options);
  }

  readRosterFile(file: Blob, fileName: string): Promise<RosterSheetInfo> {
    return this.api().readRosterFile(file, fileName);
  }

  checkRoster(scenarioId: string, mapping: ColumnMapping, mode: RosterMode): Promise<RosterCheck> {
    return this.api().checkRoster(scenarioId, mapping, mode);
  }

  importRoster(scenarioId: string, mapping: ColumnMapping, mode: RosterMode, revision: number, newName: string): Promise<RosterImportResponse> {
    return this.api().importRoster(scenarioId, mapping, mode, revision, newName);
  }

  /** Stops the worker; the next call starts a fresh one. */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
  }
}
