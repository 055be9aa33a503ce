/**
 * The one Dexie database of the app. `scenarios` holds a small summary per scenario (name, dates,
 * revision), cheap to list and to watch; `headers` the rest of the scenario but its posts and
 * people, as JSON text; `postBlocks` and `employeeBlocks` the posts and the people, a few hundred
 * per record (see blocks.ts), so that editing one person rewrites one small block and a 100k-person
 * agency is a few hundred records. (Versions 1-3 kept one record per employee in `employees`;
 * versions 1-4 kept the whole header inside the `scenarios` record.) `postDigests` and
 * `employeeDigests` hold, per group of blocks, the few columns the dashboard needs (see digest.ts); a scenario
 * stored before version 6 has none until it is next opened, and opens the slower way meanwhile.
 * Never edit an old `version(n)` block: add a new one with its upgrade.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { migrateScenario } from '../core/scenario/migrate';
import type { AnonymisationKey } from '../core/scenario/anonymise';
import type { Employee, Scenario } from '../core/scenario/schema';
import { BLOCK_SIZE, blockOf, type BlockRecord, type EmployeeBlockRecord } from './blocks';
import type { EmployeeDigestRecord, PostDigestRecord } from './digest';

export type ScenarioHeader = Omit<Scenario, 'employees'>;

export interface ScenarioRecord {
  id: string;
  name: string;
  updatedAt: string;
  createdAt: string;
  fictional: boolean;
  parentId: string | null;
  /** Incremented on every write; lets a tab notice that another tab changed the scenario. */
  revision: number;
  /** Set when the scenario was deleted and can still be brought back (until the next deletion or visit). */
  deletedAt?: string;
}

/** A scenario record of versions 1 to 4, with its whole header inside; read only by upgrades. */
export interface LegacyScenarioRecord {
  id: string;
  name: string;
  updatedAt: string;
  revision: number;
  header: ScenarioHeader;
  deletedAt?: string;
}

/** The header of a scenario without its posts, as JSON text. */
export interface HeaderRecord {
  id: string;
  json: string;
}

/** The summary record of a header. */
export function summaryOf(header: ScenarioHeader, revision: number): ScenarioRecord {
  const { id, name, updatedAt, createdAt, fictional, parentId } = header.meta;
  return { id, name, updatedAt, createdAt, fictional, parentId, revision };
}

/** The header record (everything but posts and people) of a header. */
export function headerRecordOf(header: ScenarioHeader): HeaderRecord {
  const { posts: _posts, ...rest } = header;
  return { id: header.meta.id, json: JSON.stringify(rest) };
}

/** One employee per record: the layout of versions 1 to 3, read only by the upgrade to version 4. */
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
  employeeBlocks!: Table<EmployeeBlockRecord, [string, number]>;
  headers!: EntityTable<HeaderRecord, 'id'>;
  postBlocks!: Table<BlockRecord, [string, number]>;
  anonymisationKeys!: EntityTable<AnonymisationKeyRecord, 'anonymisedId'>;
  postDigests!: Table<PostDigestRecord, [string, number]>;
  employeeDigests!: Table<EmployeeDigestRecord, [string, number]>;

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
        tx.table<LegacyScenarioRecord, string>('scenarios').toCollection().modify((record) => {
          record.header = upgradeHeader(record.header);
        }),
      );
    // Employees read back in order, a chunk at a time (`[scenarioId+seq]`); keys of anonymised copies.
    this.version(3).stores({
      employees: '[scenarioId+nip], scenarioId, [scenarioId+seq]',
      anonymisationKeys: 'anonymisedId, originalId',
    });
    // Employees move into blocks of BLOCK_SIZE people (one record each); the per-employee table goes.
    this.version(4)
      .stores({ employees: null, employeeBlocks: '[scenarioId+block], scenarioId' })
      .upgrade(async (tx) => {
        const rows = await tx.table<EmployeeRecord>('employees').toArray();
        const byScenario = new Map<string, EmployeeRecord[]>();
        for (const row of rows) byScenario.set(row.scenarioId, [...(byScenario.get(row.scenarioId) ?? []), row]);
        const blocks: EmployeeBlockRecord[] = [];
        for (const [scenarioId, list] of byScenario) {
          const people = list.sort((a, b) => a.seq - b.seq).map((r) => r.employee);
          for (let block = 0; block * BLOCK_SIZE < people.length; block++) blocks.push(blockOf(scenarioId, people, block));
        }
        await tx.table<EmployeeBlockRecord>('employeeBlocks').bulkAdd(blocks);
      });
    // Headers leave the scenario records (which keep a small summary), their posts in blocks.
    this.version(5)
      .stores({ headers: 'id', postBlocks: '[scenarioId+block], scenarioId' })
      .upgrade(async (tx) => {
        const records = await tx.table<LegacyScenarioRecord>('scenarios').toArray();
        const headers: HeaderRecord[] = [];
        const posts: BlockRecord[] = [];
        const summaries: ScenarioRecord[] = records.map((r) => {
          headers.push(headerRecordOf(r.header));
          for (let block = 0; block * BLOCK_SIZE < r.header.posts.length; block++) posts.push(blockOf(r.id, r.header.posts, block));
          const summary = summaryOf(r.header, r.revision);
          return r.deletedAt ? { ...summary, deletedAt: r.deletedAt } : summary;
        });
        await tx.table<ScenarioRecord>('scenarios').bulkPut(summaries);
        await tx.table<HeaderRecord>('headers').bulkAdd(headers);
        await tx.table<BlockRecord>('postBlocks').bulkAdd(posts);
      });
    // Digests of the blocks, for opening a large agency quickly (written when a scenario is next saved or opened).
    this.version(6).stores({ postDigests: '[scenarioId+group], scenarioId', employeeDigests: '[scenarioId+group], scenarioId' });
  }
}
