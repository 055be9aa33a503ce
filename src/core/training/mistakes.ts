/**
 * Common mistakes across a room's results: the moves most often refused or that hurt, and the rules
 * most often hit. Counts, sorted by frequency then by name, so the same files give the same table.
 */
import type { RuleId } from '../plan/rules';
import type { TrainingResult } from './result';

export interface MistakeCount<K> {
  key: K;
  count: number;
}

export interface CommonMistakes {
  /** Refused moves, by person and post. */
  refusedMoves: MistakeCount<{ nip: string; toPostId: string }>[];
  /** Moves that made the plan worse, by person and post. */
  hurtingMoves: MistakeCount<{ nip: string; toPostId: string }>[];
  rules: MistakeCount<RuleId>[];
}

function ranked<K>(counts: Map<string, { key: K; count: number }>, limit: number): MistakeCount<K>[] {
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([, v]) => v);
}

function bump<K>(counts: Map<string, { key: K; count: number }>, id: string, key: K): void {
  const found = counts.get(id);
  if (found) found.count++;
  else counts.set(id, { key, count: 1 });
}

/**
 * `hurting[i]` lists the moves of `results[i]` whose marginal effect was negative (from the re-scoring).
 * Each result counts a move or rule once, so one trainee retrying the same refused move counts once.
 */
export function commonMistakes(results: readonly TrainingResult[], hurting: ReadonlyArray<ReadonlyArray<{ nip: string; toPostId: string }>>, limit = 5): CommonMistakes {
  const refused = new Map<string, { key: { nip: string; toPostId: string }; count: number }>();
  const hurt = new Map<string, { key: { nip: string; toPostId: string }; count: number }>();
  const rules = new Map<string, { key: RuleId; count: number }>();
  results.forEach((r, i) => {
    const seenMove = new Set<string>();
    const seenRule = new Set<string>();
    for (const m of r.refused) {
      const id = `${m.nip}\u0000${m.toPostId}`;
      if (!seenMove.has(id)) bump(refused, id, { nip: m.nip, toPostId: m.toPostId });
      seenMove.add(id);
      if (m.rule !== null && !seenRule.has(m.rule)) bump(rules, m.rule, m.rule);
      if (m.rule !== null) seenRule.add(m.rule);
    }
    for (const m of hurting[i] ?? []) bump(hurt, `${m.nip}\u0000${m.toPostId}`, { nip: m.nip, toPostId: m.toPostId });
  });
  return { refusedMoves: ranked(refused, limit), hurtingMoves: ranked(hurt, limit), rules: ranked(rules, limit) };
}
