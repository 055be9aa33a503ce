/**
 * Spreadsheet rosters read into employees: the required 1,000-row file with three bad rows, the
 * example roster read back equal, an XLSX written and read back, and the defaults.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../scripts/sample/generate';
import type { Scenario } from '../../src/core/scenario/schema';
import { CSV_EXCEL_ID, CSV_STANDARD, toCsv } from '../../src/storage/spreadsheet/csv';
import { guessMapping, missingRequired } from '../../src/storage/spreadsheet/fields';
import { readRoster, type RosterContext } from '../../src/storage/spreadsheet/roster';
import { ROSTER_HEADERS, rosterTable } from '../../src/storage/spreadsheet/rosterTable';
import { decodeText, parseCsvText, parseXlsxBytes, readSheetFile, toSheetTable } from '../../src/storage/spreadsheet/table';
import { toXlsx } from '../../src/storage/spreadsheet/xlsx';

const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;
const contextOf = (s: Scenario, existing: string[] = []): RosterContext => ({ units: s.units, posts: s.posts, asOf: s.meta.asOf, existingNips: new Set(existing) });

async function readCsv(text: string) {
  const table = toSheetTable(await parseCsvText(text), 'csv');
  return { table, mapping: guessMapping(table.headers) };
}

describe('a CSV of 1,000 rows with 3 bad rows', () => {
  it('reads the 997 good rows and names each bad one by row, column and problem', async () => {
    const scenario = generateScenario({ seed: 11, employees: 1000 });
    expect(scenario.employees).toHaveLength(1000);
    const table = rosterTable(scenario);
    const col = (h: string) => table.headers.indexOf(h);
    // Data row k sits in spreadsheet row k + 2 (row 1 is the header).
    const nip = table.rows[99]![col('NIP')] as string;
    table.rows[99]![col('NIP')] = `${nip.slice(0, 4)}0231${nip.slice(8)}`; // 31 February
    table.rows[499]![col('Golongan')] = 'III/x';
    table.rows[899]![col('Jabatan')] = 'Jabatan Yang Tidak Ada';
    const { table: sheet, mapping } = await readCsv(toCsv(table, CSV_EXCEL_ID));
    expect(missingRequired(mapping)).toEqual([]);

    const result = readRoster(sheet, mapping, contextOf(scenario));

    expect(result.dataRows).toBe(1000);
    expect(result.employees).toHaveLength(997);
    expect(result.badRows).toBe(3);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [101, 'NIP', 'nip-birth'],
      [501, 'Golongan', 'rank-pns'],
      [901, 'Jabatan', 'post-not-in-unit'],
    ]);
    expect(result.problems[1]!.params).toEqual({ value: 'III/x' });
    expect(result.problems[2]!.params.value).toBe('Jabatan Yang Tidak Ada');
    expect(result.employeeRows).not.toContain(101);
    expect(result.employees.map((e) => e.nip)).not.toContain(table.rows[99]![col('NIP')]);
  });
});

describe('the example roster read back', () => {
  const comparable = (e: Scenario['employees'][number]) => ({
    nip: e.nip, name: e.name, sex: e.sex, birthDate: e.birthDate, status: e.status, rank: e.rank, positionType: e.positionType,
    positionLevel: e.positionLevel, family: e.family, education: e.education, postId: e.postId, postSince: e.postSince,
    performance: e.performance.slice(-1), willingness: e.mobility.willingness, protected: e.protected,
    retirementAgeOverride: e.retirementAgeOverride, notes: e.notes,
    competences: e.competences.some((c) => /[;,]/.test(c)) ? null : e.competences,
  });

  for (const [name, dialect] of [['Indonesian Excel', CSV_EXCEL_ID], ['standard', CSV_STANDARD]] as const) {
    it(`gives the sample's 283 people back from a CSV (${name} dialect)`, async () => {
      const { table, mapping } = await readCsv(decodeText(new TextEncoder().encode(toCsv(rosterTable(sample), dialect))));
      const result = readRoster(table, mapping, contextOf(sample));
      expect(result.problems).toEqual([]);
      expect(result.employees.map(comparable)).toEqual(sample.employees.map(comparable));
    });
  }

  it('round-trips through XLSX written with write-excel-file', async () => {
    const blob = await toXlsx(rosterTable(sample), 'Pegawai');
    const table = toSheetTable(await parseXlsxBytes(await blob.arrayBuffer()), 'xlsx');
    expect(table.headers).toEqual(Object.values(ROSTER_HEADERS));
    const result = readRoster(table, guessMapping(table.headers), contextOf(sample));
    expect(result.problems).toEqual([]);
    expect(result.employees.map(comparable)).toEqual(sample.employees.map(comparable));
  });

  it('reads the file kind from the name or the bytes, and refuses .xls and empty files', async () => {
    const csv = new Blob([toCsv(rosterTable(sample), CSV_EXCEL_ID)]);
    await expect(readSheetFile(csv, 'roster.csv')).resolves.toMatchObject({ kind: 'csv', firstRow: 2 });
    const xlsx = await toXlsx(rosterTable(sample), 'Pegawai');
    await expect(readSheetFile(xlsx, 'no-extension')).resolves.toMatchObject({ kind: 'xlsx' });
    await expect(readSheetFile(xlsx, 'old.xls')).rejects.toMatchObject({ code: 'unknown-kind' });
    await expect(readSheetFile(new Blob([]), 'a.csv')).rejects.toMatchObject({ code: 'empty' });
    await expect(readSheetFile(new Blob(['PK\u0003\u0004garbage']), 'broken.xlsx')).rejects.toMatchObject({ code: 'unreadable' });
  });
});

describe('rows as SIMPEG exports write them', () => {
  const post = sample.posts.find((p) => p.positionType === 'fungsional')!;
  const unit = sample.units.find((u) => u.id === post.unitId)!;
  const header = 'Laporan Pegawai\n\nNo;NIP Baru;Nama Lengkap;Gol/Ruang;Jenis Jabatan;Jenjang;Tingkat Pendidikan;Unit Kerja;Jabatan;TMT Jabatan\n';

  it('finds the header under a title, applies the defaults and reads Indonesian spellings', async () => {
    const csv = `${header}1;'19860926 201505 2 001;Rina, S.Kep.;Penata Muda Tk. I (III/b);Jabatan Fungsional;Ahli Pertama;S1;${unit.name.toUpperCase()};${post.title};19 Maret 2017\n`;
    const { table, mapping } = await readCsv(csv);
    expect(table.firstRow).toBe(4);
    const result = readRoster(table, mapping, contextOf(sample));
    expect(result.problems).toEqual([]);
    expect(result.employees[0]).toMatchObject({
      nip: '198609262015052001', sex: 'P', birthDate: '1986-09-26', status: 'PNS', rank: 'III/b', positionType: 'fungsional',
      positionLevel: 'ahli-pertama', family: post.family, education: { level: 'S-1', field: 'umum' }, postId: post.id,
      postSince: '2017-03-19', performance: [], mobility: { willingness: 'neutral', preferredUnitIds: [] },
    });
  });

  it('reports each bad cell, a duplicate NIP, a NIP already in the scenario, and a NIP Excel turned into a number', async () => {
    const existing = sample.employees[0]!.nip;
    const rows = [
      `1;198609262015052001;A;III/b;Fungsional;Ahli Pertama;S1;${unit.name};${post.title};2017-03-19`,
      `2;198609262015052001;B;III/b;pelaksana;;SMA;;;2017-03-19`,
      `3;${existing};C;III/b;pelaksana;;SMA;;;30-02-2017`,
      `4;1,98609E+17;D;III/b;pelaksana;;SMA;;;2017-03-19`,
      `5;198609262015051001;=HYPERLINK("x");V/z;kepala;;S9;Unit Entah;Apa;2030-01-01`,
      `6;197001012000011001;E;III/b;fungsional;;S1;;;2017-03-19`,
    ];
    const { table, mapping } = await readCsv(header + rows.join('\n'));
    const result = readRoster(table, mapping, contextOf(sample, [existing]));
    expect(result.employees).toHaveLength(1);
    expect(result.employees[0]!.name).toBe('A');
    const at = (row: number) => result.problems.filter((p) => p.row === row).map((p) => `${p.column}:${p.code}`);
    expect(at(4)).toEqual([]);
    expect(at(5)).toEqual(['NIP Baru:duplicate']);
    expect(result.problems.find((p) => p.row === 5)!.params).toEqual({ first: 4 });
    expect(at(6)).toEqual(['NIP Baru:exists', 'TMT Jabatan:date-missing']);
    expect(at(7)).toEqual(['NIP Baru:nip-number']);
    expect(at(8)).toEqual([
      'Gol/Ruang:rank-pns', 'Jenis Jabatan:position-type', 'Tingkat Pendidikan:education-level', 'Unit Kerja:unit-unknown', 'TMT Jabatan:after-as-of',
    ]);
    // A functional position without a level, and without a post to take the job family from.
    expect(at(9)).toEqual(['Jenjang:level-needed', ':family-needed']);
    expect(result.badRows).toBe(5);
  });
});
