/** The app's shared state, built once per page before the first component is mounted. */
import { Locale } from '../i18n/i18n.svelte';
import { fetchSample } from '../storage/sample';
import { SeimbangDb } from '../storage/db';
import { ScenarioRepository } from '../storage/scenarios';
import type { AppContext } from './context';
import { EngineClient } from './engine';
import { LibraryState } from './library.svelte';
import { PlannerState } from './planner.svelte';
import { Router } from './router.svelte';
import { ScenarioState } from './scenario.svelte';
import { SimulationState } from './simulation.svelte';

export function createAppContext(): AppContext {
  const locale = new Locale();
  const router = new Router();
  const engine = new EngineClient();
  const repository = new ScenarioRepository(new SeimbangDb());
  const scenario = new ScenarioState(repository, engine, fetchSample);
  const planner = new PlannerState(scenario, engine);
  const library = new LibraryState(repository, scenario, fetchSample, engine);
  // The Monte Carlo has a worker of its own: cancelling stops it without touching the planner's.
  const simulation = new SimulationState(scenario, engine, new EngineClient());
  return { scenario, locale, router, planner, library, simulation, engine };
}
