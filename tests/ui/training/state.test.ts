import { describe, expect, it } from 'vitest';
import { fileOf, trainingState } from './helpers';

const EX1 = '01-gelombang-pensiun';
// Each test solves an exercise exactly in-process; allow for a busy machine.
const SLOW = { timeout: 30_000 };

describe('TrainingState', () => {
  it('lists the shipped exercises and keeps a trainee\'s moves across a reload', async () => {
    const { state, store, clock } = trainingState();
    await state.load();
    expect(state.entries.map((e) => e.exercise.difficulty)).toEqual([1, 2, 3, 4, 5]);
    await state.open(EX1);
    const nurse = state.session!.task.scenario.employees.find((e) => e.name === 'Musliadi Rahman, S.Kep., Ns.')!;
    expect(state.move(nurse.nip, 'puskesmas-lapai.perawat')).toBe(true);
    // A protected nurse is refused, with the rule.
    const tika = state.session!.task.scenario.employees.find((e) => e.name === 'Tika, S.Kep.')!;
    expect(state.move(tika.nip, 'puskesmas-lapai.perawat')).toBe(false);
    expect(state.lastRefusal?.refusal).toEqual({ kind: 'rule', rule: 'protected' });

    const again = trainingState(store, clock).state;
    await again.open(EX1);
    expect(again.progress!.moves.map((m) => m.nip)).toEqual([nurse.nip]);
    expect(again.progress!.refused.map((r) => r.refusal)).toEqual([{ kind: 'rule', rule: 'protected' }]);
    again.undo();
    expect(again.progress!.moves).toEqual([]);
    expect(again.progress!.undone).toBe(1);
  });

  it('submits the optimal plan for a score of exactly 100 and exports a sealed result that re-checks clean', SLOW, async () => {
    const { state, clock } = trainingState();
    await state.open(EX1);
    state.setTrainee('Rina');
    const { optimum } = await state.optimumOf(state.entry(EX1)!);
    for (const m of optimum.moves) expect(state.move(m.nip, m.toPostId)).toBe(true);
    clock.now = '2026-11-27T09:12:00.000Z';
    await state.submit();
    expect(state.scored!.score.score).toBe(100);
    expect(state.progress!.result).toMatchObject({ trainee: 'Rina', score: 100, submittedAt: clock.now });
    expect(state.locked).toBe(true);
    const text = (await state.resultFile())!;

    const facilitator = trainingState().state;
    const forged = JSON.parse(text);
    forged.score = 100;
    forged.moves = [];
    const problems = await facilitator.importResults([fileOf('rina.json', text), fileOf('forged.json', JSON.stringify(forged)), fileOf('broken.json', '{')]);
    expect(problems.map((p) => p.fileName)).toEqual(['broken.json']);
    expect(facilitator.results.map((r) => [r.fileName, r.flags])).toEqual([
      ['rina.json', []],
      ['forged.json', ['hash-mismatch', 'score-mismatch', 'objective-mismatch']],
    ]);
    expect(facilitator.results[0]!.rescored!.score).toBe(100);
  });

  it('stops moves when the time is up', SLOW, async () => {
    const { state, clock } = trainingState();
    await state.open('04-konflik-preferensi');
    expect(state.minutesLeft()).toBe(15);
    clock.now = '2026-11-27T09:16:00.000Z';
    expect(state.minutesLeft()).toBe(-1);
    expect(state.locked).toBe(true);
    const someone = state.session!.task.scenario.employees[0]!;
    expect(state.move(someone.nip, state.session!.task.scenario.posts[5]!.id)).toBe(false);
  });

  it('imports exercise files, reporting bad ones with the place and the problem', SLOW, async () => {
    const { state, store } = trainingState();
    await state.load();
    const made = { ...state.entry(EX1)!.exercise, id: 'latihan-saya', budget: 2 };
    const bad = { ...made, id: 'rusak', budget: 'three' };
    expect(await state.importExercises([fileOf('mine.json', JSON.stringify(made)), fileOf('bad.json', JSON.stringify(bad))])).toBe(1);
    expect(state.importProblems).toEqual([{ fileName: 'bad.json', problems: [{ path: 'budget', message: expect.any(String) }] }]);
    expect(state.entries.at(-1)!.exercise.id).toBe('latihan-saya');
    const reloaded = trainingState(store).state;
    await reloaded.load();
    expect(reloaded.entry('latihan-saya')?.origin).toBe('imported');
  });
});
