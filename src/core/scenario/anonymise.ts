/**
 * Anonymised copies of a scenario, for sharing outside the office. What changes and why:
 *
 * - names become pseudonyms (`Pegawai 0001`, numbered in a seeded random order);
 * - NIPs become synthetic numbers that are valid by the app's own NIP rules, unique, and never one
 *   of the scenario's real NIPs. They keep the birth year and month (the birth day, TMT CPNS /
 *   appointment year and sequence are drawn), so that retirement dates, ages in months, and
 *   therefore plans and simulations, do not change; the birth date follows the synthetic NIP;
 * - every NIP reference is remapped the same way: planned transfers and saved plans' moves;
 * - free text is dropped: employees' notes, events' notes, the scenario's description; a reason for
 *   protection becomes a generic label (the person stays protected, the reason is not shared);
 * - saved plans get generic names (a plan name may mention people);
 * - kept as they are, since plans depend on them and they are not personal on their own: sex (also in
 *   the NIP), rank, position, education, competences, performance, mobility, the post held, and the
 *   history of posts (unit and post names with dates). Units, posts and tasks are the agency's own.
 *
 * The key (pseudonym and synthetic NIP back to the real ones) is returned apart: it stays on the
 * device that made the copy and is never written into the file.
 */
import { daysInMonth, dateParts, formatIsoDate } from '../dates';
import { parseNip } from '../nip';
import { createRng, type Rng } from '../rng';
import type { Employee, Scenario, ScenarioEvent } from './schema';

/** Label written for every protected person in an anonymised copy. */
export const PROTECTED_LABEL = 'dilindungi (alasan tidak dibagikan)';

/** One person of an anonymised scenario: the pseudonym and synthetic NIP, and who they stand for. */
export interface PseudonymEntry {
  nip: string;
  name: string;
  realNip: string;
  realName: string;
}

/** What re-identifies an anonymised scenario. Stays on the device; never part of the file. */
export interface AnonymisationKey {
  originalId: string;
  anonymisedId: string;
  people: PseudonymEntry[];
}

/** 32-bit seed from a text (FNV-1a), so that a secret phrase gives the same copy every time. */
export function seedFromSecret(secret: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < secret.length; i++) {
    h ^= secret.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A synthetic NIP (PNS) or PPPK number for `e`: same birth year and month and sex, drawn day,
 * appointment and sequence; retried until it is valid and in none of `taken`.
 */
function syntheticNip(e: Employee, asOfYear: number, rng: Rng, taken: Set<string>): { nip: string; birthDate: string } {
  const { year, month } = dateParts(e.birthDate);
  const since = dateParts(e.postSince);
  // The birth date may not pass the date in post (a person born and placed in the same month).
  const lastDay = since.year === year && since.month === month ? since.day : daysInMonth(year, month);
  const sexDigit = e.sex === 'L' ? '1' : '2';
  const latestAppointment = Math.max(year + 18, Math.min(asOfYear, year + 40));
  const fieldCode = e.status === 'PPPK' ? e.nip.slice(12, 14) : '';
  for (;;) {
    const day = 1 + rng.int(lastDay);
    const appointedYear = year + 18 + rng.int(latestAppointment - year - 17);
    const middle = e.status === 'PNS' ? `${appointedYear}${pad(1 + rng.int(12), 2)}` : `${appointedYear}${fieldCode}`;
    const sequence = 1 + rng.int(999);
    const nip = `${year}${pad(month, 2)}${pad(day, 2)}${middle}${sexDigit}${pad(sequence, 3)}`;
    if (taken.has(nip) || !parseNip(nip, e.status).ok) continue;
    taken.add(nip);
    return { nip, birthDate: formatIsoDate(year, month, day) };
  }
}

/** A seeded permutation of 0..n-1 (Fisher-Yates). */
function shuffledIndexes(n: number, rng: Rng): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function withoutNote<T extends ScenarioEvent>(event: T): T {
  const { note: _note, ...rest } = event;
  return rest as T;
}

/**
 * The anonymised copy of `s` and the key that re-identifies it. Deterministic given the secret (a
 * phrase or a seeded generator); the copy has id `<id>-anonim` and no parent.
 * `anonymiseScenario(sample, 'k').scenario.employees[0].name` is like `Pegawai 0042`.
 */
export function anonymiseScenario(s: Scenario, secret: string | Rng): { scenario: Scenario; key: AnonymisationKey } {
  const rng = typeof secret === 'string' ? createRng(seedFromSecret(secret)) : secret;
  const asOfYear = dateParts(s.meta.asOf).year;
  const taken = new Set(s.employees.map((e) => e.nip));
  const width = Math.max(4, String(s.employees.length).length);
  const numbers = shuffledIndexes(s.employees.length, rng);
  const nipOf = new Map<string, string>();
  const people: PseudonymEntry[] = [];

  const employees = s.employees.map((e, i): Employee => {
    const { nip, birthDate } = syntheticNip(e, asOfYear, rng, taken);
    const name = `Pegawai ${pad(numbers[i]! + 1, width)}`;
    nipOf.set(e.nip, nip);
    people.push({ nip, name, realNip: e.nip, realName: e.name });
    const { notes: _notes, ...rest } = e;
    return { ...rest, nip, name, birthDate, protected: e.protected === null ? null : PROTECTED_LABEL };
  });
  const remap = (nip: string) => nipOf.get(nip) ?? nip;

  const events = s.events.map((ev) => withoutNote(ev.type === 'planned-transfer' ? { ...ev, nip: remap(ev.nip) } : ev));
  const plans = s.plans.map((plan, i) => ({
    ...plan,
    name: `Rencana ${i + 1}`,
    moves: plan.moves.map((m) => ({ ...m, nip: remap(m.nip) })),
  }));
  const anonymisedId = `${s.meta.id}-anonim`.slice(0, 80);
  const { contentHash: _hash, ...rest } = s;
  const scenario: Scenario = {
    ...rest,
    meta: { ...s.meta, id: anonymisedId, name: `${s.meta.name} (anonim)`.slice(0, 200), description: '', parentId: null },
    employees,
    events,
    plans,
  };
  return { scenario, key: { originalId: s.meta.id, anonymisedId, people } };
}

/** A lookup from synthetic NIP to the key's entry (real NIP and name); undefined for a NIP it does not know. */
export function reidentifier(key: AnonymisationKey): (nip: string) => PseudonymEntry | undefined {
  const byNip = new Map(key.people.map((p) => [p.nip, p]));
  return (nip) => byNip.get(nip);
}
