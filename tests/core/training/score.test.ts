import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/plan/rules';
import { checkMove, objectiveOf, taskNeed, type TraineeMove } from '../../../src/core/training/evaluate';
import { trainingOptimum } from '../../../src/core/training/optimum';
import { scoreFromObjectives, scorePlan } from '../../../src/core/training/score';
import { taskOf } from './fixtures';

const task = taskOf('03-qualification-trap.json');
const optimum = trainingOptimum(task);
const nipOf = (name: string) => task.scenario.employees.find((e) => e.name === name)!.nip;
const postIndex = (id: string) => task.scenario.posts.findIndex((p) => p.id === id);

/** The planner's post penalty written out: w (n - r)^2 / max(r, 1), shortage 1000, surplus 400. */
const penalty = (n: number, r: number) => ((n < r ? 1000 : 400) * (n - r) ** 2) / Math.max(r, 1);

describe('scoring against the optimum', () => {
  it('gives the optimal plan exactly 100 and doing nothing exactly 0', () => {
    expect(scorePlan(task, optimum.moves, optimum)).toMatchObject({ score: 100, gap: 0, invalid: [] });
    const idle = scorePlan(task, [], optimum);
    expect(idle.score).toBe(0);
    expect(idle.gap).toBe(idle.start - idle.optimum);
  });

  it('gives a plan worse by a known amount the matching score, worked out by hand from the objective', () => {
    // One move: Akbar Rahman from SD 20's class teachers (12 for a need r20) to SD 01's (9 for r01).
    const need = taskNeed(task);
    const r20 = need[postIndex('sdn-20-gurun-laweh.guru-kelas')]!;
    const r01 = need[postIndex('sdn-01-surau-gadang.guru-kelas')]!;
    // Marginal penalties as the planner rounds them: P(k) - P(k - 1), rounded to whole points.
    const leaving = Math.round(penalty(12, r20) - penalty(11, r20)); // points SD 20 sheds
    const arriving = Math.round(penalty(10, r01) - penalty(9, r01)); // negative: SD 01's shortage shrinks
    const moveCost = 150 + 0 + 0 + 20 + 0 + 0; // disruption, education, experience, performance (baik), willing to a preferred unit, due for rotation
    const start = 3841;
    const expectedObjective = start - leaving + arriving + moveCost;
    expect([leaving, arriving]).toEqual([725, -335]);
    expect(expectedObjective).toBe(2951);
    const result = scorePlan(task, [{ nip: nipOf('Akbar Rahman, S.Pd.'), toPostId: 'sdn-01-surau-gadang.guru-kelas' }], optimum);
    expect(result.trainee).toBe(expectedObjective);
    expect(result.gap).toBe(2951 - 2163);
    expect(result.score).toBe((100 * (3841 - 2951)) / (3841 - 2163));
    expect(result.score!.toFixed(2)).toBe('53.04');
  });

  it('shows a plan worse than doing nothing with its negative score, never clamped', () => {
    // A class teacher sent the wrong way: from short SD 01 to overstaffed SD 20.
    const result = scorePlan(task, [{ nip: nipOf('Widya Sari, S.Pd., M.Pd.'), toPostId: 'sdn-20-gurun-laweh.guru-kelas' }], optimum);
    expect(result.trainee).toBeGreaterThan(result.start);
    expect(result.score).toBe((100 * (result.start - result.trainee)) / (result.start - result.optimum));
    expect(result.score!).toBeLessThan(0);
    expect(result.feedback[0]!.verdict).toBe('hurt');
  });

  it('defines the score when the start is already optimal', () => {
    expect(scoreFromObjectives(500, 500, 500)).toBe(100);
    expect(scoreFromObjectives(500, 620, 500)).toBeNull();
    expect(scoreFromObjectives(1000, 750, 500)).toBe(50);
    expect(scoreFromObjectives(1000, 1250, 500)).toBe(-50);
  });
});

describe('moves checked against the hard rules at once', () => {
  it('refuses a class teacher in the religion teacher post, naming the rule and its legal source', () => {
    const check = checkMove(task, [], nipOf('Wahyu Caniago, S.Pd.'), 'sdn-01-surau-gadang.guru-pai');
    expect(check).toEqual({ ok: false, refusal: { kind: 'rule', rule: 'qualification-field' } });
    expect(RULES['qualification-field'].source).toMatch(/PP 11\/2017/);
  });

  it('refuses the willing clerk who wants SD 01 but has served less than two years', () => {
    expect(checkMove(task, [], nipOf('Nofrizal Marzuki'), 'sdn-01-surau-gadang.tenaga-administrasi'))
      .toEqual({ ok: false, refusal: { kind: 'rule', rule: 'min-time-in-post' } });
  });

  it('refuses a person retiring within the margin, a protected person, a clerk in a teacher post', () => {
    const health = taskOf('01-retirement-wave.json');
    const nip = (name: string) => health.scenario.employees.find((e) => e.name === name)!.nip;
    expect(checkMove(health, [], nip('Lusi Guci, A.Md.Keb.'), 'puskesmas-nanggalo.bidan')).toEqual({ ok: false, refusal: { kind: 'rule', rule: 'retirement-margin' } });
    expect(checkMove(health, [], nip('Tika, S.Kep.'), 'puskesmas-lapai.perawat')).toEqual({ ok: false, refusal: { kind: 'rule', rule: 'protected' } });
    expect(checkMove(health, [], nip('Intan Lestari, A.Md.Kep.'), 'puskesmas-lapai.bidan')).toEqual({ ok: false, refusal: { kind: 'rule', rule: 'qualification-position' } });
  });

  it('refuses moves beyond the budget, a second move of one person, and a move to the same post', () => {
    const moves: TraineeMove[] = optimum.moves.slice(0, 4);
    expect(checkMove(task, moves, nipOf('Iqbal Fitra, S.Pd.'), 'sdn-01-surau-gadang.guru-kelas')).toEqual({ ok: false, refusal: { kind: 'budget', budget: 4 } });
    expect(checkMove(task, moves.slice(0, 1), moves[0]!.nip, 'sdn-20-gurun-laweh.guru-kelas')).toEqual({ ok: false, refusal: { kind: 'already-moved' } });
    expect(checkMove(task, [], nipOf('Iqbal Fitra, S.Pd.'), 'sdn-20-gurun-laweh.guru-kelas')).toEqual({ ok: false, refusal: { kind: 'same-post' } });
  });

  it('does not score a plan with a refused move, and says which', () => {
    const bad = [{ nip: nipOf('Wahyu Caniago, S.Pd.'), toPostId: 'sdn-01-surau-gadang.guru-pai' }];
    const result = scorePlan(task, bad, optimum);
    expect(result.score).toBeNull();
    expect(result.invalid).toEqual([{ index: 0, move: bad[0], refusal: { kind: 'rule', rule: 'qualification-field' } }]);
  });
});

describe('per-move feedback', () => {
  it('gives each move its marginal effect, the sum of both ends less its cost', () => {
    const moves: TraineeMove[] = [
      { nip: nipOf('Akbar Rahman, S.Pd.'), toPostId: 'sdn-01-surau-gadang.guru-kelas' },
      { nip: nipOf('Gilang Syahputra, S.Pd.'), toPostId: 'sdn-01-surau-gadang.guru-pjok' },
    ];
    const result = scorePlan(task, moves, optimum);
    for (const [i, f] of result.feedback.entries()) {
      const without = objectiveOf(task, moves.filter((_, j) => j !== i)).total;
      expect(f.gain).toBe(without - result.trainee);
      const cost = Object.values(f.cost).reduce((a, b) => a + b, 0);
      expect(f.gain).toBe((f.from?.penaltyGain ?? 0) + f.to.penaltyGain - cost);
    }
    expect(result.feedback[0]).toMatchObject({ verdict: 'helped', inOptimum: true, to: { withMove: 10, withoutMove: 9 } });
    // The PE teacher leaves SD 20's post empty: the vacancy there costs more than SD 01 gains.
    expect(result.feedback[1]).toMatchObject({ verdict: 'hurt', inOptimum: false, from: { withMove: 0, withoutMove: 1 } });
  });
});
