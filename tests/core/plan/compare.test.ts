import { describe, expect, it } from 'vitest';
import { comparePlans, postsAfterPlan } from '../../../src/core/plan/compare';
import type { Scenario } from '../../../src/core/scenario/schema';
import { minimalScenario } from '../fixtures';

function withPlans(): Scenario {
  const s = minimalScenario();
  const move = (nip: string, to: string, decision: Scenario['plans'][number]['moves'][number]['decision']) => ({
    nip, fromPostId: 'camat-klerek', toPostId: to, kind: 'permanent' as const, effective: '2025-01-01', endDate: null, decision,
  });
  s.plans = [
    { id: 'a', name: 'Plan A', createdAt: '2025-01-01T00:00:00Z', planDate: '2025-01-01', seed: 0, scenarioHash: 'h1', settings: {}, objective: null,
      moves: [move('198609262015051001', 'camat-analis', 'accepted'), move('196803151990031002', 'camat-analis', 'rejected')] },
    { id: 'b', name: 'Plan B', createdAt: '2025-01-01T00:00:00Z', planDate: '2025-01-01', seed: 0, scenarioHash: 'old', settings: {}, objective: null,
      moves: [move('198609262015051001', 'nowhere', 'accepted')] },
  ];
  return s;
}

describe('comparePlans', () => {
  it('applies moving decisions only, and skips moves to unknown posts', () => {
    const s = withPlans();
    expect(postsAfterPlan(s, s.plans[0]!)).toEqual(['camat-analis', 'camat-klerek', 'pusk-perawat', 'pusk-perawat']);
    expect(postsAfterPlan(s, s.plans[1]!)).toEqual(s.employees.map((e) => e.postId));
  });

  it('gives each plan its metrics, and says whether it was computed on this version of the scenario', () => {
    const [a, b] = comparePlans(withPlans(), ['a', 'b', 'missing'], 'h1');
    // Plan A fills the vacant analyst post: |1-1.2| + |1-0.6| + |2-1.8| over 3.6
    expect(a!.metrics.misallocationIndex).toBeCloseTo(0.8 / 3.6, 10);
    expect(a!.metrics.vacantPosts).toBe(0);
    expect(a!.moves).toBe(1);
    expect(a!.current).toBe(true);
    expect(b!.metrics.vacantPosts).toBe(1);
    expect(b!.current).toBe(false);
  });
});
