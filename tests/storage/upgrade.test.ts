import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SeimbangDb } from '../../src/storage/db';
import { ScenarioRepository } from '../../src/storage/scenarios';
import { minimalScenario } from '../core/fixtures';

describe('database upgrade from version 1', () => {
  it('upgrades stored scenario headers to the current format, keeping their people', async () => {
    const name = 'upgrade-v1';
    // A database as the first release of the app wrote it: format-1 headers with loose events.
    const old = new Dexie(name);
    old.version(1).stores({ scenarios: 'id, name, updatedAt', employees: '[scenarioId+nip], scenarioId' });
    const { employees, ...header } = minimalScenario();
    const v1Header = {
      ...header,
      version: 1,
      events: [
        { id: 'spike', type: 'demand-spike', start: '2025-03-01', end: '2025-05-31', target: 'pusk', value: 2 },
        { id: 'odd', type: 'something-else', start: '2025-03-01', end: null, target: null, value: null },
      ],
    };
    await old.table('scenarios').put({ id: header.meta.id, name: header.meta.name, updatedAt: header.meta.updatedAt, revision: 1, header: v1Header });
    await old.table('employees').bulkPut(employees.map((employee, seq) => ({ scenarioId: header.meta.id, nip: employee.nip, seq, employee })));
    old.close();

    const db = new SeimbangDb(name);
    const loaded = await new ScenarioRepository(db).load(header.meta.id);
    expect(loaded?.scenario.version).toBe(2);
    expect(loaded?.scenario.events.map((e) => [e.id, e.type])).toEqual([['spike', 'demand-spike']]);
    expect(loaded?.scenario.employees).toEqual(employees);
    db.close();
  });
});
