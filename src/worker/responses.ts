/**
 * What the engine's api answers with: plain data the page can hold (no per-post or per-person bulk).
 */
import type { BalanceReport } from '../core/balance';
import type { ScenarioDiff } from '../core/diff';
import type { PlanResult } from '../core/plan/plan';
import type { Problem } from '../core/scenario/problem';
import type { MonteCarloResult } from '../core/simulate/monteCarlo';

export type ImportResponse =
  | {
      ok: true; id: string; name: string; employees: number; upgradedFrom: number | null; renamedFrom: string | null;
      /** Whether the file carried a content hash and still matched it. */
      hash: 'ok' | 'missing' | 'mismatch';
      gzipped: boolean;
      /** Time the worker took to write the scenario to the database, milliseconds. */
      storeMs: number;
    }
  | { ok: false; problems: Problem[] };

/**
 * What the page needs of a plan: its moves with their reasons, and the balance per unit and overall.
 * The per-post reports and everyone's post after the plan stay in the worker (they grow with the agency).
 */
export interface ScenarioSide {
  id: string;
  name: string;
  units: BalanceReport['units'];
  metrics: BalanceReport['metrics'];
}

export interface ScenarioComparison {
  a: ScenarioSide;
  b: ScenarioSide;
  diff: ScenarioDiff;
}

/** The expected (deterministic) course of every unit, month by month: `[u * months + m]`. */
export interface ExpectedResponse {
  startMonth: number;
  months: number;
  unitIds: string[];
  unitNeed: Float64Array;
  unitHeadcount: Float64Array;
  unitEj: Float64Array;
  /** Who retires when, by unit: scenario employee index, month and unit index. */
  retirements: { person: Int32Array; month: Int32Array; unit: Int32Array };
}

/** A Monte Carlo result as the page gets it: the units' statistics only (per post they stay here). */
export interface MonteCarloResponse extends Omit<MonteCarloResult, 'posts'> {
  unitIds: string[];
  elapsedMs: number;
}

export interface PlanResponse extends Omit<PlanResult, 'before' | 'after' | 'postAfter'> {
  before: { units: BalanceReport['units']; metrics: BalanceReport['metrics'] };
  after: { units: BalanceReport['units']; metrics: BalanceReport['metrics'] };
  scenarioHash: string;
  /** Solve and explanation time in the worker, milliseconds. */
  elapsedMs: number;
}
