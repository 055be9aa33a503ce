/** Typed context helpers: the app's shared state handed down the component tree. */
import { getContext, setContext } from 'svelte';
import type { Locale } from '../i18n/i18n.svelte';
import type { Engine } from './engine';
import type { LibraryState } from './library.svelte';
import type { PlannerState } from './planner.svelte';
import type { Router } from './router.svelte';
import type { SimulationState } from './simulation.svelte';
import type { ScenarioState } from './scenario.svelte';

export interface AppContext {
  scenario: ScenarioState;
  locale: Locale;
  router: Router;
  planner: PlannerState;
  library: LibraryState;
  simulation: SimulationState;
  /** The page's engine worker, for features that call it directly (the spreadsheet import). */
  engine: Engine;
}

/** Exported for component tests, which render a component with a prepared context. */
export const APP_CONTEXT_KEY = Symbol('seimbang-app');

export function setAppContext(context: AppContext): AppContext {
  return setContext(APP_CONTEXT_KEY, context);
}

export function getAppContext(): AppContext {
  const context = getContext<AppContext | undefined>(APP_CONTEXT_KEY);
  if (!context) throw new Error('App context is missing: render inside <App>');
  return context;
}
