/**
 * Validation of scenario documents at the edges (files, database, CLI).
 * A problem names the place (`employees[12].nip`) and what is wrong with it.
 */
import type { z } from 'zod';
import { GOLONGAN, PPPK_GRADES } from '../positions';
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
  checkUnique(s.plans.map((p) => p.id), 'plans', 'id', problems);
  return problems;
}
