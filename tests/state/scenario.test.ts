import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ScenarioState } from '../../src/state/scenario.svelte';
import { SeimbangDb } from '../../src/storage/db';
import { ScenarioRepository } from '../../src/storage/scenarios';
import { minimalScenario } from '../core/fixtures';
import { inProcessEngine } from '../ui/helpers';

describe('ScenarioState', () => {
  it('seeds the sample on the first visit and reopens the stored copy afterwards', async () => {
    localStorage.clear();
    const db = new SeimbangDb('state-seed');
    let fetched = 0;
    const fetchSample = async () => {
      fetched++;
      return minimalScenario();
    };
    const first = new ScenarioState(new ScenarioRepository(db), inProcessEngine(db), fetchSample);
    await first.open();
    expect(first.status).toBe('ready');
    await first.updateTask('camat-klerek', 't1', { volume: 3000 });
    const second = new ScenarioState(new ScenarioRepository(db), inProcessEngine(db), fetchSample);
    await second.open();
    expect(fetched).toBe(1);
    expect(second.postById.get('camat-klerek')?.tasks[0]?.volume).toBe(3000);
    expect(second.postRowById.get('camat-klerek')?.need).toBeCloseTo(2.4, 10);
  });

  it('reports a sample that cannot be fetched, and stores nothing', async () => {
    localStorage.clear();
    const db = new SeimbangDb('state-bad');
    const state = new ScenarioState(new ScenarioRepository(db), inProcessEngine(db), async () => {
      throw new Error('sample scenario not available (HTTP 404)');
    });
    await state.open();
    expect(state.status).toBe('error');
    expect(state.error).toContain('HTTP 404');
    expect(await db.scenarios.count()).toBe(0);
  });
});
