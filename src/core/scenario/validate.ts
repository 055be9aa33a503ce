/**
 * Validation of scenario documents at the edges (files, database, CLI).
 * A problem names the place (`employees[12].nip`) and what is wrong with it.
 */
import type { z } from 'zod';
import { GOLONGAN, PPPK_GRADES } from '../positions';
import { monthIndex } from '../dates';
import { employeeRetirementDate } from '../employee';
import { parseNip } from '../nip';
import { migrateScenario } from './migrate';
import { scenarioSchema, type Scenario } from './schema';
import { formatPath, type Problem } from './problem';

export type ParseResult = { ok: true; scenario: Scenario; upgradedFrom: number | null } | { ok: false; problems: Problem[] };

export { formatPath, formatProblem, type Problem } from './problem';

function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Parses any value as a scenario: upgrades older format versions, checks the shape, then the
 * cross-references and identifiers. Never throws on bad input.
 */
export function parseScenario(data: unknown): ParseResult {
  const migrated = migrateScenario(data);
  if (!migrated.ok) return { ok: false, problems: migrated.problems };
  const parsed = scenarioSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = checkReferences(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, scenario: parsed.data, upgradedFrom: migrated.upgradedFrom };
}

function checkUnique(values: string[], where: string, field: string, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) problems.push({ path: `${where}[${i}].${field}`, message: `duplicate ${field} ${value}` });
    seen.add(value);
  });
  return seen;
}

/** Checks what a schema cannot: unique ids, references, NIPs against birth date and sex, ranks. */
export function checkReferences(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const unitIds = checkUnique(s.units.map((u) => u.id), 'units', 'id', problems);
  const postIds = checkUnique(s.posts.map((p) => p.id), 'posts', 'id', problems);
  checkUnique(s.employees.map((e) => e.nip), 'employees', 'nip', problems);

  s.posts.forEach((post, i) => {
    if (!unitIds.has(post.unitId)) problems.push({ path: `posts[${i}].unitId`, message: `unit ${post.unitId} does not exist` });
    checkUnique(post.tasks.map((t) => t.id), `posts[${i}].tasks`, 'id', problems);
  });

  s.employees.forEach((e, i) => {
    const at = `employees[${i}]`;
    const nip = parseNip(e.nip, e.status);
    if (!nip.ok) {
      problems.push({ path: `${at}.nip`, message: nip.problem });
    } else {
      if (nip.value.birthDate !== e.birthDate) {
        problems.push({ path: `${at}.birthDate`, message: `${e.birthDate} differs from the birth date in the NIP (${nip.value.birthDate})` });
      }
      if (nip.value.sex !== e.sex) {
        problems.push({ path: `${at}.sex`, message: `${e.sex} differs from the sex digit in the NIP (${nip.value.sex})` });
      }
    }
    const ranks: readonly string[] = e.status === 'PNS' ? GOLONGAN : PPPK_GRADES;
    if (!ranks.includes(e.rank)) {
      problems.push({ path: `${at}.rank`, message: `${e.rank} is not a ${e.status === 'PNS' ? 'golongan (I/a-IV/e)' : 'PPPK grade (I-XVII)'}` });
    }
    if ((e.positionType === 'fungsional') !== (e.positionLevel !== null)) {
      problems.push({ path: `${at}.positionLevel`, message: 'a functional position needs a level; other positions must have null' });
    }
    if (e.postId !== null && !postIds.has(e.postId)) problems.push({ path: `${at}.postId`, message: `post ${e.postId} does not exist` });
    if (e.postSince < e.birthDate) problems.push({ path: `${at}.postSince`, message: 'is before the birth date' });
    e.history.forEach((h, j) => {
      if (h.to < h.from) problems.push({ path: `${at}.history[${j}].to`, message: `ends (${h.to}) before it starts (${h.from})` });
    });
    e.mobility.preferredUnitIds.forEach((u, j) => {
      if (!unitIds.has(u)) problems.push({ path: `${at}.mobility.preferredUnitIds[${j}]`, message: `unit ${u} does not exist` });
    });
  });
  checkUnique(s.events.map((ev) => ev.id), 'events', 'id', problems);
  checkEvents(s, unitIds, problems);
  checkUnique(s.plans.map((p) => p.id), 'plans', 'id', problems);
  return problems;
}

/**
 * Events: their targets exist, dates run forwards, one size for a demand spike, no two backfill rules
 * for the same place, and one person's transfers neither overlap nor start after the retirement.
 */
function checkEvents(s: Scenario, unitIds: Set<string>, problems: Problem[]): void {
  const posts = new Map(s.posts.map((p) => [p.id, p]));
  const employees = new Map(s.employees.map((e) => [e.nip, e]));
  const backfillScopes = new Map<string, number>();
  const transfers = new Map<string, { index: number; start: string; end: string | null }[]>();
  const unitExists = (at: string, unitId: string | null) => {
    if (unitId !== null && !unitIds.has(unitId)) problems.push({ path: `${at}.unitId`, message: `unit ${unitId} does not exist` });
  };
  const postExists = (at: string, field: string, postId: string | null): boolean => {
    if (postId === null || posts.has(postId)) return true;
    problems.push({ path: `${at}.${field}`, message: `post ${postId} does not exist` });
    return false;
  };
  const forwards = (at: string, start: string, end: string | null) => {
    if (end !== null && end < start) problems.push({ path: `${at}.end`, message: `ends (${end}) before it starts (${start})` });
  };

  s.events.forEach((ev, i) => {
    const at = `events[${i}]`;
    switch (ev.type) {
      case 'demand-spike':
      case 'demand-trend': {
        if (ev.unitId !== null && ev.postId !== null) {
          problems.push({ path: `${at}.postId`, message: 'give a unit or a post, not both' });
        }
        unitExists(at, ev.unitId);
        const postOk = postExists(at, 'postId', ev.postId);
        if (ev.taskId !== null) {
          if (ev.postId === null) problems.push({ path: `${at}.taskId`, message: 'a task needs its post in postId' });
          else if (postOk && !posts.get(ev.postId)!.tasks.some((t) => t.id === ev.taskId)) {
            problems.push({ path: `${at}.taskId`, message: `post ${ev.postId} has no task ${ev.taskId}` });
          }
        }
        forwards(at, ev.start, ev.end);
        if (ev.type === 'demand-spike') {
          if ((ev.factor === null) === (ev.extraVolume === null)) {
            problems.push({ path: `${at}.factor`, message: 'give either factor or extraVolume (the other null)' });
          } else if (ev.extraVolume !== null && ev.taskId === null) {
            problems.push({ path: `${at}.extraVolume`, message: 'extra volume counts outputs of one task: give postId and taskId' });
          }
        }
        break;
      }
      case 'planned-hire':
        postExists(at, 'postId', ev.postId);
        if ((ev.profile.positionType === 'fungsional') !== (ev.profile.positionLevel !== null)) {
          problems.push({ path: `${at}.profile.positionLevel`, message: 'a functional position needs a level; other positions must have null' });
        }
        break;
      case 'exit-rate':
        if (ev.minAge !== null && ev.maxAge !== null && ev.maxAge < ev.minAge) {
          problems.push({ path: `${at}.maxAge`, message: `is below minAge (${ev.minAge})` });
        }
        break;
      case 'backfill-delay': {
        if (ev.unitId !== null && ev.postId !== null) {
          problems.push({ path: `${at}.postId`, message: 'give a unit or a post, not both' });
          break;
        }
        unitExists(at, ev.unitId);
        postExists(at, 'postId', ev.postId);
        const scope = ev.postId !== null ? `post ${ev.postId}` : ev.unitId !== null ? `unit ${ev.unitId}` : 'every post';
        const first = backfillScopes.get(scope);
        if (first !== undefined) problems.push({ path: at, message: `events[${first}] already sets the backfill for ${scope}` });
        else backfillScopes.set(scope, i);
        break;
      }
      case 'hiring-freeze':
        forwards(at, ev.start, ev.end);
        break;
      case 'planned-transfer': {
        postExists(at, 'toPostId', ev.toPostId);
        forwards(at, ev.start, ev.end);
        const person = employees.get(ev.nip);
        if (!person) {
          problems.push({ path: `${at}.nip`, message: `no employee has NIP ${ev.nip}` });
          break;
        }
        const retires = employeeRetirementDate(person);
        if (monthIndex(ev.start) >= monthIndex(retires)) {
          problems.push({ path: `${at}.start`, message: `${person.name} retires on ${retires} (TMT), before this transfer` });
        }
        const list = transfers.get(ev.nip) ?? [];
        list.push({ index: i, start: ev.start, end: ev.end });
        transfers.set(ev.nip, list);
        break;
      }
    }
  });

  // A person holds one post at a time: a temporary transfer must end (month included) before the next starts.
  for (const list of transfers.values()) {
    const sorted = [...list].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.index - b.index));
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const next = sorted[k]!;
      const overlaps = monthIndex(next.start) === monthIndex(prev.start) ||
        (prev.end !== null && monthIndex(next.start) <= monthIndex(prev.end));
      if (overlaps) {
        problems.push({ path: `events[${next.index}].start`, message: `overlaps the transfer in events[${prev.index}] of the same person` });
      }
    }
  }
}
