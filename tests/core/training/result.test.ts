import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../src/storage/hash';
import { commonMistakes } from '../../../src/core/training/mistakes';
import { trainingOptimum } from '../../../src/core/training/optimum';
import { parseResult, resultContent, resultFlags, type TrainingResult } from '../../../src/core/training/result';
import { scorePlan } from '../../../src/core/training/score';
import { taskOf } from './fixtures';

const task = taskOf('03-qualification-trap.json');
const optimum = trainingOptimum(task);
const exercise = { contentHash: 'a'.repeat(64), timeLimitMinutes: null };
const nipOf = (name: string) => task.scenario.employees.find((e) => e.name === name)!.nip;

async function sealed(moves: TrainingResult['moves']): Promise<TrainingResult> {
  const scored = scorePlan(task, moves, optimum);
  const result: TrainingResult = {
    format: 'seimbang-training-result', version: 1, exercise: { id: '03-jebakan-kualifikasi', contentHash: exercise.contentHash },
    trainee: 'Rina', moves, refused: [{ nip: nipOf('Wahyu Caniago, S.Pd.'), toPostId: 'sdn-01-surau-gadang.guru-pai', kind: 'rule', rule: 'qualification-field', at: '2026-11-27T09:01:00Z' }],
    undone: 0, score: scored.score, objective: scored.trainee, startedAt: '2026-11-27T09:00:00Z', submittedAt: '2026-11-27T09:10:00Z',
  };
  return { ...result, contentHash: await sha256Hex(canonicalJson(resultContent(result))) };
}

/** Checks a result as the facilitator's app does: hash over its content, then the moves re-scored. */
async function check(r: TrainingResult) {
  const rescored = scorePlan(task, r.moves, optimum);
  return resultFlags({
    result: r, computedHash: await sha256Hex(canonicalJson(resultContent(r))), exercise,
    rescored: { score: rescored.score, objective: rescored.trainee, invalidMoves: rescored.invalid.length },
  });
}

const moves = () => optimum.moves.slice(0, 2).map((m) => ({ ...m, at: '2026-11-27T09:05:00Z' }));

describe('result files', () => {
  it('an honest result checks out', async () => {
    const r = await sealed(moves());
    expect(parseResult(JSON.parse(JSON.stringify(r)))).toEqual({ ok: true, result: r });
    expect(await check(r)).toEqual([]);
  });

  it('a tampered score is flagged by the hash', async () => {
    const r = { ...(await sealed(moves())), score: 100 };
    expect(await check(r)).toEqual(['hash-mismatch', 'score-mismatch']);
  });

  it('a tampered score with its hash recomputed is still caught by re-scoring the moves', async () => {
    const honest = await sealed(moves());
    const forged = { ...honest, score: 100 };
    const reSealed = { ...forged, contentHash: await sha256Hex(canonicalJson(resultContent(forged))) };
    expect(await check(reSealed)).toEqual(['score-mismatch']);
  });

  it('a forbidden move slipped into the file is flagged', async () => {
    const r = await sealed([...moves(), { nip: nipOf('Wahyu Caniago, S.Pd.'), toPostId: 'sdn-01-surau-gadang.guru-pai', at: '2026-11-27T09:06:00Z' }]);
    expect(r.score).toBeNull();
    expect(await check(r)).toEqual(['invalid-moves']);
  });

  it('a missing hash, another version of the exercise and a late submission are flagged', async () => {
    const { contentHash: _h, ...bare } = await sealed(moves());
    const flags = resultFlags({ result: bare, computedHash: 'b'.repeat(64), exercise: { contentHash: 'c'.repeat(64), timeLimitMinutes: 5 }, rescored: null });
    expect(flags).toEqual(['hash-missing', 'exercise-changed', 'over-time']);
    expect(resultFlags({ result: bare, computedHash: '', exercise: null, rescored: null })).toEqual(['hash-missing', 'unknown-exercise']);
  });

  it('rejects a malformed file with the place and the problem', () => {
    const parsed = parseResult({ format: 'seimbang-training-result', version: 1, trainee: '', moves: [{ nip: '12', toPostId: 'x', at: '' }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['exercise', 'trainee', 'moves[0].nip', 'score']));
  });
});

describe('common mistakes', () => {
  it('counts refused and hurting moves once per trainee, and the rules hit, most frequent first', async () => {
    const a = await sealed(moves());
    const b = { ...a, refused: [...a.refused, ...a.refused, { ...a.refused[0]!, nip: nipOf('Nofrizal Marzuki'), toPostId: 'sdn-01-surau-gadang.tenaga-administrasi', rule: 'min-time-in-post' as const }] };
    const hurt = { nip: nipOf('Gilang Syahputra, S.Pd.'), toPostId: 'sdn-01-surau-gadang.guru-pjok' };
    const m = commonMistakes([a, b], [[], [hurt]]);
    expect(m.refusedMoves[0]).toEqual({ key: { nip: nipOf('Wahyu Caniago, S.Pd.'), toPostId: 'sdn-01-surau-gadang.guru-pai' }, count: 2 });
    expect(m.refusedMoves).toHaveLength(2);
    expect(m.rules).toEqual([{ key: 'qualification-field', count: 2 }, { key: 'min-time-in-post', count: 1 }]);
    expect(m.hurtingMoves).toEqual([{ key: hurt, count: 1 }]);
  });
});
