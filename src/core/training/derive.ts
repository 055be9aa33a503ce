/**
 * From an exercise to the scenario the trainee works on: the base scenario with the exercise's
 * changes, narrowed to the units in play, as it stands on the plan date (people retired by then are
 * gone; people not placed anywhere are left out, as a trainee plan moves people between posts).
 */
import { employeeRetirementDate } from '../employee';
import type { IsoDate } from '../dates';
import type { PlanWindow } from '../plan/build';
import type { Problem } from '../scenario/problem';
import type { Scenario } from '../scenario/schema';
import type { Exercise } from './exercise';

/** Everything scoring needs: the scenario on the plan date, the window of temporary moves, the budget. */
export interface TrainingTask {
  scenario: Scenario;
  planDate: IsoDate;
  window: PlanWindow | null;
  budget: number;
}

export interface Retiree {
  nip: string;
  name: string;
  postId: string;
  /** TMT pensiun (first day no longer in post). */
  date: IsoDate;
}

/** Scenarios are plain JSON data, so a JSON round trip is a deep copy. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export type DerivedExercise =
  | { ok: true; task: TrainingTask; retired: Retiree[]; unplacedLeftOut: number }
  | { ok: false; problems: Problem[] };

/**
 * Applies the exercise to its base scenario (the sample, or the embedded one): settings, per-person
 * changes and added events; keeps the units in play; removes who retired on or before the plan date.
 */
export function deriveExercise(x: Exercise, sample: Scenario | null): DerivedExercise {
  const base = x.scenario.source === 'embedded' ? x.scenario.scenario : sample;
  if (!base) return { ok: false, problems: [{ path: 'scenario.source', message: 'the sample scenario is needed for this exercise' }] };
  const changes = x.scenario.changes;
  const problems: Problem[] = [];
  const s: Scenario = clone(base);
  s.settings = { ...s.settings, ...changes.settings };
  const byNip = new Map(s.employees.map((e, i) => [e.nip, i]));
  changes.employees.forEach((c, i) => {
    const at = byNip.get(c.nip);
    if (at === undefined) problems.push({ path: `scenario.changes.employees[${i}].nip`, message: `nobody with NIP ${c.nip} in the scenario` });
    else s.employees[at] = { ...s.employees[at]!, ...clone(c.set) };
  });
  s.events = [...s.events, ...clone(changes.events)];

  if (changes.units !== null) {
    const known = new Set(s.units.map((u) => u.id));
    changes.units.forEach((u, i) => {
      if (!known.has(u)) problems.push({ path: `scenario.changes.units[${i}]`, message: `unit ${u} is not in the scenario` });
    });
    const inPlay = new Set(changes.units);
    s.units = s.units.filter((u) => inPlay.has(u.id));
    s.posts = s.posts.filter((p) => inPlay.has(p.unitId));
    const posts = new Set(s.posts.map((p) => p.id));
    s.employees = s.employees.filter((e) => e.postId !== null && posts.has(e.postId));
    s.events = s.events.filter((e) => {
      if (e.type === 'demand-spike' || e.type === 'demand-trend') return (e.postId === null || posts.has(e.postId)) && (e.unitId === null || inPlay.has(e.unitId));
      if (e.type === 'planned-hire') return posts.has(e.postId);
      if (e.type === 'planned-transfer') return posts.has(e.toPostId) && s.employees.some((p) => p.nip === e.nip);
      if (e.type === 'backfill-delay') return (e.postId === null || posts.has(e.postId)) && (e.unitId === null || inPlay.has(e.unitId));
      return true;
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const retired: Retiree[] = [];
  let unplacedLeftOut = 0;
  s.employees = s.employees.filter((e) => {
    if (e.postId === null) {
      unplacedLeftOut++;
      return false;
    }
    const date = employeeRetirementDate(e);
    if (date <= x.planDate) {
      retired.push({ nip: e.nip, name: e.name, postId: e.postId, date });
      return false;
    }
    return true;
  });
  s.meta = { ...s.meta, asOf: x.planDate, id: `latihan-${x.id}`.slice(0, 80) };
  s.plans = [];
  retired.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.nip < b.nip ? -1 : 1));
  return { ok: true, task: { scenario: s, planDate: x.planDate, window: x.window, budget: x.budget }, retired, unplacedLeftOut };
}
