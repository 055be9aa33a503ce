/** Exports for office work: the CSV writer (dialects, quoting, formula guard) and the row builders. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBalance, toBalanceInput } from '../../src/core/balance';
import { proposePlan } from '../../src/core/plan/plan';
import type { Scenario } from '../../src/core/scenario/schema';
import { CSV_EXCEL_ID, CSV_STANDARD, csvValue, guardFormula, toCsv } from '../../src/storage/spreadsheet/csv';
import { moveListRows, simulationSummaryRows, unitTableRows } from '../../src/storage/spreadsheet/exportRows';
import { parseCsvText } from '../../src/storage/spreadsheet/table';
import { exportFileName, fileSlug } from '../../src/storage/spreadsheet/xlsx';

const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;
const label = (key: string, params?: Record<string, string | number>) => (params ? `${key}${JSON.stringify(params)}` : key);

describe('CSV writer', () => {
  it('guards text that a spreadsheet would run as a formula, and only text', () => {
    for (const bad of ['=1+1', '+62 812', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(guardFormula(bad)).toBe(`'${bad}`);
    for (const fine of ['Rina', '1986', 'a=b', '']) expect(guardFormula(fine)).toBe(fine);
    expect(csvValue('=HYPERLINK("http://x")', CSV_EXCEL_ID)).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvValue(-0.5, CSV_EXCEL_ID)).toBe('-0,5');
    expect(csvValue(-0.5, CSV_STANDARD)).toBe('-0.5');
    expect(csvValue(Number.POSITIVE_INFINITY, CSV_STANDARD)).toBe('');
    expect(csvValue(null, CSV_STANDARD)).toBe('');
  });

  it('writes the Indonesian Excel dialect: BOM, semicolons, decimal comma, CRLF, quotes where needed', () => {
    const text = toCsv({ headers: ['Nama', 'EJ'], rows: [['Sari; S.Kep.', 1.25], ['Budi "Bud"', null], ['Line\nbreak', 3]] }, CSV_EXCEL_ID);
    expect(text).toBe('\uFEFFNama;EJ\r\n"Sari; S.Kep.";1,25\r\n"Budi ""Bud""";\r\n"Line\nbreak";3\r\n');
    const standard = toCsv({ headers: ['Nama', 'EJ'], rows: [['Sari, S.Kep.', 1.25]] }, CSV_STANDARD);
    expect(standard).toBe('\uFEFFNama,EJ\r\n"Sari, S.Kep.",1.25\r\n');
  });

  it('is read back cell for cell by a CSV parser', async () => {
    const rows = [['=cmd|x', 'a;b', 'x,y', '"q"', 'é ñ ü']];
    for (const dialect of [CSV_EXCEL_ID, CSV_STANDARD]) {
      const back = await parseCsvText(toCsv({ headers: ['a', 'b', 'c', 'd', 'e'], rows }, dialect).slice(1));
      expect(back[1]).toEqual(["'=cmd|x", 'a;b', 'x,y', '"q"', 'é ñ ü']);
    }
  });

  it('names files after the scenario, the table and the day', () => {
    expect(fileSlug('Kecamatan Nanggalo (contoh fiktif)')).toBe('kecamatan-nanggalo-contoh-fiktif');
    expect(exportFileName('Kecamatan Nanggalo (contoh fiktif)', 'tabel-unit', '2026-12-03', 'xlsx')).toBe('kecamatan-nanggalo-contoh-fiktif-tabel-unit-2026-12-03.xlsx');
    expect(fileSlug('///')).toBe('seimbang');
  });
});

describe('row builders', () => {
  const report = analyseBalance(toBalanceInput(sample));
  const rows = new Map(report.units.map((r) => [r.id, r]));

  it('unit table: one row per unit with its need, staff, EJ and band', () => {
    const table = unitTableRows(sample.units, rows, label);
    expect(table.headers[0]).toBe('col.unit');
    expect(table.rows).toHaveLength(sample.units.length);
    const first = report.units.find((r) => r.id === sample.units[0]!.id)!;
    expect(table.rows[0]).toEqual([
      sample.units[0]!.name, sample.units[0]!.code, Math.round(first.need * 100) / 100, first.needRounded, first.headcount,
      Math.round((first.headcount - first.need) * 100) / 100, first.ej === null ? null : Math.round(first.ej * 100) / 100,
      `band.${first.standing}`, first.vacantPosts, first.overloadedPosts,
    ]);
    const headcount = table.rows.reduce((sum, r) => sum + (r[4] as number), 0);
    expect(headcount).toBe(sample.employees.filter((e) => e.postId !== null).length);
  });

  it('move list: NIP, name, from, to, kind, dates, reasons and every cost part', () => {
    const plan = proposePlan(sample, { planDate: '2027-01-01', maxMoves: 10 });
    expect(plan.moves.length).toBeGreaterThan(0);
    const table = moveListRows(plan.moves, {
      posts: new Map(sample.posts.map((p) => [p.id, p])), units: new Map(sample.units.map((u) => [u.id, u])), status: () => 'proposed',
    }, label);
    expect(table.headers).toHaveLength(12 + 6);
    const move = plan.moves[0]!;
    const row = table.rows[0]!;
    const to = sample.posts.find((p) => p.id === move.toPostId)!;
    expect(row.slice(0, 2)).toEqual([move.nip, move.name]);
    expect(row[4]).toBe(sample.units.find((u) => u.id === to.unitId)!.name);
    expect(row[5]).toBe(to.title);
    expect(row.slice(6, 10)).toEqual([`plan.type.${move.kind}`, move.effective, move.endDate, 'plan.status.proposed']);
    expect(String(row[10])).toContain('xchg.reason.to');
    expect(row[11]).toBe(move.cost);
    expect((row.slice(12) as number[]).reduce((a, b) => a + b, 0)).toBe(move.cost);
  });

  it('simulation summary: months as they are; a year takes its last month, its highest chances and its retirements', () => {
    const months = 14; // Dec 2026 .. Jan 2028
    const f = (fill: (m: number) => number) => Float32Array.from({ length: 2 * months }, (_, i) => fill(i % months) + (i >= months ? 10 : 0));
    const input = {
      startMonth: 2026 * 12 + 11, months, unitIds: ['a', 'b'],
      monteCarlo: { ejP10: f((m) => m / 100), ejP50: f((m) => m / 10), ejP90: f((m) => m), vacant: f((m) => (m === 3 ? 0.5 : 0)), overloaded: f((m) => m / 20) },
      expectedEj: f((m) => m / 10),
      retirements: { month: Int32Array.from([0, 2, 5, 13]), unit: Int32Array.from([0, 0, 0, 1]) },
    };
    const names = new Map([['a', 'Unit A'], ['b', 'Unit B']]);
    const monthly = simulationSummaryRows(input, names, 'month', label);
    expect(monthly.rows).toHaveLength(2 * months);
    expect(monthly.rows[0]).toEqual(['Unit A', '2026-12', 0, 0, 0, 0, 0, 0, 1]);
    const yearly = simulationSummaryRows(input, names, 'year', label);
    expect(yearly.rows.map((r) => [r[0], r[1]])).toEqual([['Unit A', '2026'], ['Unit A', '2027'], ['Unit A', '2028'], ['Unit B', '2026'], ['Unit B', '2027'], ['Unit B', '2028']]);
    // 2027 is months 1..12: its last month is 12, its highest overload chance 12/20, vacancy 0.5 (month 3), retirements in months 2 and 5.
    expect(yearly.rows[1]).toEqual(['Unit A', '2027', 1.2, 0.12, 1.2, 12, 0.6, 0.5, 2]);
    expect(yearly.rows[5]![8]).toBe(1);
    const expectedOnly = simulationSummaryRows({ ...input, monteCarlo: null }, names, 'year', label);
    expect(expectedOnly.rows[1]).toEqual(['Unit A', '2027', 1.2, null, null, null, null, null, 2]);
  });
});
