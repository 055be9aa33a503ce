import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { employeeRetirementDate } from '../../../src/core/employee';
import { parseNip } from '../../../src/core/nip';
import { proposePlan } from '../../../src/core/plan/plan';
import { createRng } from '../../../src/core/rng';
import { anonymiseScenario, PROTECTED_LABEL, reidentifier } from '../../../src/core/scenario/anonymise';
import type { Scenario } from '../../../src/core/scenario/schema';
import { parseScenario } from '../../../src/core/scenario/validate';
import { toSimulationInput } from '../../../src/core/simulate/input';
import { monteCarlo, type MonteCarloResult } from '../../../src/core/simulate/monteCarlo';

const sample = JSON.parse(readFileSync(new URL('../../../scenarios/nanggalo.json', import.meta.url), 'utf8')) as Scenario;

/**
 * The sample with everything that names a person: notes, planned transfers (one temporary), a
 * saved plan with moves and decisions, notes on events, a protection reason and a description.
 */
function sampleWithReferences(): Scenario {
  const s = structuredClone(sample);
  const planned = proposePlan(s, { planDate: s.meta.asOf });
  const [first, second] = planned.moves;
  s.employees[0]!.notes = `Catatan pribadi tentang ${s.employees[0]!.name}`;
  s.employees[5]!.protected = `Sedang menjalani hukuman disiplin (${s.employees[5]!.name})`;
  s.events.push(
    { id: 'pindah-1', type: 'planned-transfer', nip: first!.nip, toPostId: first!.toPostId, start: '2027-03-01', end: null, note: `Pindah ${first!.name}` },
    { id: 'bantu-1', type: 'planned-transfer', nip: second!.nip, toPostId: second!.toPostId, start: '2027-05-01', end: '2027-10-31' },
  );
  s.plans.push({
    id: 'rencana-a', name: `Rencana untuk ${first!.name}`, createdAt: s.meta.asOf, planDate: s.meta.asOf, seed: 1, scenarioHash: 'x',
    settings: { movePrice: 0 }, objective: planned.objective,
    moves: planned.moves.map((m, i) => ({
      nip: m.nip, fromPostId: m.fromPostId, toPostId: m.toPostId, kind: 'permanent' as const, effective: s.meta.asOf, endDate: null,
      decision: i === 0 ? 'pinned' as const : 'proposed' as const,
    })),
  });
  return s;
}

function bytes(result: MonteCarloResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, column] of Object.entries(result.units)) out[name] = Buffer.from(column.buffer).toString('base64');
  return out;
}

describe('anonymiseScenario', () => {
  const original = sampleWithReferences();
  const { scenario: anon, key } = anonymiseScenario(original, 'geheim');
  const toReal = reidentifier(key);

  it('gives the same plan: objective, moves (re-identified), before and after metrics', () => {
    for (const options of [{ planDate: original.meta.asOf }, { planDate: '2027-06-01', maxMoves: 5 }]) {
      const a = proposePlan(original, options);
      const b = proposePlan(anon, options);
      expect(b.objective).toBe(a.objective);
      expect(b.moves.length).toBe(a.moves.length);
      expect(b.moves.length).toBeGreaterThan(0);
      expect(b.before.metrics).toEqual(a.before.metrics);
      expect(b.after.metrics).toEqual(a.after.metrics);
      expect(b.moves.map((m) => [toReal(m.nip)!.realNip, m.toPostId])).toEqual(a.moves.map((m) => [m.nip, m.toPostId]));
    }
  });

  it('gives the same Monte Carlo percentiles for the same seed, bit for bit', () => {
    for (const horizonYears of [5, 20]) {
      const a = monteCarlo(toSimulationInput(original, { horizonYears }), { runs: 150, seed: 20261201 });
      const b = monteCarlo(toSimulationInput(anon, { horizonYears }), { runs: 150, seed: 20261201 });
      expect(bytes(b)).toEqual(bytes(a));
    }
  });

  it('leaves no real name, NIP, note, protection reason, plan name or description in the file', () => {
    const json = JSON.stringify(anon);
    for (const e of original.employees) {
      expect(json).not.toContain(e.nip);
      expect(json).not.toContain(e.name);
    }
    for (const text of [original.employees[0]!.notes!, original.employees[5]!.protected!, 'Pindah ', 'Rencana untuk', original.meta.description]) {
      expect(json).not.toContain(text);
    }
    expect(json).not.toContain('"notes"');
    expect(json).not.toContain('"note"');
    expect(json).not.toContain(key.people[0]!.realName);
  });

  it('makes valid, unique synthetic NIPs that keep birth year, month and sex and collide with no real one', () => {
    expect(parseScenario(anon)).toMatchObject({ ok: true });
    const real = new Set(original.employees.map((e) => e.nip));
    const synthetic = new Set(anon.employees.map((e) => e.nip));
    expect(synthetic.size).toBe(anon.employees.length);
    anon.employees.forEach((e, i) => {
      const o = original.employees[i]!;
      expect(real.has(e.nip)).toBe(false);
      const parsed = parseNip(e.nip, e.status);
      expect(parsed.ok).toBe(true);
      expect(e.birthDate.slice(0, 7)).toBe(o.birthDate.slice(0, 7));
      expect(e.sex).toBe(o.sex);
      expect(employeeRetirementDate(e)).toBe(employeeRetirementDate(o));
      expect(e.name).toMatch(/^Pegawai \d{4}$/);
    });
    expect(new Set(anon.employees.map((e) => e.name)).size).toBe(anon.employees.length);
    expect(anon.employees[5]!.protected).toBe(PROTECTED_LABEL);
  });

  it('remaps every NIP reference consistently: planned transfers and saved plans', () => {
    const synthetic = new Set(anon.employees.map((e) => e.nip));
    for (const ev of anon.events) if (ev.type === 'planned-transfer') expect(synthetic.has(ev.nip)).toBe(true);
    const before = original.plans.at(-1)!.moves;
    const after = anon.plans.at(-1)!.moves;
    expect(after.map((m) => toReal(m.nip)?.realNip)).toEqual(before.map((m) => m.nip));
    expect(after.map((m) => m.decision)).toEqual(before.map((m) => m.decision));
    const transfer = original.events.find((ev) => ev.id === 'pindah-1')!;
    const mapped = anon.events.find((ev) => ev.id === 'pindah-1')!;
    expect(mapped.type === 'planned-transfer' && toReal(mapped.nip)?.realNip).toBe(transfer.type === 'planned-transfer' && transfer.nip);
  });

  it('is deterministic for a secret, different for another, and keeps the key out of the copy', () => {
    expect(anonymiseScenario(original, 'geheim')).toEqual({ scenario: anon, key });
    expect(anonymiseScenario(original, 'lain').scenario.employees[0]!.nip).not.toBe(anon.employees[0]!.nip);
    expect(anonymiseScenario(original, createRng(3)).scenario).toEqual(anonymiseScenario(original, createRng(3)).scenario);
    expect(key.people).toHaveLength(original.employees.length);
    expect(key.anonymisedId).toBe(anon.meta.id);
    expect(anon.meta.id).not.toBe(original.meta.id);
    expect(anon.meta.parentId).toBeNull();
  });
});
