/**
 * The one Dexie database of the app. Scenario headers (everything but the people) live in
 * `scenarios`; employees live in their own table so that editing one person writes one row
 * and a 100k-person scenario never has to be rewritten whole.
 * Never edit an old `version(n)` block: add a new one with its upgrade.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Employee, Scenario } from '../core/scenario/schema';

export type ScenarioHeader = Omit<Scenario, 'employees'>;

export interface ScenarioRecord {
  id: string;
  name: string;
  updatedAt: string;
  /** Incremented on every write; lets a tab notice that another tab changed the scenario. */
  revision: number;
  header: ScenarioHeader;
}

export interface EmployeeRecord {
  scenarioId: string;
  nip: string;
  /** Position in the scenario's employee list, so that a scenario loads back in the same order. */
  seq: number;
  employee: Employee;
}

export const DB_NAME = 'seimbang';

export class SeimbangDb extends Dexie {
  scenarios!: EntityTable<ScenarioRecord, 'id'>;
  employees!: Table<EmployeeRecord, [string, string]>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      scenarios: 'id, name, updatedAt',
      employees: '[scenarioId+nip], scenarioId',
    });
  }
}
