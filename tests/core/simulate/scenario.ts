/**
 * Small scenarios for the simulation tests, built in code: units and posts with a round need, and
 * people with valid NIPs for any birth date. Fictional, like every test scenario.
 */
import type { Employee, Post, Scenario, ScenarioEvent } from '../../../src/core/scenario/schema';
import { formatProblem, parseScenario } from '../../../src/core/scenario/validate';
import { makeEmployee, minimalScenario } from '../fixtures';

let sequence = 0;

/** An employee born on `birthDate`, with a NIP that agrees (TMT CPNS at 25, a fresh sequence number). */
export function person(birthDate: string, overrides: Partial<Employee> = {}): Employee {
  sequence = (sequence % 998) + 1;
  const year = Number(birthDate.slice(0, 4));
  const nip = `${birthDate.replace(/-/g, '')}${year + 25}011${String(sequence).padStart(3, '0')}`;
  return makeEmployee({ nip, name: `Pegawai ${sequence}`, birthDate, sex: 'L', postSince: `${year + 25}-01-02`, ...overrides });
}

/** A pelaksana post whose need is `fte` (one task of 75,000 x fte minutes a year). */
export function post(id: string, unitId: string, fte: number, overrides: Partial<Post> = {}): Post {
  return {
    id, unitId, title: `Jabatan ${id}`, positionType: 'pelaksana', family: 'klerek', field: 'administrasi',
    minEducation: 'SLTA', educationFields: [],
    tasks: [{ id: 't1', name: 'Tugas', output: 'dokumen', volume: 1000 * fte, normMinutes: 75 }],
    ...overrides,
  };
}

/**
 * A scenario dated `asOf` with units u1..uN (kantor-lurah), the given posts and people, and events.
 * Checked through `parseScenario` so that a test never runs on an invalid file.
 */
export function scenario(options: {
  asOf?: string; units?: number; posts: Post[]; employees: Employee[]; events?: ScenarioEvent[];
}): Scenario {
  const s = minimalScenario();
  s.meta.asOf = options.asOf ?? '2026-01-01';
  s.units = Array.from({ length: options.units ?? 2 }, (_, k) => ({ id: `u${k + 1}`, name: `Kantor Lurah ${k + 1}`, kind: 'kantor-lurah' as const }));
  s.posts = options.posts;
  s.employees = options.employees;
  s.events = options.events ?? [];
  const result = parseScenario(s);
  if (!result.ok) throw new Error(`test scenario is not valid:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.scenario;
}

/** `n` people in post `postId`, born in January `birthYear` (long before retirement in the tests). */
export function staff(postId: string, n: number, birthYear = 1990): Employee[] {
  return Array.from({ length: n }, () => person(`${birthYear}-01-15`, { postId }));
}

export const exitRate = (yearlyRate: number, extra: Partial<Extract<ScenarioEvent, { type: 'exit-rate' }>> = {}): ScenarioEvent => ({
  id: `exits-${yearlyRate}-${extra.positionType ?? 'all'}-${extra.minAge ?? ''}-${extra.maxAge ?? ''}`,
  type: 'exit-rate', yearlyRate, positionType: null, minAge: null, maxAge: null, ...extra,
});

export const backfill = (months: number, extra: Partial<Extract<ScenarioEvent, { type: 'backfill-delay' }>> = {}): ScenarioEvent => ({
  id: `backfill-${extra.unitId ?? ''}-${extra.postId ?? ''}`, type: 'backfill-delay', unitId: null, postId: null,
  backfill: true, months, replacementAge: 28, ...extra,
});
