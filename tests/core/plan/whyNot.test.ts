import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proposePlan } from '../../../src/core/plan/plan';
import { whyNot } from '../../../src/core/plan/whyNot';
import type { Scenario } from '../../../src/core/scenario/schema';

const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;
const options = { planDate: sample.meta.asOf };

describe('whyNot on the sample', () => {
  const plan = proposePlan(sample, options);

  it('names the rule for a protected person', () => {
    const protectedPerson = sample.employees.find((e) => e.protected !== null && e.postId !== null)!;
    const elsewhere = sample.posts.find((p) => p.id !== protectedPerson.postId)!;
    expect(whyNot(sample, options, protectedPerson.nip, elsewhere.id)).toEqual({ kind: 'rule', rule: 'protected' });
  });

  it('names the qualification rule for a clerk and a nurse post', () => {
    const nursePost = sample.posts.find((p) => p.family === 'perawat')!;
    const clerk = sample.employees.find((e, i) => e.positionType === 'pelaksana' && plan.postAfter[i] === e.postId
      && whyNot(sample, options, e.nip, nursePost.id).kind === 'rule')!;
    expect(whyNot(sample, options, clerk.nip, nursePost.id)).toMatchObject({ kind: 'rule' });
  });

  it('prices forcing a move that is allowed but not optimal, and the price equals the difference of optima', () => {
    // A movable person and another post they qualify for that the plan does not give them.
    for (const [i, e] of sample.employees.entries()) {
      for (const post of sample.posts) {
        if (post.id === e.postId || post.id === plan.postAfter[i]) continue;
        const answer = whyNot(sample, options, e.nip, post.id);
        if (answer.kind !== 'cost') continue;
        expect(answer.inOptimalPlan).toBe(false);
        expect(answer.extra).toBeGreaterThanOrEqual(0);
        const forced = proposePlan(sample, { ...options, decisions: { pinned: [], rejected: [], forced: [[e.nip, post.id]] } });
        expect(answer.extra).toBe(forced.objective - plan.objective);
        return;
      }
    }
    throw new Error('no allowed alternative move found in the sample');
  });

  it('says when the person already holds the post', () => {
    const e = sample.employees.find((x) => x.postId !== null)!;
    expect(whyNot(sample, options, e.nip, e.postId!)).toEqual({ kind: 'already-there' });
  });
});
