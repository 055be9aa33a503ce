import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../../src/core/dates';
import { employeeRetirementDate } from '../../../src/core/employee';
import type { Employee, ScenarioEvent } from '../../../src/core/scenario/schema';
import { simulate } from '../../../src/core/simulate/expected';
import { toSimulationInput } from '../../../src/core/simulate/input';
import { monteCarlo } from '../../../src/core/simulate/monteCarlo';
import { monthLabel, retirementSchedule } from '../../../src/core/simulate/retirements';
import { backfill, exitRate, person, post, scenario, staff } from './scenario';

const AS_OF = '2026-01-01';
const month = (date: string) => monthIndex(date) - monthIndex(AS_OF);

/** Expected headcount of post `p` over months [from, to). */
function postHead(result: ReturnType<typeof simulate>, months: number, p: number, from: number, to: number): number[] {
  return Array.from(result.posts.headcount.subarray(p * months + from, p * months + to));
}

describe('retirement in the simulation: gone from the TMT month (1st of the month after the BUP age)', () => {
  // [label, birth date, the person's position, expected TMT pensiun]
  const table: [string, string, Partial<Employee>, string][] = [
    ['pelaksana 58, born mid-month', '1970-03-15', {}, '2028-04-01'],
    ['pelaksana 58, born on the 1st', '1970-03-01', {}, '2028-04-01'],
    ['pelaksana 58, born on the last day of the month', '1970-03-31', {}, '2028-04-01'],
    ['pelaksana 58, born on a leap day', '1972-02-29', {}, '2030-03-01'],
    ['administrator 58, born in December (TMT in January)', '1969-12-31', { positionType: 'administrator' }, '2028-01-01'],
    ['pengawas 58', '1970-10-10', { positionType: 'pengawas' }, '2028-11-01'],
    ['JF Ahli Pertama 58', '1971-01-31', { positionType: 'fungsional', positionLevel: 'ahli-pertama', family: 'perawat' }, '2029-02-01'],
    ['JF Ahli Muda 58', '1970-06-30', { positionType: 'fungsional', positionLevel: 'ahli-muda', family: 'perawat' }, '2028-07-01'],
    ['JF Keterampilan (penyelia) 58', '1969-07-31', { positionType: 'fungsional', positionLevel: 'penyelia', family: 'perawat' }, '2027-08-01'],
    ['JPT 60, born in December', '1968-12-15', { positionType: 'jpt' }, '2029-01-01'],
    ['JF Ahli Madya 60, born on a leap day', '1968-02-29', { positionType: 'fungsional', positionLevel: 'ahli-madya', family: 'perawat' }, '2028-03-01'],
    ['JF Ahli Utama 65', '1964-06-30', { positionType: 'fungsional', positionLevel: 'ahli-utama', family: 'perawat' }, '2029-07-01'],
    ['guru 60 (own law)', '1967-11-30', { positionType: 'fungsional', positionLevel: 'ahli-pertama', family: 'guru' }, '2027-12-01'],
    ['dosen 65 (own law)', '1962-01-01', { positionType: 'fungsional', positionLevel: 'ahli-madya', family: 'dosen' }, '2027-02-01'],
    ['a decision for this person: 62', '1965-05-20', { retirementAgeOverride: 62 }, '2027-06-01'],
  ];
  const employees = table.map(([, birth, position], k) => person(birth, { ...position, postId: `p${k}` }));
  const s = scenario({ asOf: AS_OF, units: 1, posts: table.map((_, k) => post(`p${k}`, 'u1', 1)), employees });
  const input = toSimulationInput(s, { horizonYears: 10 });
  const expected = simulate(input);
  const mc = monteCarlo(input, { runs: 3, seed: 1 });
  const M = input.months;

  it.each(table.map((row, k) => [row[0], row[3], k] as const))('%s: TMT %s', (_label, tmt, k) => {
    expect(employeeRetirementDate(s.employees[k]!)).toBe(tmt);
    const m = month(tmt);
    expect(monthLabel(input, m)).toBe(tmt.slice(0, 7));
    expect(input.personRetire[k]).toBe(m);
    expect(postHead(expected, M, k, m - 1, m + 2)).toEqual([1, 0, 0]);
    expect(Array.from(mc.posts.meanHeadcount.subarray(k * M + m - 1, k * M + m + 1))).toEqual([1, 0]);
    expect(mc.posts.vacant[k * M + m]).toBe(1);
  });

  it('lists the retirements in month order with their post and unit', () => {
    const schedule = retirementSchedule(input);
    const rows = Array.from(schedule.person, (i, j) => [i, schedule.month[j], schedule.post[j], schedule.unit[j]]);
    const byMonth = table.map((row, k) => [k, month(row[3]), k, 0]).sort((a, b) => a[1]! - b[1]! || a[0]! - b[0]!);
    expect(rows).toEqual(byMonth);
  });

  it('drops people already past their TMT from the first month, and lists them as retiring in month 0', () => {
    const late = scenario({ asOf: AS_OF, units: 1, posts: [post('p0', 'u1', 1)], employees: [person('1960-01-10', { postId: 'p0' })] });
    const lateInput = toSimulationInput(late, { horizonYears: 1 });
    expect(postHead(simulate(lateInput), 12, 0, 0, 2)).toEqual([0, 0]);
    expect(Array.from(retirementSchedule(lateInput).month)).toEqual([0]);
  });
});

describe('the deterministic run', () => {
  const M = 36;
  const run = (employees: Employee[], events: ScenarioEvent[], posts = [post('p1', 'u1', 2), post('p2', 'u2', 1)]) => {
    const input = toSimulationInput(scenario({ asOf: AS_OF, posts, employees, events }), { horizonYears: 3 });
    return { input, result: simulate(input) };
  };

  it('keeps the headcount constant with no events and nobody retiring', () => {
    const { result } = run(staff('p1', 2), []);
    expect(postHead(result, M, 0, 0, M)).toEqual(Array(M).fill(2));
    expect(result.posts.ej[0]).toBe(1);
    expect(result.units.ej[M]).toBe(Number.POSITIVE_INFINITY); // u2 has need and nobody: vacant
  });

  it('counts exits as expected fractions: (1 - q) after twelve months', () => {
    const { result } = run(staff('p1', 2), [exitRate(0.1)]);
    expect(result.posts.headcount[12]).toBeCloseTo(2 * 0.9, 12);
    expect(result.posts.headcount[24]).toBeCloseTo(2 * 0.81, 12);
    expect(result.posts.ej[12]).toBeCloseTo(2 / 1.8, 12);
  });

  it('adds planned hires from their month', () => {
    const hire: ScenarioEvent = {
      id: 'formasi', type: 'planned-hire', postId: 'p2', start: '2026-07-15', count: 2,
      profile: { status: 'PNS', positionType: 'pelaksana', positionLevel: null, family: 'klerek', education: { level: 'SLTA', field: 'umum' }, age: 25 },
    };
    const { result } = run([], [hire]);
    expect(postHead(result, M, 1, 4, 8)).toEqual([0, 0, 2, 2]);
  });

  it('fills a vacancy after the backfill delay, with a replacement who stays', () => {
    const retiring = person('1968-03-15', { postId: 'p1' }); // TMT 2026-04-01, month 3
    const { result } = run([retiring], [backfill(4)]);
    expect(postHead(result, M, 0, 2, 9)).toEqual([1, 0, 0, 0, 0, 1, 1]);
  });

  it('leaves the vacancy open without a backfill rule, or with one that says no', () => {
    const retiring = person('1968-03-15', { postId: 'p1' });
    expect(postHead(run([retiring], []).result, M, 0, 2, 5)).toEqual([1, 0, 0]);
    expect(postHead(run([retiring], [backfill(0, { backfill: false })]).result, M, 0, 2, 5)).toEqual([1, 0, 0]);
  });

  it('applies the most specific backfill rule: post, then unit, then everywhere', () => {
    const people = [person('1968-03-15', { postId: 'p1' }), person('1968-03-20', { postId: 'p2' })];
    const { input } = run(people, [backfill(9), backfill(2, { unitId: 'u2' }), backfill(5, { postId: 'p1' })]);
    expect(Array.from(input.backfillDelay)).toEqual([5, 2]);
  });

  it('postpones hires and replacements due in a freeze to the month after it, or cancels them', () => {
    const retiring = person('1968-03-15', { postId: 'p1' }); // vacancy from month 3, replacement due month 4
    const freeze = (blockedHires: 'postpone' | 'cancel'): ScenarioEvent =>
      ({ id: 'freeze', type: 'hiring-freeze', start: '2026-04-01', end: '2026-09-30', blockedHires });
    // Months 2..10: in post, the vacancy from month 3, the freeze over months 3-8, the replacement in month 9.
    expect(postHead(run([retiring], [backfill(1), freeze('postpone')]).result, M, 0, 2, 11)).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(postHead(run([retiring], [backfill(1), freeze('cancel')]).result, M, 0, 2, 11)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0]);
    // Due after the freeze: unaffected.
    expect(postHead(run([retiring], [backfill(7), freeze('cancel')]).result, M, 0, 9, 12)).toEqual([0, 1, 1]);
  });

  it('moves a person for a temporary transfer and back in the month after its end', () => {
    const nurse = person('1990-05-05', { postId: 'p1' });
    const move: ScenarioEvent = { id: 'bantu', type: 'planned-transfer', nip: nurse.nip, toPostId: 'p2', start: '2026-03-01', end: '2026-08-31' };
    const { result } = run([nurse], [move]);
    expect(postHead(result, M, 0, 1, 10)).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(postHead(result, M, 1, 1, 10)).toEqual([0, 1, 1, 1, 1, 1, 1, 0, 0]);
  });

  it('moves a person for good with a permanent transfer, and refills the new post when the person retires', () => {
    const clerk = person('1968-06-10', { postId: 'p1' }); // TMT 2026-07-01, month 6
    const move: ScenarioEvent = { id: 'pindah', type: 'planned-transfer', nip: clerk.nip, toPostId: 'p2', start: '2026-02-01', end: null };
    const { result } = run([clerk], [move, backfill(0)]);
    expect(postHead(result, M, 0, 0, 8)).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(postHead(result, M, 1, 0, 8)).toEqual([0, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('refills the home post of someone who leaves while on a temporary transfer', () => {
    const clerk = person('1968-06-10', { postId: 'p1' }); // retires at month 6, while away
    const move: ScenarioEvent = { id: 'bantu', type: 'planned-transfer', nip: clerk.nip, toPostId: 'p2', start: '2026-03-01', end: '2026-12-31' };
    const { result } = run([clerk], [move, backfill(2)]);
    expect(postHead(result, M, 0, 1, 10)).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(postHead(result, M, 1, 1, 10)).toEqual([0, 1, 1, 1, 1, 0, 0, 0, 0]);
  });

  it('multiplies the need by a trend compounding monthly, and holds the level after its end', () => {
    const trend: ScenarioEvent = { id: 'naik', type: 'demand-trend', unitId: 'u1', postId: null, taskId: null, start: '2026-01-01', end: '2027-12-31', yearlyGrowth: 0.1 };
    const { input } = run(staff('p1', 2), [trend]);
    expect(input.postNeed[0]).toBeCloseTo(2, 12);
    expect(input.postNeed[12]).toBeCloseTo(2.2, 12);
    expect(input.postNeed[23]).toBeCloseTo(2 * 1.1 ** (23 / 12), 12);
    expect(input.postNeed[30]).toBeCloseTo(2 * 1.1 ** (23 / 12), 12);
    expect(input.postNeed[M + 12]).toBeCloseTo(1, 12); // u2 untouched
  });
});
