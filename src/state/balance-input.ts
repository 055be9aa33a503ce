/**
 * The worker's balance input for a scenario built on the page in time slices: the same columns as
 * `toBalanceInput`, but a large agency (tens of thousands of posts, 100k people) is indexed a
 * slice at a time, so the page is never held for the whole pass.
 */
import { need as needOf } from '../core/abk';
import type { BalanceInput, BalanceReport, BalanceRow } from '../core/balance';
import { postRowOf, type PackedBalanceReport } from '../core/balance-pack';
import { slicer } from '../storage/blocks';
import type { ScenarioHeader } from '../storage/db';
import type { People } from '../storage/people';

/** Posts or people handled between two looks at the clock. */
const ITEMS_PER_CHECK = 2_000;

/** As `toBalanceInput` of the scenario with these people, pausing between slices on the page (straight on in a worker or Node). */
export async function balanceInputOf(s: ScenarioHeader, people: People, itemsPerCheck = ITEMS_PER_CHECK): Promise<BalanceInput> {
  const slice = slicer();
  const unitIndex = new Map(s.units.map((u, i) => [u.id, i]));
  const postIndex = new Map<string, number>();
  const postIds = new Array<string>(s.posts.length);
  const postUnit = new Int32Array(s.posts.length);
  const postWorkload = new Float64Array(s.posts.length);
  for (let from = 0; from < s.posts.length; from += itemsPerCheck) {
    await slice();
    for (let i = from; i < Math.min(from + itemsPerCheck, s.posts.length); i++) {
      const post = s.posts[i]!;
      postIds[i] = post.id;
      postIndex.set(post.id, i);
      postUnit[i] = unitIndex.get(post.unitId) ?? -1;
      postWorkload[i] = needOf(post.tasks, 1);
    }
  }
  const employeePost = new Int32Array(people.count);
  for (let from = 0; from < people.count; from += itemsPerCheck) {
    await slice();
    for (let i = from; i < Math.min(from + itemsPerCheck, people.count); i++) {
      const postId = people.postOf(i);
      employeePost[i] = postId === null ? -1 : (postIndex.get(postId) ?? -1);
    }
  }
  const { wkeMinutes, bands, overloadTolerance } = s.settings;
  return { wkeMinutes, bands, overloadTolerance, unitIds: s.units.map((u) => u.id), postIds, postUnit, postWorkload, employeePost };
}

/** The report whose post rows came packed as columns, its rows rebuilt a slice at a time. */
export async function unpackReport(packed: PackedBalanceReport, postIds: readonly string[], itemsPerCheck = ITEMS_PER_CHECK): Promise<BalanceReport> {
  const slice = slicer();
  const posts = new Array<BalanceRow>(postIds.length);
  for (let from = 0; from < postIds.length; from += itemsPerCheck) {
    await slice();
    for (let i = from; i < Math.min(from + itemsPerCheck, postIds.length); i++) posts[i] = postRowOf(packed.posts, postIds, i);
  }
  return { ...packed, posts };
}
