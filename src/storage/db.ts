/**
 * The one Dexie database of the app. Scenario headers (everything but the people) live in
 * `scenarios`; employees live in their own table so that editing one person writes one row
 * and a 100k-person scenario never has to be rewritten whole.
 * Never edit an old `version(n)` block: add a new one with its upgrade.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { migrateScenario } from '../core/scenario/migrate';
import type { AnonymisationKey } from '../core/scenario/anonymise';
import type { Employee, Scenario } from '../core/scenario/schema';

export type ScenarioHeader = Omit<Scenario, 'employees'>;

export interface ScenarioRecord {
  id: string;
  name: string;
  updatedAt: string;
  /** Incremented on every write; lets a tab notice that another tab changed the scenario. */
  revision: number;
  header: ScenarioHeader;
  /** Set when the scenario was deleted and can still be brought back (until the next deletion or visit). */
  deletedAt?: string;
}

export interface EmployeeRecord {
  scenarioId: string;
  nip: string;
  /** Position in the scenario's employee list, so that a scenario loads back in the same order. */
  seq: number;
  employee: Employee;
}

/**
 * What re-identifies an anonymised copy made on this device (pseudonym and synthetic NIP back to
 * the real ones). Kept only here, never written into a file.
 */
export interface AnonymisationKeyRecord extends AnonymisationKey {
  createdAt: string;
}

export const DB_NAME = 'seimbang';

/**
 * A stored header walked up to the current format version with the file format's own upgrade
 * steps. A header that cannot be upgraded is left as it was, to be reported when it is opened.
 */
export function upgradeHeader(header: ScenarioHeader): ScenarioHeader {
  const result = migrateScenario({ ...header, employees: [] });
  if (!result.ok) return header;
  const { employees: _none, ...upgraded } = result.value;
  return upgraded as unknown as ScenarioHeader;
}

export class SeimbangDb extends Dexie {
  scenarios!: EntityTable<ScenarioRecord, 'id'>;
  employees!: Table<EmployeeRecord, [string, string]>;
  anonymisationKeys!: EntityTable<AnonymisationKeyRecord, 'anonymisedId'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      scenarios: 'id, name, updatedAt',
      employees: '[scenarioId+nip], scenarioId',
    });
    // Scenario format 2 gives events fixed kinds: stored headers are upgraded like files are.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx.table<ScenarioRecord, string>('scenarios').toCollection().modify((record) => {
          record.header = upgradeHeader(record.header);
        }),
      );
    // Employees read back in order, a chunk at a time (`[scenarioId+seq]`); keys of anonymised copies.
    this.version(3).stores({
      employees: '[scenarioId+nip], scenarioId, [scenarioId+seq]',
      anonymisationKeys: 'anonymisedId, originalId',
    });
  }
}
