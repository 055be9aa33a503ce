import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { generateScenario } from '../../scripts/sample/generate';
import { analyseBalance, toBalanceInput } from '../../src/core/balance';
import { firstOfMonthAfter } from '../../src/core/dates';
import { employeeRetirementDate } from '../../src/core/employee';
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

/** Makes the repository's full reads wait until the returned function is called. */
function holdFullReads(repo: ScenarioRepository): () => void {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const open = repo.open.bind(repo);
  repo.open = async (id, onProgress) => {
    await gate;
    return open(id, onProgress);
  };
  return release;
}

/** A fresh database holding a generated agency of `people`, and a repository over it. */
async function storedAgency(name: string, people: number) {
  localStorage.clear();
  const db = new SeimbangDb(name);
  const repo = new ScenarioRepository(db);
  const s = generateScenario({ seed: 8, employees: people });
  await repo.save(s);
  return { db, repo, s };
}

describe('ScenarioState opening a large stored scenario', () => {
  it('draws its dashboard from the stored digest while the people are read, then opens it whole', async () => {
    const { db, repo, s } = await storedAgency('state-preview', 1_200);
    // The people are read only once the test lets them: what shows before comes from the digest.
    const release = holdFullReads(repo);
    const state = new ScenarioState(repo, inProcessEngine(db), async () => minimalScenario(), 1_000);
    const opening = state.open();
    await vi.waitFor(() => expect(state.report).not.toBeNull());
    expect(state.status).toBe('loading');
    expect(state.scenario).toBeNull();
    expect(state.preview?.people).toBe(1_200);
    expect(state.shown?.units).toEqual(s.units);
    const soon = s.employees.filter((e) => employeeRetirementDate(e) > s.meta.asOf && employeeRetirementDate(e) <= firstOfMonthAfter(s.meta.asOf, 36));
    expect(soon.length).toBeGreaterThan(0);
    expect(state.retiringCount).toBe(soon.length);
    const early = state.report;
    expect(early!.units).toEqual(analyseBalance(toBalanceInput(s)).units);

    release();
    await opening;
    expect(state.status).toBe('ready');
    expect(state.preview).toBeNull();
    expect(state.people.count).toBe(1_200);
    expect(state.report).toBe(early); // nothing changed in between: the preview's report is kept
    expect(state.retiringCount).toBe(soon.length);
  });

  it('previews a large scenario in place of the one open when switching to it, and adopts it once read', async () => {
    const { db, repo, s: large } = await storedAgency('state-preview-switch', 1_200);
    const state = new ScenarioState(repo, inProcessEngine(db), async () => minimalScenario(), 1_000);
    await state.open(); // the large one is the only one stored
    await repo.save(minimalScenario());
    await state.openScenario(minimalScenario().meta.id); // small: no preview
    expect(state.scenario?.meta.id).toBe(minimalScenario().meta.id);

    const release = holdFullReads(repo);
    const switching = state.openScenario(large.meta.id);
    await vi.waitFor(() => expect(state.preview !== null && state.report !== null).toBe(true));
    expect(state.scenario).toBeNull();
    expect(state.shown?.meta.id).toBe(large.meta.id);
    expect(state.report!.units.map((u) => u.id)).toEqual(large.units.map((u) => u.id));
    const early = state.report;
    release();
    await switching;
    expect(state.scenario?.meta.id).toBe(large.meta.id);
    expect(state.preview).toBeNull();
    expect(state.report).toBe(early);
  });

  it('opens a scenario stored without digests the whole way, and writes them for the next visit', async () => {
    const { db, repo, s } = await storedAgency('state-no-digest', 600);
    await db.employeeDigests.clear();
    const state = new ScenarioState(repo, inProcessEngine(db), async () => minimalScenario(), 100);
    await state.open();
    expect(state.status).toBe('ready');
    expect(state.report?.units).toEqual(analyseBalance(toBalanceInput(s)).units);
    await vi.waitFor(async () => expect((await repo.digest(s.meta.id))?.input).toEqual(toBalanceInput(s)));
  });
});
