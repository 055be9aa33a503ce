/**
 * What a generated scenario shows: units with their EJ and band today, and retirements per year.
 * Printed by the generator and checked by its tests.
 */
import { analyseBalance, toBalanceInput } from '../../src/core/balance';
import { employeeRetirementDate } from '../../src/core/employee';
import type { Post, Scenario, Unit } from '../../src/core/scenario/schema';

/** Public-service posts: clerks and operators at the kantor camat and kantor lurah, nurses and midwives at puskesmas. */
export function isPublicService(unit: Unit, post: Post): boolean {
  if (unit.kind === 'kantor-camat' || unit.kind === 'kantor-lurah') return post.positionType === 'pelaksana';
  if (unit.kind === 'puskesmas') return post.family === 'perawat' || post.family === 'bidan';
  return false;
}

export interface RetirementCount {
  year: number;
  total: number;
  publicService: number;
}

/** Retirements (TMT pensiun) per calendar year for the given years. */
export function retirementsByYear(s: Scenario, years: readonly number[]): RetirementCount[] {
  const units = new Map(s.units.map((u) => [u.id, u]));
  const posts = new Map(s.posts.map((p) => [p.id, p]));
  const rows = years.map((year) => ({ year, total: 0, publicService: 0 }));
  for (const e of s.employees) {
    const year = Number(employeeRetirementDate(e).slice(0, 4));
    const row = rows.find((r) => r.year === year);
    if (!row) continue;
    row.total++;
    const post = e.postId === null ? undefined : posts.get(e.postId);
    const unit = post ? units.get(post.unitId) : undefined;
    if (post && unit && isPublicService(unit, post)) row.publicService++;
  }
  return rows;
}

export interface UnitStanding {
  id: string;
  name: string;
  headcount: number;
  need: number;
  ej: number | null;
  standing: string;
}

export function unitStandings(s: Scenario): UnitStanding[] {
  const report = analyseBalance(toBalanceInput(s));
  return report.units.map((row, i) => ({
    id: row.id, name: s.units[i]!.name, headcount: row.headcount, need: row.need, ej: row.ej, standing: row.standing,
  }));
}

/** A few lines for a terminal: the units (all of them for one kecamatan), bands, retirements 2027-2029. */
export function summarise(s: Scenario): string {
  const standings = unitStandings(s);
  const lines = [`${s.meta.name}: ${s.units.length} units, ${s.posts.length} posts, ${s.employees.length} employees`];
  const shown = standings.length <= 40 ? standings : standings.slice(0, 16);
  for (const u of shown) {
    const ej = u.ej === null ? '  -  ' : u.ej.toFixed(2);
    lines.push(`  ${u.name.padEnd(38)} ${String(u.headcount).padStart(4)} ASN  need ${u.need.toFixed(1).padStart(6)}  EJ ${ej}  ${u.standing}`);
  }
  if (shown.length < standings.length) lines.push(`  ... and ${standings.length - shown.length} more units`);
  const bands = new Map<string, number>();
  for (const u of standings) bands.set(u.standing, (bands.get(u.standing) ?? 0) + 1);
  lines.push(`  units by band: ${[...bands.entries()].sort().map(([b, n]) => `${b} ${n}`).join(', ')}`);
  for (const r of retirementsByYear(s, [2027, 2028, 2029])) {
    lines.push(`  retirements ${r.year}: ${r.total} (public-service posts ${r.publicService})`);
  }
  return lines.join('\n');
}
