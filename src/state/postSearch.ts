import { foldName, matchIndexes } from '../core/search';
import type { Post, Unit } from '../core/scenario/schema';

/** Each post as the search compares it, "title unit name" folded, kept while posts and units stay the same. */
const labels = new WeakMap<readonly Post[], { units: ReadonlyMap<string, Unit>; folded: string[] }>();

function foldedLabels(posts: readonly Post[], unitById: ReadonlyMap<string, Unit>): string[] {
  const kept = labels.get(posts);
  if (kept && kept.units === unitById) return kept.folded;
  const folded = posts.map((p) => foldName(`${p.title} ${unitById.get(p.unitId)?.name ?? ''}`));
  labels.set(posts, { units: unitById, folded });
  return folded;
}

/**
 * Up to `limit` posts whose title and unit name hold every word typed, leaving out `except` (the
 * post the person holds): a large agency has tens of thousands of posts, too many for a list.
 */
export function findPosts(posts: readonly Post[], unitById: ReadonlyMap<string, Unit>, query: string, limit: number, except: string | null): Post[] {
  return matchIndexes(foldedLabels(posts, unitById), query, limit + 1)
    .map((i) => posts[i]!)
    .filter((p) => p.id !== except)
    .slice(0, limit);
}
