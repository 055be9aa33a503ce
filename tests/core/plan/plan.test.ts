import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COST_PARTS } from '../../../src/core/plan/costs';
import { proposePlan } from '../../../src/core/plan/plan';
import { moveBlocker, qualificationBlocker } from '../../../src/core/plan/rules';
import type { Scenario } from '../../../src/core/scenario/schema';
import { makeEmployee, minimalScenario } from '../fixtures';

const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;
const planDate = sample.meta.asOf;

/** Two clerk posts: one overloaded with nobody to spare, one with three clerks for one person's work. */
function imbalanced(): Scenario {
  const s = minimalScenario();
  s.posts.push({ ...s.posts[0]!, id: 'pusk-klerek', unitId: 'pusk', tasks: [{ id: 't1', name: 'Arsip', output: 'berkas', volume: 3000, normMinutes: 50 }] });
  s.employees.push(makeEmployee({ nip: '198001012005011003', name: 'Eko', birthDate: '1980-01-01', sex: 'L', postId: 'camat-klerek', postSince: '2015-01-01', mobility: { willingness: 'willing', preferredUnitIds: ['pusk'] } }));
  return s;
}

describe('proposePlan on the Nanggalo sample', () => {
  const plan = proposePlan(sample, { planDate });

  it('is certified optimal and lowers the misallocation index', () => {
    expect(plan.certificate).toEqual({ ok: true, problems: [] });
    expect(plan.moves.length).toBeGreaterThan(0);
    expect(plan.after.metrics.misallocationIndex).toBeLessThan(plan.before.metrics.misallocationIndex);
    expect(plan.objective).toBeLessThan(plan.objectiveToday);
  });

  it('never breaks a hard rule', () => {
    const byNip = new Map(sample.employees.map((e) => [e.nip, e]));
    const posts = new Map(sample.posts.map((p) => [p.id, p]));
    for (const move of plan.moves) {
      const e = byNip.get(move.nip)!;
      expect(moveBlocker(e, planDate, sample.settings), move.nip).toBeNull();
      expect(qualificationBlocker(e, posts.get(move.toPostId)!), move.nip).toBeNull();
    }
  });

  it('leaves no post vacant that someone free to move could fill without emptying their own post', () => {
    const posts = new Map(sample.posts.map((p) => [p.id, p]));
    const headAfter = new Map<string, number>();
    plan.postAfter.forEach((id) => id && headAfter.set(id, (headAfter.get(id) ?? 0) + 1));
    const vacant = plan.after.posts.filter((p) => p.standing === 'vacant').map((p) => posts.get(p.id)!);
    for (const post of vacant) {
      sample.employees.forEach((e, i) => {
        const at = plan.postAfter[i] ?? null;
        const free = moveBlocker(e, planDate, sample.settings) === null && qualificationBlocker(e, post) === null;
        if (free && at !== null) expect(headAfter.get(at), `${e.nip} could fill ${post.id}`).toBe(1);
      });
    }
  });

  it('explains every move with its cost parts, both ends, rules and runners-up', () => {
    for (const move of plan.moves) {
      expect(Object.keys(move.parts).sort()).toEqual([...COST_PARTS].sort());
      expect(move.cost).toBe(COST_PARTS.reduce((a, p) => a + move.parts[p], 0));
      expect(move.rulesChecked.length).toBeGreaterThanOrEqual(6);
      expect(move.to.headcountAfter).toBeGreaterThan(move.to.headcountBefore);
      if (move.from) expect(move.from.headcountAfter).toBeLessThan(move.from.headcountBefore);
      for (const r of move.runnersUp) expect(r.extra).toBeGreaterThanOrEqual(0);
      expect(move.runnersUp.length).toBeLessThanOrEqual(2);
    }
  });

  it('gives the same plan for the same scenario', () => {
    const again = proposePlan(sample, { planDate });
    expect(again.moves.map((m) => [m.nip, m.toPostId])).toEqual(plan.moves.map((m) => [m.nip, m.toPostId]));
    expect(again.objective).toBe(plan.objective);
  });

  it('respects a rejected move, a pinned person and a forced move after re-optimising', () => {
    const [first, second] = plan.moves;
    const decided = proposePlan(sample, {
      planDate,
      decisions: { rejected: [[first!.nip, first!.toPostId]], pinned: second ? [second.nip] : [], forced: [] },
    });
    expect(decided.certificate.ok).toBe(true);
    expect(decided.moves.some((m) => m.nip === first!.nip && m.toPostId === first!.toPostId)).toBe(false);
    if (second) expect(decided.moves.some((m) => m.nip === second.nip)).toBe(false);
    expect(decided.objective).toBeGreaterThanOrEqual(plan.objective);
    const forced = proposePlan(sample, { planDate, decisions: { rejected: [], pinned: [], forced: [[first!.nip, first!.toPostId]] } });
    expect(forced.moves.find((m) => m.nip === first!.nip)?.toPostId).toBe(first!.toPostId);
    expect(forced.moves.find((m) => m.nip === first!.nip)?.forced).toBe(true);
  });
});

describe('proposePlan and the hard rules', () => {
  const date = '2025-01-01';
  it('moves a spare clerk to the overloaded post', () => {
    const plan = proposePlan(imbalanced(), { planDate: date });
    expect(plan.moves.map((m) => m.toPostId)).toContain('pusk-klerek');
  });

  it.each([
    ['protected', (e: Scenario['employees'][number]) => ({ ...e, protected: 'Tugas belajar' })],
    ['min-time-in-post', (e: Scenario['employees'][number]) => ({ ...e, postSince: '2024-06-01' })],
    ['retirement-margin', (e: Scenario['employees'][number]) => ({ ...e, retirementAgeOverride: 2025 - Number(e.birthDate.slice(0, 4)) })],
    ['qualification', (e: Scenario['employees'][number]) => ({ ...e, education: { level: 'SLTP' as const, field: 'umum' } })],
  ])('never moves a clerk held by %s', (_rule, change) => {
    const s = imbalanced();
    s.employees = s.employees.map((e) => (e.postId === 'camat-klerek' ? change(e) : e));
    const plan = proposePlan(s, { planDate: date });
    expect(plan.certificate.ok).toBe(true);
    expect(plan.moves.filter((m) => m.fromPostId === 'camat-klerek')).toEqual([]);
  });
});
