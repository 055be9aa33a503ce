/**
 * Imports that must fail: 500 mutated or truncated scenario files, each rejected with a path-and-problem
 * message, and the database exactly as it was before (count and hash of every stored record).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../src/core/rng';
import { SeimbangDb } from '../../src/storage/db';
import { canonicalJson, sha256Hex } from '../../src/storage/hash';
import { ScenarioRepository } from '../../src/storage/scenarios';
import { createEngineApi } from '../../src/worker/api';
import { minimalScenario } from '../core/fixtures';

type Json = Record<string, unknown>;

async function databaseHash(db: SeimbangDb): Promise<string> {
  const scenarios = await db.scenarios.orderBy('id').toArray();
  const [headers, posts, employees] = await Promise.all([db.headers.toArray(), db.postBlocks.toArray(), db.employeeBlocks.toArray()]);
  return sha256Hex(canonicalJson({ scenarios, headers, posts, employees }));
}

/** One mutation that always makes the document invalid; returns the file text. */
function mutate(base: Json, rng: Rng, i: number): string {
  const doc = structuredClone(base) as Json & { employees: Json[]; posts: Json[]; units: Json[]; meta: Json; settings: Json };
  const employee = () => doc.employees[rng.int(doc.employees.length)]!;
  switch (i % 10) {
    case 0: {
      const text = JSON.stringify(doc);
      return text.slice(0, 1 + rng.int(text.length - 2)); // truncated: never valid JSON
    }
    case 1: employee().nip = String(rng.int(1e9)); break;
    case 2: employee().birthDate = `19${50 + rng.int(40)}-02-30`; break;
    case 3: {
      const e = employee();
      delete e[rng.pick(['name', 'sex', 'birthDate', 'status', 'rank', 'postId', 'postSince', 'education', 'mobility'])];
      break;
    }
    case 4: (doc.posts[rng.int(doc.posts.length)]!.tasks as Json[])[0]!.volume = rng.pick(['banyak', -5, null]); break;
    case 5: doc.posts[rng.int(doc.posts.length)]!.unitId = `tidak-ada-${i}`; break;
    case 6: doc.employees.push({ ...employee() }); break;
    case 7: doc[rng.pick(['format', 'version'])] = rng.pick(['lain', 99, null]); break;
    case 8: doc.settings.wkeMinutes = rng.pick([0, -75000, 'seribu']); break;
    default: employee().sex = rng.pick(['X', 1, '']); break;
  }
  return JSON.stringify(doc);
}

describe('importing bad files', () => {
  it('rejects 500 mutated or truncated files with messages and leaves the database unchanged', async () => {
    const db = new SeimbangDb('import-rejects');
    const repo = new ScenarioRepository(db);
    await repo.save(minimalScenario());
    const api = createEngineApi(() => db);
    const before = { count: await db.scenarios.count(), hash: await databaseHash(db) };
    const base = JSON.parse(JSON.stringify(minimalScenario())) as Json;
    base.meta = { ...(base.meta as Json), id: 'import-candidate' };
    const rng = createRng(20261127);
    for (let i = 0; i < 500; i++) {
      const result = await api.importScenarioFile(new Blob([mutate(base, rng, i)]));
      expect(result.ok, `file ${i}`).toBe(false);
      if (!result.ok) {
        expect(result.problems.length, `file ${i}`).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(p.path.length).toBeGreaterThan(0);
          expect(p.message.length).toBeGreaterThan(0);
        }
      }
    }
    expect(await db.scenarios.count()).toBe(before.count);
    expect(await databaseHash(db)).toBe(before.hash);
    // And the unmutated file does import: the test would notice an import that rejects everything.
    const good = await api.importScenarioFile(new Blob([JSON.stringify(base)]));
    expect(good.ok).toBe(true);
    expect(await db.scenarios.count()).toBe(before.count + 1);
  }, 60_000);
});
