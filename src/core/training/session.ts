/**
 * A trainee's work on one exercise, as plain data that survives a reload: the moves made, the moves
 * refused (with why), how many were undone, when it started, and the result once submitted.
 */
import type { RuleId } from '../plan/rules';
import type { Refusal, TraineeMove } from './evaluate';
import { RESULT_FORMAT, RESULT_VERSION, type TrainingResult } from './result';

export interface RefusedMove {
  nip: string;
  toPostId: string;
  refusal: Refusal;
  at: string;
}

export interface Progress {
  exerciseId: string;
  exerciseHash: string;
  moves: TraineeMove[];
  refused: RefusedMove[];
  undone: number;
  startedAt: string;
  result: TrainingResult | null;
}

/** A fresh start on an exercise at `now` (ISO time). */
export function newProgress(exerciseId: string, exerciseHash: string, now: string): Progress {
  return { exerciseId, exerciseHash, moves: [], refused: [], undone: 0, startedAt: now, result: null };
}

/** Minutes left before the time limit (may be negative), or null without a limit. */
export function minutesLeft(p: Progress, timeLimitMinutes: number | null, now: string): number | null {
  if (timeLimitMinutes === null) return null;
  return timeLimitMinutes - (Date.parse(now) - Date.parse(p.startedAt)) / 60000;
}

function ruleOf(r: Refusal): RuleId | null {
  return r.kind === 'rule' ? r.rule : null;
}

/** The result file's content (without its hash) for a submitted plan. */
export function resultOf(p: Progress, trainee: string, score: number | null, objective: number, submittedAt: string): Omit<TrainingResult, 'contentHash'> {
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    exercise: { id: p.exerciseId, contentHash: p.exerciseHash },
    trainee: trainee.trim(),
    moves: p.moves.map((m) => ({ nip: m.nip, toPostId: m.toPostId, at: m.at ?? p.startedAt })),
    refused: p.refused.slice(-500).map((r) => ({ nip: r.nip, toPostId: r.toPostId, kind: r.refusal.kind, rule: ruleOf(r.refusal), at: r.at })),
    undone: p.undone,
    score,
    objective,
    startedAt: p.startedAt,
    submittedAt,
  };
}
