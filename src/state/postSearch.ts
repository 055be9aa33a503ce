import { foldName, matchIndexes } from '../core/search';
import type { Post, Unit } from '../core/scenario/schema';

/**
 * Each post as the search compares it, "title unit name" folded, kept while the posts and units stay
 * the same arrays (an edit of a person changes neither).
 */
const labels = new WeakMap<readonly Post[], { units: readonly Unit[]; folded: string[] }>();

function foldedLabels(posts: readonly Post[], units: readonly Unit[]): string[] {
  const kept = labels.get(posts);
  if (kept && kept.units === units) return kept.folded;
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const folded = posts.map((p) => foldName(`${p.title} ${nameOf.get(p.unitId) ?? ''}`));
  labels.set(posts, { units, folded });
  return folded;
}

/**
 * Up to `limit` posts whose title and unit name hold every word typed, leaving out `except` (the
 * post the person holds): a large agency has tens of thousands of posts, too many for a list.
 */
export function findPosts(posts: readonly Post[], units: readonly Unit[], query: string, limit: number, except: string | null): Post[] {
  if (query.trim() === '') return [];
  return matchIndexes(foldedLabels(posts, units), query, limit + 1)
    .map((i) => posts[i]!)
    .filter((p) => p.id !== except)
    .slice(0, limit);
}

/** A pick list of at most this many units or posts is shown whole; a longer one, as a search's matches. */
export const WHOLE_LIST_UP_TO = 300;
/** How many matches a long pick list shows. */
const PICKS = 50;

/** Whether a pick list of `count` entries is shown as the matches of what is typed rather than whole. */
export function isLongList(count: number): boolean {
  return count > WHOLE_LIST_UP_TO;
}

const unitLabels = new WeakMap<readonly Unit[], string[]>();

/** Up to `limit` units whose name holds every word typed, names starting with the query first. */
export function findUnits(units: readonly Unit[], query: string, limit: number): Unit[] {
  let folded = unitLabels.get(units);
  if (!folded) unitLabels.set(units, (folded = units.map((u) => foldName(u.name))));
  return matchIndexes(folded, query, limit).map((i) => units[i]!);
}

/** The matches of a search for a pick list, the one chosen first when it is not among them (a select shows its value). */
export function withChosen<T>(found: readonly T[], chosen: T | undefined): T[] {
  return chosen !== undefined && !found.includes(chosen) ? [chosen, ...found] : [...found];
}

/** The units a pick list offers: all of them, or of a long list those matching `query` and the one chosen. */
export function unitChoices(units: readonly Unit[], query: string, chosen: Unit | undefined): readonly Unit[] {
  return isLongList(units.length) ? withChosen(findUnits(units, query, PICKS), chosen) : units;
}

/** The posts a pick list offers: all of them, or of a long list those matching `query` and the one chosen. */
export function postChoices(posts: readonly Post[], units: readonly Unit[], query: string, chosen: Post | undefined): readonly Post[] {
  return isLongList(posts.length) ? withChosen(findPosts(posts, units, query, PICKS, null), chosen) : posts;
}
