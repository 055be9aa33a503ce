import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayBefore } from '../../scripts/sample/career';
import { AS_OF, DEFAULT_EMPLOYEES, DEFAULT_SEED, generateScenario, serializeScenario } from '../../scripts/sample/generate';
import { apportion } from '../../scripts/sample/scale';
import { isPublicService, retirementsByYear, unitStandings } from '../../scripts/sample/summary';
import { employeeRetirementDate } from '../../src/core/employee';
import { educationRank } from '../../src/core/positions';
import type { Scenario } from '../../src/core/scenario/schema';
import { formatProblem, parseScenario } from '../../src/core/scenario/validate';

const sample = generateScenario();

/** Problems found when the scenario goes through a file: serialised, parsed back, validated. */
function problemsOf(s: Scenario): string[] {
  const result = parseScenario(JSON.parse(serializeScenario(s)));
  return result.ok ? [] : result.problems.map(formatProblem);
}

function standingOf(s: Scenario, unitName: string): string {
  const row = unitStandings(s).find((u) => u.name === unitName);
  if (!row) throw new Error(`no unit ${unitName}`);
  return row.standing;
}

describe('the default Nanggalo sample', () => {
  it('validates with zero problems', () => {
    expect(problemsOf(sample)).toEqual([]);
  });

  it('is marked fictional and dated 2026-12-01', () => {
    expect(sample.meta.fictional).toBe(true);
    expect(sample.meta.name).toBe('Kecamatan Nanggalo (contoh fiktif)');
    expect(sample.meta.description).toMatch(/fiktif/);
    expect(sample.meta.description).toMatch(/NIP/);
    expect(sample.meta.description).toMatch(/rekaan/);
    expect(sample.meta.asOf).toBe(AS_OF);
    expect(AS_OF).toBe('2026-12-01');
  });

  it('gives the same scenario for the same seed and a different one for another seed', () => {
    expect(generateScenario({ seed: DEFAULT_SEED, employees: DEFAULT_EMPLOYEES })).toEqual(sample);
    expect(serializeScenario(generateScenario())).toBe(serializeScenario(sample));
    const other = generateScenario({ seed: DEFAULT_SEED + 1 });
    expect(other).not.toEqual(sample);
    expect(other.employees.map((e) => e.nip)).not.toEqual(sample.employees.map((e) => e.nip));
    // The organisation is the same; the people and the exact volumes are drawn anew.
    expect(other.units).toEqual(sample.units);
    expect(other.posts.map((p) => p.id)).toEqual(sample.posts.map((p) => p.id));
    expect(problemsOf(other)).toEqual([]);
  });

  it('holds the Kantor Camat, the six Kantor Lurah with their codes, two puskesmas and the schools', () => {
    const byName = new Map(sample.units.map((u) => [u.name, u]));
    expect(byName.get('Kantor Camat Nanggalo')?.kind).toBe('kantor-camat');
    const kelurahan: [string, string][] = [
      ['Surau Gadang', '13.71.10.1001'], ['Kampung Olo', '13.71.10.1002'], ['Kurao Pagang', '13.71.10.1003'],
      ['Gurun Laweh', '13.71.10.1004'], ['Tabing Banda Gadang', '13.71.10.1005'], ['Kampung Lapai', '13.71.10.1006'],
    ];
    for (const [name, code] of kelurahan) {
      expect(byName.get(`Kantor Lurah ${name}`)).toMatchObject({ kind: 'kantor-lurah', code });
    }
    expect(byName.get('Puskesmas Nanggalo')?.kind).toBe('puskesmas');
    expect(byName.get('Puskesmas Lapai')?.kind).toBe('puskesmas');
    const sd = sample.units.filter((u) => u.kind === 'sd');
    expect(sd.length).toBeGreaterThanOrEqual(4);
    for (const u of sd) expect(u.name).toMatch(/^SD Negeri \d{2} /);
    expect(sample.units.filter((u) => u.kind === 'smp').map((u) => u.name)).toEqual(['SMP Negeri 14 Padang']);
    expect(new Set(sample.units.map((u) => u.id)).size).toBe(sample.units.length);
  });

  it('has 200-400 employees with unique NIPs, at most two of them unplaced', () => {
    expect(sample.employees.length).toBe(DEFAULT_EMPLOYEES);
    expect(sample.employees.length).toBeGreaterThanOrEqual(200);
    expect(sample.employees.length).toBeLessThanOrEqual(400);
    expect(new Set(sample.employees.map((e) => e.nip)).size).toBe(sample.employees.length);
    const unplaced = sample.employees.filter((e) => e.postId === null).length;
    expect(unplaced).toBeLessThanOrEqual(2);
    expect(sample.employees.filter((e) => e.status === 'PPPK').length).toBeGreaterThan(10);
    const protectedCount = sample.employees.filter((e) => e.protected !== null).length;
    expect(protectedCount).toBeGreaterThan(0);
    expect(protectedCount).toBeLessThan(15);
  });

  it('sizes units plausibly', () => {
    const headcount = new Map(unitStandings(sample).map((u) => [u.name, u.headcount]));
    expect(headcount.get('Kantor Camat Nanggalo')).toBeGreaterThanOrEqual(20);
    expect(headcount.get('Kantor Camat Nanggalo')).toBeLessThanOrEqual(35);
    for (const u of sample.units.filter((x) => x.kind === 'kantor-lurah')) {
      expect(headcount.get(u.name)).toBeGreaterThanOrEqual(6);
      expect(headcount.get(u.name)).toBeLessThanOrEqual(12);
    }
    for (const u of sample.units.filter((x) => x.kind === 'puskesmas')) expect(headcount.get(u.name)).toBeGreaterThanOrEqual(22);
  });

  it('shows overloaded units (band A) and units with people to spare (bands C-E)', () => {
    const standings = unitStandings(sample);
    expect(standings.filter((u) => u.standing === 'A').length).toBeGreaterThanOrEqual(2);
    expect(standings.filter((u) => ['C', 'D', 'E'].includes(u.standing)).length).toBeGreaterThanOrEqual(2);
    expect(standingOf(sample, 'Puskesmas Lapai')).toBe('A');
    expect(standingOf(sample, 'Kantor Lurah Kurao Pagang')).toBe('A');
    expect(standingOf(sample, 'SD Negeri 01 Surau Gadang')).toBe('A');
    expect(['C', 'D', 'E']).toContain(standingOf(sample, 'Kantor Camat Nanggalo'));
    expect(['C', 'D', 'E']).toContain(standingOf(sample, 'Kantor Lurah Gurun Laweh'));
    expect(['C', 'D', 'E']).toContain(standingOf(sample, 'SD Negeri 20 Gurun Laweh'));
  });

  it('keeps the story on other seeds', () => {
    for (const seed of [1, 42, 987654321]) {
      const s = generateScenario({ seed });
      for (const name of ['Puskesmas Lapai', 'Kantor Lurah Kurao Pagang', 'SD Negeri 01 Surau Gadang']) expect(standingOf(s, name)).toBe('A');
      expect(['C', 'D', 'E']).toContain(standingOf(s, 'Kantor Camat Nanggalo'));
    }
  });

  it('plants a retirement wave in 2027-2029, mostly in public-service posts', () => {
    const rows = retirementsByYear(sample, [2027, 2028, 2029]);
    const total = rows.reduce((n, r) => n + r.total, 0);
    const publicService = rows.reduce((n, r) => n + r.publicService, 0);
    expect(total).toBeGreaterThanOrEqual(30);
    expect(publicService).toBeGreaterThanOrEqual(25);
    expect(publicService / total).toBeGreaterThanOrEqual(0.7);
    for (const r of rows) expect(r.publicService).toBeGreaterThanOrEqual(5);
    // Public-service posts hold far fewer than half the people but most of the retirements.
    const posts = new Map(sample.posts.map((p) => [p.id, p]));
    const units = new Map(sample.units.map((u) => [u.id, u]));
    const inPublicService = sample.employees.filter((e) => {
      const post = e.postId ? posts.get(e.postId) : undefined;
      return post !== undefined && isPublicService(units.get(post.unitId)!, post);
    }).length;
    expect(inPublicService / sample.employees.length).toBeLessThan(0.4);
    // Nobody has retired already, and nobody else retires before 2030.
    for (const e of sample.employees) {
      const date = employeeRetirementDate(e);
      expect(date > AS_OF).toBe(true);
    }
    const before2030 = sample.employees.filter((e) => employeeRetirementDate(e) < '2030-01-01').length;
    expect(before2030).toBe(total);
  });

  it('keeps every employee consistent with the post held', () => {
    const posts = new Map(sample.posts.map((p) => [p.id, p]));
    for (const e of sample.employees) {
      expect(e.performance.length).toBeGreaterThan(0);
      expect(e.performance.length).toBeLessThanOrEqual(3);
      expect(e.history.length).toBeLessThanOrEqual(4);
      expect(e.postSince < AS_OF).toBe(true);
      for (let i = 1; i < e.history.length; i++) expect(e.history[i]!.from > e.history[i - 1]!.to).toBe(true);
      if (e.postId === null) continue;
      const post = posts.get(e.postId)!;
      expect(e.positionType).toBe(post.positionType);
      expect(e.family).toBe(post.family);
      expect(e.positionLevel !== null).toBe(post.positionType === 'fungsional');
      expect(educationRank(e.education.level)).toBeGreaterThanOrEqual(educationRank(post.minEducation));
      if (post.educationFields.length > 0) expect(post.educationFields).toContain(e.education.field);
      if (e.history.length > 0) expect(e.history.at(-1)!.to).toBe(dayBefore(e.postSince));
      if (post.field === 'pendidikan' && post.positionType === 'fungsional') expect(e.family).toBe('guru');
      if (e.status === 'PPPK') expect(['jpt', 'administrator', 'pengawas']).not.toContain(e.positionType);
    }
  });

  it('rates mostly baik, some sangat baik and few worse', () => {
    const ratings = sample.employees.flatMap((e) => e.performance.map((p) => p.rating));
    const share = (r: string) => ratings.filter((x) => x === r).length / ratings.length;
    expect(share('baik')).toBeGreaterThan(0.6);
    expect(share('sangat-baik')).toBeGreaterThan(0.05);
    expect(share('butuh-perbaikan') + share('kurang') + share('sangat-kurang')).toBeLessThan(0.15);
  });

  it('equals the committed scenarios/nanggalo.json byte for byte', () => {
    const committed = readFileSync(new URL('../../scenarios/nanggalo.json', import.meta.url), 'utf8');
    expect(committed).toBe(serializeScenario(sample));
    expect(committed.endsWith('}\n')).toBe(true);
    expect(committed.split('\n')[1]).toBe('  "format": "seimbang-scenario",');
  });
});

describe('scaled variants', () => {
  it('a 2,000-employee variant validates and repeats the pattern in fictional kecamatan', () => {
    const big = generateScenario({ employees: 2000 });
    expect(problemsOf(big)).toEqual([]);
    expect(big.employees.length).toBe(2000);
    expect(big.meta.fictional).toBe(true);
    expect(big.units.length % sample.units.length).toBe(0);
    const copies = big.units.length / sample.units.length;
    expect(copies).toBe(Math.round(2000 / DEFAULT_EMPLOYEES));
    expect(new Set(big.units.map((u) => u.id)).size).toBe(big.units.length);
    // Need grows with headcount, so the share of units in each band stays that of Nanggalo.
    const count = (s: Scenario, band: string) => unitStandings(s).filter((u) => u.standing === band).length;
    for (const band of ['A', 'B', 'C', 'D', 'E']) expect(count(big, band)).toBe(copies * count(sample, band));
    const wave = retirementsByYear(big, [2027, 2028, 2029]).reduce((n, r) => n + r.total, 0);
    const sampleWave = retirementsByYear(sample, [2027, 2028, 2029]).reduce((n, r) => n + r.total, 0);
    expect(wave).toBeGreaterThan(copies * sampleWave * 0.8);
  });

  it('gives exactly the number of employees asked for', () => {
    for (const n of [1, 57, 200, 400, 1234]) {
      const s = generateScenario({ employees: n, seed: 7 });
      expect(s.employees.length).toBe(n);
      expect(problemsOf(s)).toEqual([]);
    }
  });

  it('rejects sizes and seeds that are not whole numbers', () => {
    expect(() => generateScenario({ employees: 0 })).toThrow(RangeError);
    expect(() => generateScenario({ employees: 2.5 })).toThrow(RangeError);
    expect(() => generateScenario({ seed: 1.5 })).toThrow(RangeError);
  });
});

describe('apportion', () => {
  it('shares a total by largest remainder', () => {
    expect(apportion([3, 2, 1], 12, false)).toEqual([6, 4, 2]);
    expect(apportion([1, 1, 1], 2, false)).toEqual([1, 1, 0]);
    expect(apportion([5, 3, 0], 4, false).reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('keeps at least one for every positive weight when asked', () => {
    const counts = apportion([20, 1, 1, 0], 11, true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(11);
    expect(counts.slice(1, 3)).toEqual([1, 1]);
    expect(counts[3]).toBe(0);
  });
});
