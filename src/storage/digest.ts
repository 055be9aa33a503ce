/**
 * Digests of stored blocks: the few columns the dashboard needs (each post's unit and workload,
 * each person's post and retirement date), stored beside the blocks of posts and people and written
 * in the same transactions. Opening a large agency reads these small records first, so its balance
 * can be computed and drawn before the full records (about 100 MB of JSON at 100k people) are parsed.
 */
import { need as needOf } from '../core/abk';
import type { BalanceInput } from '../core/balance';
import { employeeRetirementDate } from '../core/employee';
import type { AsnStatus } from '../core/nip';
import type { Employee, Post, Scenario } from '../core/scenario/schema';
import { BLOCK_SIZE, slicer } from './blocks';
import { addColumns, emptyColumns, statusOf, type PeopleColumns } from './people';
import { TextPool } from './texts';

/** The dashboard's columns for one block of posts. */
export interface PostDigest {
  ids: string[];
  unitIds: string[];
  /** Yearly workload minutes (volume x norm time summed over the post's tasks). */
  workload: number[];
}

/**
 * The columns of one group of people: what the dashboard needs (post, retirement date), and what the
 * page keeps of everyone besides their blocks (NIP, name, status; see people.ts), so that the page
 * never parses the 100 MB of a large agency's blocks to find them.
 */
export interface EmployeeDigest {
  postIds: (string | null)[];
  /** Effective date of retirement (the 1st of the month after the retirement age is reached). */
  retires: string[];
  nips: string[];
  names: string[];
  statuses: AsnStatus[];
}

/**
 * A digest as stored, for a group of `BLOCKS_PER_DIGEST` blocks: its columns as one JSON text. The
 * browser's database reads large values (over about 64 KB, kept apart from its index) several times
 * faster per byte than small ones, and one text crosses into the page as one cheap copy.
 */
export interface DigestRecord {
  scenarioId: string;
  /** Group g covers blocks g x BLOCKS_PER_DIGEST up to (g + 1) x BLOCKS_PER_DIGEST - 1. */
  group: number;
  json: string;
}

/** Blocks of posts or people per digest record. */
export const BLOCKS_PER_DIGEST = 8;
const DIGEST_SPAN = BLOCKS_PER_DIGEST * BLOCK_SIZE;
export type PostDigestRecord = DigestRecord;
export type EmployeeDigestRecord = DigestRecord;

/** Digest of group `group` of a scenario's posts (`part`: the group's posts). */
export function postDigestOf(scenarioId: string, group: number, part: readonly Post[]): PostDigestRecord {
  const digest: PostDigest = { ids: part.map((p) => p.id), unitIds: part.map((p) => p.unitId), workload: part.map((p) => needOf(p.tasks, 1)) };
  return { scenarioId, group, json: JSON.stringify(digest) };
}

/** Digest of group `group` of a scenario's people (`part`: the group's people). */
export function employeeDigestOf(scenarioId: string, group: number, part: readonly Employee[]): EmployeeDigestRecord {
  const digest: EmployeeDigest = {
    postIds: part.map((e) => e.postId), retires: part.map(employeeRetirementDate),
    nips: part.map((e) => e.nip), names: part.map((e) => e.name), statuses: part.map(statusOf),
  };
  return { scenarioId, group, json: JSON.stringify(digest) };
}

/**
 * The digest of a group with person `seq` of the scenario changed (or added at the end); null when
 * `seq` is neither in the group nor right after its end.
 */
export function withPerson(record: EmployeeDigestRecord, seq: number, employee: Employee): EmployeeDigestRecord | null {
  const digest = JSON.parse(record.json) as Partial<EmployeeDigest>;
  // A digest written before it held the people's columns cannot take the person (it is dropped).
  if (!isWhole(digest)) return null;
  const at = seq - record.group * DIGEST_SPAN;
  if (at < 0 || at > digest.postIds.length || at >= DIGEST_SPAN) return null;
  digest.postIds[at] = employee.postId;
  digest.retires[at] = employeeRetirementDate(employee);
  digest.nips[at] = employee.nip;
  digest.names[at] = employee.name;
  digest.statuses[at] = statusOf(employee);
  return { ...record, json: JSON.stringify(digest) };
}

/** Whether a people's digest holds every column, all of the same length (not one of an older layout). */
function isWhole(d: Partial<EmployeeDigest>): d is EmployeeDigest {
  const n = d.postIds?.length;
  return n !== undefined && [d.retires, d.nips, d.names, d.statuses].every((c) => c?.length === n);
}

/** The group holding item `seq`. */
export function groupOf(seq: number): number {
  return Math.floor(seq / DIGEST_SPAN);
}

/** Digests of the given groups of a scenario's list, made in time slices on the page. */
export async function digestsOf<T, D>(
  scenarioId: string, items: readonly T[], groups: readonly number[], of: (scenarioId: string, group: number, part: readonly T[]) => D,
): Promise<D[]> {
  const slice = slicer();
  const out: D[] = [];
  for (const group of groups) {
    out.push(of(scenarioId, group, items.slice(group * DIGEST_SPAN, (group + 1) * DIGEST_SPAN)));
    await slice();
  }
  return out;
}

/** Group numbers 0, 1, ... covering `count` items. */
export function allGroups(count: number): number[] {
  return Array.from({ length: Math.ceil(count / DIGEST_SPAN) }, (_, i) => i);
}

/** The groups holding the given blocks, each once. */
export function groupsOfBlocks(blocks: readonly number[]): number[] {
  return [...new Set(blocks.map((b) => Math.floor(b / BLOCKS_PER_DIGEST)))];
}

/** What the dashboard of a stored scenario needs before its full records are read. */
export interface ScenarioDigest {
  header: Omit<Scenario, 'posts' | 'employees'>;
  revision: number;
  posts: number;
  people: number;
  /** The balance input of the stored scenario, equal to `toBalanceInput` of the whole of it. */
  input: BalanceInput;
  /** Retirement dates of everyone, in stored order. */
  retires: string[];
  /** Everyone's columns, in stored order, for the page to keep with their blocks (see people.ts). */
  columns: PeopleColumns;
}

/**
 * The digest of a scenario from its header and its digest records in group order (built in time
 * slices on the page), or null when the groups are not numbered 0, 1, ... (some missing).
 */
export async function scenarioDigestOf(
  header: Omit<Scenario, 'posts' | 'employees'>,
  revision: number,
  posts: PostDigestRecord[],
  people: EmployeeDigestRecord[],
): Promise<ScenarioDigest | null> {
  if (posts.some((d, i) => d.group !== i) || people.some((d, i) => d.group !== i)) return null;
  const slice = slicer();
  const unitIndex = new Map(header.units.map((u, i) => [u.id, i]));
  const postIds: string[] = [];
  const postIndex = new Map<string, number>();
  const unitOf: number[] = [];
  const workload: number[] = [];
  for (const record of posts) {
    const d = JSON.parse(record.json) as PostDigest;
    d.ids.forEach((id, k) => {
      const i = postIds.push(id) - 1;
      postIndex.set(id, i);
      unitOf[i] = unitIndex.get(d.unitIds[k]!) ?? -1;
      workload[i] = d.workload[k]!;
    });
    await slice();
  }
  const peoplesPosts: number[] = [];
  const columns = emptyColumns();
  // The dates repeat from person to person: one string of each is kept (a post's id is the post digest's).
  const dates = new TextPool();
  for (const record of people) {
    const d = JSON.parse(record.json) as Partial<EmployeeDigest>;
    // A digest written before it held the people's columns counts as missing (it is written again).
    if (!isWhole(d)) return null;
    for (let k = 0; k < d.postIds.length; k++) {
      const id = d.postIds[k]!;
      const post = id === null ? -1 : (postIndex.get(id) ?? -1);
      peoplesPosts.push(post);
      const date = d.retires[k]!;
      addColumns(columns, d.nips[k]!, d.names[k]!, post < 0 ? id : postIds[post]!, dates.share(date), d.statuses[k]!);
    }
    await slice();
  }
  const [postUnit, postWorkload, employeePost] = [Int32Array.from(unitOf), Float64Array.from(workload), Int32Array.from(peoplesPosts)];
  const { wkeMinutes, bands, overloadTolerance } = header.settings;
  return {
    header, revision, posts: postIds.length, people: columns.nips.length, retires: columns.retires, columns,
    input: { wkeMinutes, bands, overloadTolerance, unitIds: header.units.map((u) => u.id), postIds, postUnit, postWorkload, employeePost },
  };
}
