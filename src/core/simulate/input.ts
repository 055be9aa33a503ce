/**
 * The simulation's input: a scenario compiled into columns (typed arrays and id lists), so that the
 * engine needs no scenario objects and the worker can receive it as transferred buffers.
 *
 * Time is counted in months: month 0 is the month of `meta.asOf`, month m is m months later, and
 * `months` is the horizon. Everything that happens "in month m" holds for the whole month
 * (retirement and other TMTs take effect on the 1st). People are the employees of the file, in file
 * order, followed by the people of planned hires; a vacancy left by a person may be filled by a
 * replacement (backfill), who may leave and be replaced in turn.
 */
import { monthIndex } from '../dates';
import { employeeRetirementDate } from '../employee';
import { retirementAge } from '../retirement';
import type { BackfillDelay, ExitRate, HiringFreeze, PlannedTransfer, Scenario } from '../scenario/schema';
import { monthOf, needByMonth } from './demand';
import { exitGroup, exitIntensity } from './exits';

export const DEFAULT_HORIZON_YEARS = 5;
export const MAX_HORIZON_YEARS = 20;

export interface SimulationOptions {
  /** Whole years from 1 to 20; default 5. */
  horizonYears?: number;
}

export interface SimulationInput {
  /** Month index (`year * 12 + month - 1`) of month 0, the month of `meta.asOf`. */
  startMonth: number;
  months: number;
  overloadTolerance: number;
  unitIds: string[];
  postIds: string[];
  /** Per post: index of its unit in `unitIds`. */
  postUnit: Int32Array;
  /** Need in FTE, `postNeed[p * months + m]` and `unitNeed[u * months + m]`. */
  postNeed: Float64Array;
  unitNeed: Float64Array;
  /** Monthly exit intensity by group (position class) and age, see `exits.ts`. */
  exitIntensity: Float64Array;

  /** People 0..employeeCount-1 are `scenario.employees` in order; the others come from planned hires. */
  employeeCount: number;
  /** Per person: first month present (0 for employees). */
  personArrive: Int32Array;
  /** Per person: month of the retirement TMT, from which the person is gone (may lie beyond the horizon). */
  personRetire: Int32Array;
  /** Per person: age in months (since the birth month) in the month of arrival. */
  personAge: Int32Array;
  personGroup: Uint8Array;
  /** Per person: index in `scenario.events` of the planned hire, or -1 for an employee. */
  personHire: Int32Array;
  /**
   * Per person: the key of the person's random draws (`draws.ts`), which does not depend on the
   * events: an employee's place in the file, or for the k-th person of a planned hire a number made
   * from the hire's id and k. Adding, removing or editing an event leaves everyone else's draws alone.
   */
  personKey: Uint32Array;
  /**
   * Where each person is, as steps: person i's steps are `stepStart[i]..stepStart[i+1]-1`, in month
   * order; from `stepMonth[k]` the person works in `stepPost[k]` (-1: not placed) and formally holds
   * `stepFormal[k]` (the home post during a temporary transfer; a vacancy opens there).
   */
  stepStart: Int32Array;
  stepMonth: Int32Array;
  stepPost: Int32Array;
  stepFormal: Int32Array;

  /** Per post: months from a vacancy to its replacement's start, or -1 when vacancies stay open. */
  backfillDelay: Int32Array;
  /** Per post: the replacement's age in months at the start, months from the start to retirement, exit group. */
  replacementAge: Int32Array;
  replacementService: Int32Array;
  replacementGroup: Uint8Array;
  /**
   * Per month m: the month a hire or replacement due in m starts: m itself, a later month when a
   * hiring freeze postpones it (`months` or more: beyond the horizon), or -1 when a freeze cancels it.
   */
  hireMonth: Int32Array;
}

/** Compiles a valid scenario. Throws a RangeError for a horizon outside 1..20 whole years. */
export function toSimulationInput(s: Scenario, options: SimulationOptions = {}): SimulationInput {
  const years = options.horizonYears ?? DEFAULT_HORIZON_YEARS;
  if (!Number.isInteger(years) || years < 1 || years > MAX_HORIZON_YEARS) {
    throw new RangeError(`horizon must be a whole number of years from 1 to ${MAX_HORIZON_YEARS}, got ${years}`);
  }
  const months = years * 12;
  const startMonth = monthIndex(s.meta.asOf);
  const ctx = { startMonth, months };
  const unitIndex = new Map(s.units.map((u, i) => [u.id, i]));
  const postIndex = new Map(s.posts.map((p, i) => [p.id, i]));
  const postUnit = Int32Array.from(s.posts, (p) => unitIndex.get(p.unitId) ?? -1);
  const { postNeed, unitNeed } = needByMonth(s, { ...ctx, postIndex, unitIndex });

  const rates = s.events.filter((e): e is ExitRate => e.type === 'exit-rate');
  const hireMonth = hireMonths(s.events.filter((e): e is HiringFreeze => e.type === 'hiring-freeze'), ctx);
  const backfill = backfillRules(s, s.events.filter((e): e is BackfillDelay => e.type === 'backfill-delay'), postIndex, unitIndex);

  const transfersOf = new Map<string, PlannedTransfer[]>();
  for (const e of s.events) {
    if (e.type !== 'planned-transfer') continue;
    const list = transfersOf.get(e.nip) ?? [];
    list.push(e);
    transfersOf.set(e.nip, list);
  }

  const arrive: number[] = [];
  const retire: number[] = [];
  const age: number[] = [];
  const group: number[] = [];
  const hire: number[] = [];
  const key: number[] = [];
  const stepStart: number[] = [];
  const stepMonth: number[] = [];
  const stepPost: number[] = [];
  const stepFormal: number[] = [];
  const addStep = (month: number, post: number, formal: number) => {
    const first = stepStart[stepStart.length - 1]!;
    if (stepMonth.length > first && stepMonth[stepMonth.length - 1] === month) {
      stepPost[stepPost.length - 1] = post; // a later step in the same month wins
      stepFormal[stepFormal.length - 1] = formal;
    } else {
      stepMonth.push(month);
      stepPost.push(post);
      stepFormal.push(formal);
    }
  };

  for (const e of s.employees) {
    stepStart.push(stepMonth.length);
    const home = e.postId === null ? -1 : (postIndex.get(e.postId) ?? -1);
    arrive.push(0);
    retire.push(Math.max(0, monthIndex(employeeRetirementDate(e)) - startMonth));
    age.push(startMonth - monthIndex(e.birthDate));
    group.push(exitGroup(e.positionType));
    hire.push(-1);
    key.push(key.length);
    addStep(0, home, home);
    let formal = home;
    const moves = [...(transfersOf.get(e.nip) ?? [])].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    for (const move of moves) {
      const to = postIndex.get(move.toPostId) ?? -1;
      const from = Math.max(0, monthOf(move.start, ctx));
      if (from >= months) continue;
      if (move.end === null) {
        addStep(from, to, to);
        formal = to;
      } else {
        const back = monthOf(move.end, ctx) + 1;
        if (back <= 0) continue;
        addStep(from, to, formal);
        if (back < months) addStep(back, formal, formal);
      }
    }
  }

  const employeeCount = s.employees.length;
  s.events.forEach((ev, index) => {
    if (ev.type !== 'planned-hire') return;
    const due = monthOf(ev.start, ctx);
    if (due < 0 || due >= months) return; // before the reference date the file already holds them
    const start = hireMonth[due]!;
    if (start < 0 || start >= months) return;
    const post = postIndex.get(ev.postId) ?? -1;
    const bup = retirementAge({ type: ev.profile.positionType, level: ev.profile.positionLevel, family: ev.profile.family });
    for (let k = 0; k < ev.count; k++) {
      stepStart.push(stepMonth.length);
      arrive.push(start);
      retire.push(start + (bup - ev.profile.age) * 12 + 1);
      age.push(ev.profile.age * 12);
      group.push(exitGroup(ev.profile.positionType));
      hire.push(index);
      key.push(hirePersonKey(ev.id, k));
      addStep(start, post, post);
    }
  });
  stepStart.push(stepMonth.length);

  return {
    startMonth,
    months,
    overloadTolerance: s.settings.overloadTolerance,
    unitIds: s.units.map((u) => u.id),
    postIds: s.posts.map((p) => p.id),
    postUnit,
    postNeed,
    unitNeed,
    exitIntensity: exitIntensity(rates),
    employeeCount,
    personArrive: Int32Array.from(arrive),
    personRetire: Int32Array.from(retire),
    personAge: Int32Array.from(age),
    personGroup: Uint8Array.from(group),
    personHire: Int32Array.from(hire),
    personKey: Uint32Array.from(key),
    stepStart: Int32Array.from(stepStart),
    stepMonth: Int32Array.from(stepMonth),
    stepPost: Int32Array.from(stepPost),
    stepFormal: Int32Array.from(stepFormal),
    ...backfill,
    hireMonth,
  };
}

/**
 * Draw key of the k-th person of the planned hire with id `eventId`: a hash of the id (FNV-1a) and k,
 * with the top bit set so that it never equals an employee's key (a place in the file).
 */
export function hirePersonKey(eventId: string, k: number): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < eventId.length; c++) h = Math.imul(h ^ eventId.charCodeAt(c), 0x01000193);
  return ((Math.imul(h, 0x2c1b3c6d) + Math.imul(k, 0x9e3779b9)) | 0x80000000) >>> 0;
}

/** Start month of a hire due in each month, after hiring freezes (see `SimulationInput.hireMonth`). */
function hireMonths(freezes: readonly HiringFreeze[], ctx: { startMonth: number; months: number }): Int32Array {
  const { months } = ctx;
  const frozen = new Uint8Array(months); // 0 open, 1 postpone, 2 cancel
  for (const f of freezes) {
    const first = Math.max(0, monthOf(f.start, ctx));
    const last = f.end === null ? months - 1 : Math.min(months - 1, monthOf(f.end, ctx));
    const kind = f.blockedHires === 'cancel' ? 2 : 1;
    for (let m = first; m <= last; m++) frozen[m] = Math.max(frozen[m]!, kind);
  }
  const result = new Int32Array(months);
  let nextOpen = months; // beyond the horizon when no open month follows
  for (let m = months - 1; m >= 0; m--) {
    if (frozen[m] === 0) nextOpen = m;
    result[m] = frozen[m] === 0 ? m : frozen[m] === 2 ? -1 : nextOpen;
  }
  return result;
}

/** Backfill per post: a rule for the post wins over one for its unit, which wins over one for every post. */
function backfillRules(
  s: Scenario, rules: readonly BackfillDelay[], postIndex: ReadonlyMap<string, number>, unitIndex: ReadonlyMap<string, number>,
): Pick<SimulationInput, 'backfillDelay' | 'replacementAge' | 'replacementService' | 'replacementGroup'> {
  const n = s.posts.length;
  const everywhere = rules.find((r) => r.postId === null && r.unitId === null);
  const byUnit = new Map<number, BackfillDelay>();
  const byPost = new Map<number, BackfillDelay>();
  for (const r of rules) {
    if (r.postId !== null) byPost.set(postIndex.get(r.postId)!, r);
    else if (r.unitId !== null) byUnit.set(unitIndex.get(r.unitId)!, r);
  }
  const backfillDelay = new Int32Array(n).fill(-1);
  const replacementAge = new Int32Array(n);
  const replacementService = new Int32Array(n);
  const replacementGroup = new Uint8Array(n);
  s.posts.forEach((post, p) => {
    // Replacements enter at the first level of the post's class (BUP 58 for a functional post),
    // or under the family's own law (teachers 60).
    const bup = retirementAge({ type: post.positionType, level: null, family: post.family });
    replacementGroup[p] = exitGroup(post.positionType);
    const rule = byPost.get(p) ?? byUnit.get(unitIndex.get(post.unitId) ?? -1) ?? everywhere;
    if (!rule) return;
    replacementAge[p] = rule.replacementAge * 12;
    replacementService[p] = (bup - rule.replacementAge) * 12 + 1;
    if (rule.backfill) backfillDelay[p] = rule.months;
  });
  return { backfillDelay, replacementAge, replacementService, replacementGroup };
}
