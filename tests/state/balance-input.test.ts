import { describe, expect, it } from 'vitest';
import { analyseBalance, toBalanceInput } from '../../src/core/balance';
import { packInput, packReport, unpackInput } from '../../src/core/balance-pack';
import { balanceInputOf, unpackReport } from '../../src/state/balance-input';
import { People } from '../../src/storage/people';
import { generateScenario } from '../../scripts/sample/generate';

describe('balance input built in slices', () => {
  const s = generateScenario({ seed: 5, employees: 1_234 });

  it('has the same columns as toBalanceInput, whatever the slice size', async () => {
    const whole = toBalanceInput(s);
    for (const size of [7, 500, 100_000]) expect(await balanceInputOf(s, People.of(s.employees), size)).toEqual(whole);
  });

  it('marks people without a post, or in a post not in the scenario, with -1', async () => {
    const employees = s.employees.map((e, i) => (i === 0 ? { ...e, postId: null } : i === 1 ? { ...e, postId: 'nowhere' } : e));
    const input = await balanceInputOf(s, People.of(employees), 13);
    expect([input.employeePost[0], input.employeePost[1]]).toEqual([-1, -1]);
    expect(input.employeePost[2]).toBe(toBalanceInput(s).employeePost[2]);
  });

  it('gives back the same report after packing its post rows into columns', async () => {
    const input = toBalanceInput({ ...s, employees: s.employees.map((e, i) => (i % 3 === 0 ? { ...e, postId: null } : e)) });
    const report = analyseBalance(input);
    expect(report.posts.some((r) => r.ej === null)).toBe(true);
    expect(new Set(report.posts.map((r) => r.standing)).size).toBeGreaterThan(2);
    for (const size of [11, 100_000]) expect(await unpackReport(packReport(report), input.postIds, size)).toEqual(report);
  });

  it('gives back the same input after packing its post ids into one text', () => {
    const input = toBalanceInput(s);
    const packed = packInput(input);
    expect(typeof packed.postIdsJson).toBe('string');
    expect(unpackInput(packed)).toEqual(toBalanceInput(s));
  });
});
