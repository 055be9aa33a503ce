import { describe, expect, it } from 'vitest';
import { analyseBalance, toBalanceInput } from '../../../src/core/balance';
import { proposePlan } from '../../../src/core/plan/plan';
import { deriveExercise } from '../../../src/core/training/derive';
import { objectiveOf, balanceAfter } from '../../../src/core/training/evaluate';
import { parseExercise } from '../../../src/core/training/exercise';
import { trainingOptimum } from '../../../src/core/training/optimum';
import { scorePlan } from '../../../src/core/training/score';
import { exerciseFiles, loadExercise, sample, taskOf } from './fixtures';

/** Optimum of each shipped exercise (objective points), pinned: a change in the planner or the data shows here. */
const PINNED: Record<string, { start: number; optimum: number; moves: number }> = {
  '01-retirement-wave.json': { start: 3646, optimum: 3040, moves: 2 },
  '02-dengue-outbreak.json': { start: 4931, optimum: 4169, moves: 3 },
  '03-qualification-trap.json': { start: 3841, optimum: 2163, moves: 4 },
  '04-preference-conflict.json': { start: 6065, optimum: 4475, moves: 3 },
  '05-small-budget.json': { start: 13575, optimum: 10482, moves: 4 },
};

describe('shipped exercises', () => {
  it('are at least five, of rising difficulty, each in both languages', () => {
    expect(exerciseFiles.length).toBeGreaterThanOrEqual(5);
    const exercises = exerciseFiles.map(loadExercise);
    exercises.forEach((x, i) => {
      expect(x.difficulty).toBe(i + 1);
      for (const text of [x.title, x.brief]) {
        expect(text.id.length).toBeGreaterThan(10);
        expect(text.en.length).toBeGreaterThan(10);
        expect(text.id).not.toBe(text.en);
      }
    });
    expect(new Set(exercises.map((x) => x.id)).size).toBe(exercises.length);
  });

  for (const file of exerciseFiles) {
    it(`${file}: solvable and meaningful, the optimum proven within the budget and scoring exactly 100`, () => {
      const task = taskOf(file);
      const optimum = trainingOptimum(task);
      const start = objectiveOf(task, []).total;
      expect(optimum.exact).toBe(true);
      expect(optimum.lowerBound).toBe(optimum.objective.total);
      expect(optimum.moves.length).toBeGreaterThan(0);
      expect(optimum.moves.length).toBeLessThanOrEqual(task.budget);
      expect(optimum.objective.total).toBeLessThan(start);
      // Our sum of penalties and move costs is the planner's own objective, to the point.
      expect(optimum.objective.total).toBe(optimum.plannerObjective);
      expect({ start, optimum: optimum.objective.total, moves: optimum.moves.length }).toEqual(PINNED[file]);
      expect(scorePlan(task, optimum.moves, optimum).score).toBe(100);
      expect(optimum.metrics.misallocationIndex).toBeLessThan(balanceAfter(task, []).metrics.misallocationIndex);
    });
  }

  it('agrees with proposePlan on the whole sample under the same budget', () => {
    const task = taskOf('05-small-budget.json');
    const plan = proposePlan(task.scenario, { planDate: task.planDate, maxMoves: task.budget });
    expect(plan.budget?.exact).toBe(true);
    expect(trainingOptimum(task).objective.total).toBe(plan.objective);
    expect(objectiveOf(task, []).total).toBe(plan.objectiveToday);
  });
});

describe('briefs are true of the data', () => {
  it('01: three health workers retire by 1 September 2027, leaving Lapai 5 nurses for 8.1 and 4 midwives for 6.6', () => {
    const derived = deriveExercise(loadExercise('01-retirement-wave.json'), sample);
    if (!derived.ok) throw new Error('not derived');
    expect(derived.retired.map((r) => [r.name, r.postId, r.date])).toEqual([
      ['Marlina Putri, A.Md.Kep.', 'puskesmas-nanggalo.perawat', '2027-02-01'],
      ['Yusnimar Yulianti, S.Keb., Bd.', 'puskesmas-lapai.bidan', '2027-07-01'],
      ['Mardiana Putri, A.Md.Kep.', 'puskesmas-lapai.perawat', '2027-09-01'],
    ]);
    const report = balanceAfter(derived.task, []);
    const post = (id: string) => report.posts.find((p) => p.id === id)!;
    expect([post('puskesmas-lapai.perawat').headcount, post('puskesmas-lapai.perawat').need.toFixed(1)]).toEqual([5, '8.1']);
    expect([post('puskesmas-lapai.bidan').headcount, post('puskesmas-lapai.bidan').need.toFixed(1)]).toEqual([4, '6.6']);
  });

  it('02: during the outbreak Lapai nurses need 10.5 for 6 people; moves are temporary until 30 April 2027', () => {
    const task = taskOf('02-dengue-outbreak.json');
    const nurses = balanceAfter(task, []).posts.find((p) => p.id === 'puskesmas-lapai.perawat')!;
    expect([nurses.headcount, nurses.need.toFixed(1)]).toEqual([6, '10.5']);
    expect(task.window).toEqual({ start: '2027-01-04', end: '2027-04-30' });
    expect(trainingOptimum(task).explanations.every((m) => m.kind === 'temporary' && m.endDate === '2027-04-30')).toBe(true);
  });

  it('03: SD 01 has 9 class teachers for 11.4 and a vacant administration post; SD 20 has 12 for 6.0', () => {
    const report = balanceAfter(taskOf('03-qualification-trap.json'), []);
    const post = (id: string) => report.posts.find((p) => p.id === id)!;
    expect([post('sdn-01-surau-gadang.guru-kelas').headcount, post('sdn-01-surau-gadang.guru-kelas').need.toFixed(1)]).toEqual([9, '11.4']);
    expect(post('sdn-01-surau-gadang.tenaga-administrasi').standing).toBe('vacant');
    expect(post('sdn-01-surau-gadang.guru-pai').standing).toBe('A');
    expect(post('sdn-01-surau-gadang.guru-pjok').standing).toBe('A');
    expect([post('sdn-20-gurun-laweh.guru-kelas').headcount, post('sdn-20-gurun-laweh.guru-kelas').need.toFixed(1)]).toEqual([12, '6.0']);
  });

  it('04: Kurao Pagang is at EJ 1.41 with a vacant Kasi Pemerintahan; the stated wishes hold', () => {
    const task = taskOf('04-preference-conflict.json');
    const report = balanceAfter(task, []);
    expect(report.units.find((u) => u.id === 'kantor-lurah-kurao-pagang')!.ej!.toFixed(2)).toBe('1.41');
    expect(report.posts.find((p) => p.id === 'kantor-lurah-kurao-pagang.kasi-pemerintahan')!.standing).toBe('vacant');
    const person = (name: string) => task.scenario.employees.find((e) => e.name === name)!;
    expect(person('Tika').mobility.preferredUnitIds).toContain('kantor-lurah-kurao-pagang');
    expect(person('Suryani Putri').mobility.preferredUnitIds).toContain('kantor-lurah-kurao-pagang');
    expect(person('Dimas Chaniago, S.Sos.').mobility.willingness).toBe('unwilling');
  });

  it('05: 16 units and 282 people in posts; the unlimited optimum needs 11 moves', () => {
    const task = taskOf('05-small-budget.json');
    expect(task.scenario.units.length).toBe(16);
    expect(task.scenario.employees.length).toBe(282);
    expect(proposePlan(task.scenario, { planDate: task.planDate }).moves.length).toBe(11);
    expect(analyseBalance(toBalanceInput(task.scenario)).metrics.totalHeadcount).toBe(282);
  });
});

describe('parseExercise', () => {
  const good = () => JSON.parse(JSON.stringify(loadExercise('01-retirement-wave.json'))) as Record<string, unknown>;

  it('names the place and the problem of each mistake', () => {
    const bad = good();
    bad.budget = 0;
    (bad.title as Record<string, string>).en = '';
    bad.planDate = '2027-02-30';
    const parsed = parseExercise(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['budget', 'title.en', 'planDate']));
    expect(parsed.problems.find((p) => p.path === 'planDate')!.message).toMatch(/does not exist/);
  });

  it('refuses another format, a window not starting on the plan date, and unknown units of the sample', () => {
    expect(parseExercise({ ...good(), format: 'other' })).toMatchObject({ ok: false, problems: [{ path: 'format' }] });
    const windowed = parseExercise({ ...good(), window: { start: '2027-01-01', end: '2026-01-01' } });
    expect(windowed.ok ? [] : windowed.problems.map((p) => p.path)).toEqual(['window.end', 'window.start']);
    const x = loadExercise('01-retirement-wave.json');
    const scoped = deriveExercise({ ...x, scenario: { source: 'sample', changes: { ...x.scenario.changes, units: ['nowhere'] } } }, sample);
    expect(scoped).toEqual({ ok: false, problems: [{ path: 'scenario.changes.units[0]', message: 'unit nowhere is not in the scenario' }] });
  });

  it('checks an embedded scenario and its references', () => {
    const x = good();
    x.scenario = { source: 'embedded', scenario: sample, changes: { units: ['nowhere'], settings: {}, employees: [], events: [] } };
    const parsed = parseExercise(x);
    expect(parsed).toEqual({ ok: false, problems: [{ path: 'scenario.changes.units[0]', message: 'unit nowhere is not in the embedded scenario' }] });
  });
});
