/**
 * The engine's api: a thin facade over core, run in a Web Worker. Plain data in, plain data out.
 */
import { analyseBalance, type BalanceInput, type BalanceReport } from '../core/balance';
import type { ParseResult } from '../core/scenario/validate';

export const engineApi = {
  /** Balance of every post and unit, and the metrics. */
  analyse(input: BalanceInput): BalanceReport {
    return analyseBalance(input);
  },

  /** Parses and validates a scenario document given as JSON text. */
  /** The schema library loads on first use only, so the worker starts fast for the balance. */
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
};

export type EngineApi = typeof engineApi;
