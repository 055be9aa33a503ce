/**
 * The worker reads a stored scenario once per revision: calls that arrive while it is being read share
 * the read (the Monte Carlo's own worker reads ahead when the simulation page opens, and a run asked
 * for meanwhile waits for that read instead of starting another), and an edit is read afresh.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateScenario } from '../../scripts/sample/generate';
import { SeimbangDb } from '../../src/storage/db';
import { ScenarioRepository } from '../../src/storage/scenarios';
import { createEngineApi } from '../../src/worker/api';

afterEach(() => vi.restoreAllMocks());

describe('the worker\'s stored scenario', () => {
  it('is read once for calls that arrive together, and again after an edit', async () => {
    const db = new SeimbangDb('stored-scenario-test');
    const repo = new ScenarioRepository(db);
    const scenario = generateScenario({ seed: 5, employees: 300 });
    scenario.events = [{ id: 'exits', type: 'exit-rate', yearlyRate: 0.02, positionType: null, minAge: null, maxAge: null }];
    await repo.save(scenario);
    const api = createEngineApi(() => db);
    const load = vi.spyOn(ScenarioRepository.prototype, 'load');

    const options = { horizonYears: 3, runs: 50, seed: 1 };
    const [, result, expected] = await Promise.all([
      api.prepareScenario(scenario.meta.id),
      api.monteCarlo(scenario.meta.id, options),
      api.simulateExpected(scenario.meta.id, { horizonYears: 3 }),
    ]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(result.runs).toBe(50);
    expect(result.unitIds).toEqual(expected.unitIds);

    await api.monteCarlo(scenario.meta.id, options);
    expect(load).toHaveBeenCalledTimes(1);

    await repo.save({ ...scenario, meta: { ...scenario.meta, name: 'Edited' } });
    await api.prepareScenario(scenario.meta.id);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('says which scenario is missing, and reads it once it is stored', async () => {
    const db = new SeimbangDb('stored-scenario-missing');
    const api = createEngineApi(() => db);
    await expect(api.prepareScenario('nowhere')).rejects.toThrow(/nowhere is not stored/);
    const scenario = generateScenario({ seed: 6, employees: 50 });
    scenario.meta = { ...scenario.meta, id: 'nowhere' };
    await new ScenarioRepository(db).save(scenario);
    await expect(api.prepareScenario('nowhere')).resolves.toBeUndefined();
  });
});
