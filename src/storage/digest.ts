/**
 * Digests of stored blocks: the few columns the dashboard needs (each post's unit and workload,
 * each person's post and retirement date), stored beside the blocks of posts and people and written
 * in the same transactions. Opening a large agency reads these small records first, so its balance
 * can be computed and drawn before the full records (about 100 MB of JSON at 100k people) are parsed.
 */
import { need as needOf } from '../core/abk';
import type { BalanceInput } from '../core/balance';
import { employeeRetirementDate } from '../core/employee';
import type { Employee, Post, Scenario } from '../core/scenario/schema';
import { BLOCK_SIZE, slicer } from './blocks';

/** The dashboard's columns for one block of posts. */
export interface PostDigestRecord {
  scenarioId: string;
  block: number;
  ids: string[];
  unitIds: string[];
  /** Yearly workload minutes (volume x norm time summed over the post's tasks). */
  workload: number[];
}

/** The dashboard's columns for one block of people. */
export interface EmployeeDigestRecord {
  scenarioId: string;
  block: number;
  postIds: (string | null)[];
  /** Effective date of retirement (the 1st of the month after the retirement age is reached). */
  retires: string[];
}

/** Items of block `block` of a list. */
function blockItems<T>(items: readonly T[], block: number): readonly T[] {
  return items.slice(block * BLOCK_SIZE, (block + 1) * BLOCK_SIZE);
}

/** Digest of block `block` of a scenario's posts (`part`: the block's posts). */
export function postDigestOf(scenarioId: string, block: number, part: readonly Post[]): PostDigestRecord {
  return { scenarioId, block, ids: part.map((p) => p.id), unitIds: part.map((p) => p.unitId), workload: part.map((p) => needOf(p.tasks, 1)) };
}

/** Digest of block `block` of a scenario's people (`part`: the block's people). */
export function employeeDigestOf(scenarioId: string, block: number, part: readonly Employee[]): EmployeeDigestRecord {
  return { scenarioId, block, postIds: part.map((e) => e.postId), retires: part.map(employeeRetirementDate) };
}

/** Digests of the given blocks of a scenario's list, made in time slices on the page. */
export async function digestsOf<T, D>(
  scenarioId: string, items: readonly T[], blocks: readonly number[], of: (scenarioId: string, block: number, part: readonly T[]) => D,
): Promise<D[]> {
  const slice = slicer();
  const out: D[] = [];
  for (const block of blocks) {
    out.push(of(scenarioId, block, blockItems(items, block)));
    await slice();
  }
  return out;
}

/** Block numbers 0, 1, ... covering `count` items. */
export function allBlocks(count: number): number[] {
  return Array.from({ length: Math.ceil(count / BLOCK_SIZE) }, (_, i) => i);
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
}

/**
 * The digest of a scenario from its header and its digest records in block order (built in time
 * slices on the page), or null when the blocks are not numbered 0, 1, ... (some missing).
 */
export async function scenarioDigestOf(
  header: Omit<Scenario, 'posts' | 'employees'>,
  revision: number,
  posts: PostDigestRecord[],
  people: EmployeeDigestRecord[],
): Promise<ScenarioDigest | null> {
  if (posts.some((d, i) => d.block !== i) || people.some((d, i) => d.block !== i)) return null;
  const slice = slicer();
  const unitIndex = new Map(header.units.map((u, i) => [u.id, i]));
  const nPosts = posts.reduce((n, d) => n + d.ids.length, 0);
  const nPeople = people.reduce((n, d) => n + d.postIds.length, 0);
  const postIds: string[] = [];
  const postIndex = new Map<string, number>();
  const postUnit = new Int32Array(nPosts);
  const postWorkload = new Float64Array(nPosts);
  for (const d of posts) {
    d.ids.forEach((id, k) => {
      const i = postIds.push(id) - 1;
      postIndex.set(id, i);
      postUnit[i] = unitIndex.get(d.unitIds[k]!) ?? -1;
      postWorkload[i] = d.workload[k]!;
    });
    await slice();
  }
  const employeePost = new Int32Array(nPeople);
  const retires: string[] = [];
  for (const d of people) {
    d.postIds.forEach((id, k) => {
      employeePost[retires.length] = id === null ? -1 : (postIndex.get(id) ?? -1);
      retires.push(d.retires[k]!);
    });
    await slice();
  }
  const { wkeMinutes, bands, overloadTolerance } = header.settings;
  return {
    header, revision, posts: nPosts, people: nPeople, retires,
    input: { wkeMinutes, bands, overloadTolerance, unitIds: header.units.map((u) => u.id), postIds, postUnit, postWorkload, employeePost },
  };
}
