/**
 * The engine's api: a thin facade over core, run in a Web Worker. Plain data in, plain data out.
 * Bulk data (whole scenarios) are read from the database here, in the worker, not sent by the page.
 */
import { analyseBalance, type BalanceInput, type BalanceReport } from '../core/balance';
import type { FrontierPoint } from '../core/plan/frontier';
import { whyNot, type WhyNotAnswer } from '../core/plan/whyNot';
import { planFrontier, proposePlan, type PlanOptions, type PlanResult } from '../core/plan/plan';
import type { Scenario } from '../core/scenario/schema';
import type { ParseResult } from '../core/scenario/validate';
import { SeimbangDb } from '../storage/db';
import { planningContentHash } from '../storage/hash';
import { ScenarioRepository } from '../storage/scenarios';

export interface PlanResponse extends PlanResult {
  scenarioHash: string;
  /** Solve and explanation time in the worker, milliseconds. */
  elapsedMs: number;
}

/** The api over a database (the app's own by default; tests pass theirs). */
export function createEngineApi(openDb: () => SeimbangDb = () => new SeimbangDb()) {
  let repository: ScenarioRepository | null = null;
  let cached: { id: string; revision: number; scenario: Scenario; hash: string } | null = null;

  /** The stored scenario, read once per revision. */
  async function storedScenario(id: string): Promise<{ scenario: Scenario; hash: string }> {
    repository ??= new ScenarioRepository(openDb());
    const revision = await repository.revision(id);
    if (cached && cached.id === id && cached.revision === revision) return cached;
    const loaded = await repository.load(id);
    if (!loaded) throw new Error(`scenario ${id} is not stored`);
    cached = { id, revision: loaded.revision, scenario: loaded.scenario, hash: await planningContentHash(loaded.scenario) };
    return cached;
  }

  return {
    /** Balance of every post and unit, and the metrics. */
    analyse(input: BalanceInput): BalanceReport {
      return analyseBalance(input);
    },

    /** Parses and validates a scenario document given as JSON text. The schema library loads on first use only. */
    async parseScenarioText(text: string): Promise<ParseResult> {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        return { ok: false, problems: [{ path: '(document)', message: `not valid JSON: ${(error as Error).message}` }] };
      }
      const { parseScenario } = await import('../core/scenario/validate');
      return parseScenario(data);
    },

    /** The optimal plan for the stored scenario `id`, with its explanations and checked certificate. */
    async proposePlan(id: string, options: PlanOptions): Promise<PlanResponse> {
      const { scenario, hash } = await storedScenario(id);
      const started = performance.now();
      const result = proposePlan(scenario, options);
      return { ...result, scenarioHash: hash, elapsedMs: performance.now() - started };
    },

    /** Why `nip` is not moved to `postId`: the rule that forbids it, or the cost of forcing it. */
    async whyNot(id: string, options: PlanOptions, nip: string, postId: string): Promise<WhyNotAnswer> {
      const { scenario } = await storedScenario(id);
      return whyNot(scenario, options, nip, postId);
    },

    /** Corners of the moves-versus-balance frontier, each an exact optimum for its number of moves. */
    async planFrontier(id: string, options: PlanOptions): Promise<FrontierPoint[]> {
      const { scenario } = await storedScenario(id);
      return planFrontier(scenario, options);
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;
