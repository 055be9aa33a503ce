/**
 * The files of training: exercises and trainees' results read from JSON files (each bad file named
 * with its problems), and a result checked by the facilitator (its hash, its time, its moves scored
 * again against the exercise).
 */
import type { TraineeMove } from '../core/training/evaluate';
import { exerciseContent, type Exercise } from '../core/training/exercise';
import { resultContent, resultFlags, type ResultFlag, type TrainingResult } from '../core/training/result';
import type { PlanScore } from '../core/training/score';
import type { Problem } from '../core/scenario/problem';
import { canonicalJson, sha256Hex } from '../storage/hash';

export interface ExerciseEntry {
  exercise: Exercise;
  hash: string;
  origin: 'bundled' | 'imported';
}

/** An imported result, checked: flags, and the score recomputed from its moves. */
export interface CheckedResult {
  fileName: string;
  result: TrainingResult;
  flags: ResultFlag[];
  rescored: { score: number | null; objective: number; invalidMoves: number } | null;
  hurting: Array<{ nip: string; toPostId: string }>;
}

export interface FileProblem {
  fileName: string;
  problems: Problem[];
}

export async function exerciseHash(x: Exercise): Promise<string> {
  return sha256Hex(canonicalJson(exerciseContent(x)));
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Reads JSON files one by one; a file that is not JSON or fails `parse` is reported with its problems. */
export async function readFiles<T>(files: readonly File[], parse: (data: unknown) => Parsed<T>): Promise<{ good: Array<{ name: string; value: T }>; problems: FileProblem[] }> {
  const good: Array<{ name: string; value: T }> = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    let parsed: Parsed<T>;
    try {
      parsed = parse(JSON.parse(await file.text()));
    } catch (error) {
      parsed = { ok: false, problems: [{ path: '(document)', message: `not valid JSON: ${(error as Error).message}` }] };
    }
    if (parsed.ok) good.push({ name: file.name, value: parsed.value });
    else problems.push({ fileName: file.name, problems: parsed.problems.slice(0, 20) });
  }
  return { good, problems };
}

/**
 * Checks a trainee's result: its hash against its content, and, when its exercise is known here
 * (`entry`), its time and its moves scored again by `score`.
 */
export async function checkResult(
  fileName: string, result: TrainingResult, entry: ExerciseEntry | null,
  score: (entry: ExerciseEntry, moves: TraineeMove[]) => Promise<PlanScore>,
): Promise<CheckedResult> {
  const computedHash = await sha256Hex(canonicalJson(resultContent(result)));
  let rescored: CheckedResult['rescored'] = null;
  let hurting: CheckedResult['hurting'] = [];
  if (entry) {
    const scored = await score(entry, result.moves);
    rescored = { score: scored.score, objective: scored.trainee, invalidMoves: scored.invalid.length };
    hurting = scored.feedback.filter((f) => f.verdict === 'hurt').map((f) => ({ nip: f.move.nip, toPostId: f.move.toPostId }));
  }
  const exercise = entry ? { contentHash: entry.hash, timeLimitMinutes: entry.exercise.timeLimitMinutes } : null;
  return { fileName, result, flags: resultFlags({ result, computedHash, exercise, rescored }), rescored, hurting };
}
