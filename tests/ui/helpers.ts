/**
 * Test context for components: the real state classes over fake-indexeddb, with the engine api
 * called in-process (the worker itself is exercised by the browser tests).
 */
import 'fake-indexeddb/auto';
import { createEngineApi } from '../../src/worker/api';
import { Locale } from '../../src/i18n/i18n.svelte';
import { APP_CONTEXT_KEY, type AppContext } from '../../src/state/context';
import type { Engine } from '../../src/state/engine';
import { LibraryState } from '../../src/state/library.svelte';
import { PlannerState } from '../../src/state/planner.svelte';
import { Router } from '../../src/state/router.svelte';
import { SimulationState } from '../../src/state/simulation.svelte';
import { ScenarioState } from '../../src/state/scenario.svelte';
import { SeimbangDb } from '../../src/storage/db';
import { ScenarioRepository } from '../../src/storage/scenarios';
import type { Scenario } from '../../src/core/scenario/schema';

/** The engine api called in-process over the given database. */
export function inProcessEngine(db: SeimbangDb): Engine {
  const api = createEngineApi(() => db);
  return {
    analyse: async (input) => api.analyse(input),
    parseScenarioText: (text) => api.parseScenarioText(text),
    proposePlan: (id, options) => api.proposePlan(id, options),
    planFrontier: (id, options) => api.planFrontier(id, options),
    whyNot: (id, options, nip, post) => api.whyNot(id, options, nip, post),
    importScenarioFile: (file) => api.importScenarioFile(file),
    exportScenarioFile: (id, gzip, onProgress) => api.exportScenarioFile(id, gzip, onProgress),
    exportAnonymisedFile: (id, gzip, onProgress) => api.exportAnonymisedFile(id, gzip, onProgress),
    anonymisationKey: (id, limit) => api.anonymisationKey(id, limit),
    branchScenario: (id, name) => api.branchScenario(id, name),
    purgeDeleted: (keep) => api.purgeDeleted(keep),
    comparePlans: (id, ids) => api.comparePlans(id, ids),
    compareScenarios: (a, b) => api.compareScenarios(a, b),
    simulateExpected: (id, options) => api.simulateExpected(id, options),
    monteCarlo: (id, options, onProgress) => api.monteCarlo(id, options, onProgress),
    whatChanges: (id, before, options) => api.whatChanges(id, before, options),
    readRosterFile: (file, name) => api.readRosterFile(file, name),
    checkRoster: (id, mapping, mode) => api.checkRoster(id, mapping, mode),
    importRoster: (id, mapping, mode, revision, name) => api.importRoster(id, mapping, mode, revision, name),
    peopleBlocks: (id, revision, onProgress) => api.peopleBlocks(id, revision, onProgress),
    stop: () => undefined,
  };
}

let counter = 0;

/** A ready app context whose database starts empty and is seeded with `scenario` on open. */
export async function openContext(scenario: Scenario): Promise<{ app: AppContext; context: Map<symbol, AppContext>; db: SeimbangDb }> {
  localStorage.clear();
  const db = new SeimbangDb(`ui-test-${++counter}`);
  const engine = inProcessEngine(db);
  const repo = new ScenarioRepository(db);
  const fetchSample = async () => structuredClone(scenario);
  const state = new ScenarioState(repo, engine, fetchSample);
  await state.open();
  if (state.status !== 'ready') throw new Error(`scenario did not open: ${state.error}`);
  const app: AppContext = { scenario: state, locale: new Locale(), router: new Router(), planner: new PlannerState(state, engine), library: new LibraryState(repo, state, fetchSample, engine), simulation: new SimulationState(state, engine, engine), engine };
  return { app, context: new Map([[APP_CONTEXT_KEY, app]]), db };
}
