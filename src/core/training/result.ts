/**
 * A trainee's result as a small file: which exercise (id and content hash), who, the moves made and
 * refused, the score, the times, and a SHA-256 over the canonical content (computed where hashing is
 * available; see storage/hash.ts). The facilitator re-scores the moves, so a changed score is caught
 * even when the hash was recomputed.
 */
import { z } from 'zod';
import { formatPath, type Problem } from '../scenario/problem';
import { RULE_IDS } from '../plan/rules';

export const RESULT_FORMAT = 'seimbang-training-result';
export const RESULT_VERSION = 1;

const nip = z.string().regex(/^\d{18}$/, 'must be 18 digits without spaces');
const postId = z.string().min(1).max(80);
const at = z.string().max(40);
const hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits');

export const REFUSAL_KINDS = ['rule', 'budget', 'same-post', 'already-moved', 'unknown-person', 'unknown-post'] as const;

export const resultSchema = z.object({
  format: z.literal(RESULT_FORMAT, { error: () => `must be "${RESULT_FORMAT}"` }),
  version: z.literal(RESULT_VERSION, { error: () => `this app reads result version ${RESULT_VERSION}` }),
  exercise: z.object({ id: z.string().min(1).max(80), contentHash: hash }),
  trainee: z.string().trim().min(1, 'the trainee\'s name must not be empty').max(120),
  moves: z.array(z.object({ nip, toPostId: postId, at })).max(100),
  /** Moves tried and refused, with the reason (rule id when a hard rule refused it). */
  refused: z.array(z.object({ nip, toPostId: postId, kind: z.enum(REFUSAL_KINDS), rule: z.enum(RULE_IDS).nullable(), at })).max(500),
  /** Moves undone before submitting (kept so the facilitator sees second thoughts). */
  undone: z.number().int().min(0).max(10000),
  score: z.number().nullable(),
  objective: z.number(),
  startedAt: at,
  submittedAt: at,
  contentHash: hash.optional(),
});
export type TrainingResult = z.infer<typeof resultSchema>;

export type ResultParse = { ok: true; result: TrainingResult } | { ok: false; problems: Problem[] };

/** Parses a result document; never throws. */
export function parseResult(data: unknown): ResultParse {
  const parsed = resultSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  return { ok: true, result: parsed.data };
}

/** The result without its hash field: what the hash is computed over. */
export function resultContent(r: TrainingResult): Omit<TrainingResult, 'contentHash'> {
  const { contentHash: _hash, ...content } = r;
  return content;
}

/** What can be wrong with an imported result. */
export type ResultFlag =
  | 'hash-missing' | 'hash-mismatch' | 'unknown-exercise' | 'exercise-changed'
  | 'score-mismatch' | 'objective-mismatch' | 'invalid-moves' | 'over-time';

export interface ResultCheckInput {
  result: TrainingResult;
  /** Hash recomputed over the result's canonical content. */
  computedHash: string;
  /** The exercise the facilitator holds with that id, with its content hash; null when none. */
  exercise: { contentHash: string; timeLimitMinutes: number | null } | null;
  /** The score and objective recomputed from the moves; null when the exercise is unknown. */
  rescored: { score: number | null; objective: number; invalidMoves: number } | null;
}

/** Scores agree when they are the same number to the displayed precision (1e-6 guards float noise). */
function sameScore(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) < 1e-6;
}

/** Flags of one imported result; an empty list means it checks out. */
export function resultFlags(input: ResultCheckInput): ResultFlag[] {
  const { result, exercise, rescored } = input;
  const flags: ResultFlag[] = [];
  if (result.contentHash === undefined) flags.push('hash-missing');
  else if (result.contentHash !== input.computedHash) flags.push('hash-mismatch');
  if (exercise === null) flags.push('unknown-exercise');
  else if (exercise.contentHash !== result.exercise.contentHash) flags.push('exercise-changed');
  if (rescored) {
    if (rescored.invalidMoves > 0) flags.push('invalid-moves');
    if (!sameScore(rescored.score, result.score)) flags.push('score-mismatch');
    if (rescored.objective !== result.objective) flags.push('objective-mismatch');
  }
  if (exercise?.timeLimitMinutes) {
    const minutes = (Date.parse(result.submittedAt) - Date.parse(result.startedAt)) / 60000;
    if (Number.isFinite(minutes) && minutes > exercise.timeLimitMinutes) flags.push('over-time');
  }
  return flags;
}
