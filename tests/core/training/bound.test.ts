import { describe, expect, it } from 'vitest';
import type { Post, Scenario } from '../../../src/core/scenario/schema';
import type { TrainingTask } from '../../../src/core/training/derive';
import { objectiveOf } from '../../../src/core/training/evaluate';
import { trainingOptimum } from '../../../src/core/training/optimum';
import { scorePlan } from '../../../src/core/training/score';
import { makeEmployee, minimalScenario } from '../fixtures';

/**
 * A chain where one move helps little and two help a lot: A has three clerks for one person's work,
 * B one (S-1) clerk for one, C nobody for one and takes S-1 only. A's clerks may go to B, B's to C,
 * nobody from A to C. With a budget of one move the budget falls between corners of the frontier.
 */
function chain(): TrainingTask {
  const s: Scenario = minimalScenario();
  const post = (id: string, minEducation: Post['minEducation']): Post => ({
    ...s.posts[0]!, id, minEducation, tasks: [{ id: 't1', name: 'Arsip', output: 'berkas', volume: 1250, normMinutes: 60 }],
  });
  s.posts = [post('a', 'SLTA'), post('b', 'SLTA'), post('c', 'S-1')];
  s.employees = [
    makeEmployee({ nip: '198001012005011001', name: 'A1', birthDate: '1980-01-01', sex: 'L', postId: 'a' }),
    makeEmployee({ nip: '198001022005011001', name: 'A2', birthDate: '1980-01-02', sex: 'L', postId: 'a' }),
    makeEmployee({ nip: '198001032005011001', name: 'A3', birthDate: '1980-01-03', sex: 'L', postId: 'a' }),
    makeEmployee({ nip: '198001042005011001', name: 'B1', birthDate: '1980-01-04', sex: 'L', postId: 'b', education: { level: 'S-1', field: 'administrasi-publik' } }),
  ];
  return { scenario: s, planDate: '2025-01-01', window: null, budget: 1 };
}

describe('a budget between corners of the frontier', () => {
  const task = chain();
  const optimum = trainingOptimum(task);

  it('is said so: the best known plan with a Lagrangian lower bound below it', () => {
    expect(optimum.exact).toBe(false);
    expect(optimum.moves).toHaveLength(0);
    expect(optimum.lowerBound).toBeLessThan(optimum.objective.total);
    expect(optimum.objective.total).toBe(optimum.plannerObjective);
  });

  it('scores a trainee who finds the better single move above 100, honestly, against the best known plan', () => {
    const nip = task.scenario.employees[0]!.nip;
    const one = objectiveOf(task, [{ nip, toPostId: 'b' }]).total;
    expect(one).toBeLessThan(optimum.objective.total);
    expect(one).toBeGreaterThanOrEqual(optimum.lowerBound);
    const result = scorePlan(task, [{ nip, toPostId: 'b' }], optimum);
    expect(result.optimumExact).toBe(false);
    expect(result.gap).toBeLessThan(0);
    // Start and best known plan coincide here (no corner within one move), so the score is the defined edge case.
    expect(result.start).toBe(optimum.objective.total);
    expect(result.score).toBe(100);
  });
});
