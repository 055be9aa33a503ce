/**
 * Writes the roster spreadsheets the import page offers for download: `public/roster-example.csv`
 * and `.xlsx` (the fictional Nanggalo sample's 283 employees) and `public/roster-template.csv` and
 * `.xlsx` (the header row and one example row). Run with `npm run roster-files`.
 * The CSV output is deterministic, so a test compares the committed files with a fresh rendering.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { argv } from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Scenario } from '../src/core/scenario/schema';
import { CSV_EXCEL_ID, toCsv, type ExportTable } from '../src/storage/spreadsheet/csv';
import { rosterTable } from '../src/storage/spreadsheet/rosterTable';
import { toXlsx } from '../src/storage/spreadsheet/xlsx';

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export const ROSTER_FILES = {
  exampleCsv: at('public/roster-example.csv'),
  exampleXlsx: at('public/roster-example.xlsx'),
  templateCsv: at('public/roster-template.csv'),
  templateXlsx: at('public/roster-template.xlsx'),
};

function sample(): Scenario {
  return JSON.parse(readFileSync(at('scenarios/nanggalo.json'), 'utf8')) as Scenario;
}

/** The sample's whole roster. */
export function exampleTable(): ExportTable {
  return rosterTable(sample());
}

/** The header row and one filled-in row: a functional nurse of the sample, to show how each column is written. */
export function templateTable(): ExportTable {
  const s = sample();
  const nurse = s.employees.find((e) => e.positionLevel !== null && e.performance.length > 0 && e.competences.length > 1)!;
  return rosterTable({ ...s, employees: [nurse] });
}

/** CSV in the dialect Excel expects on a computer set to Indonesian (see src/storage/spreadsheet/csv.ts). */
export function renderCsv(table: ExportTable): string {
  return toCsv(table, CSV_EXCEL_ID);
}

async function main(): Promise<void> {
  writeFileSync(ROSTER_FILES.exampleCsv, renderCsv(exampleTable()));
  writeFileSync(ROSTER_FILES.templateCsv, renderCsv(templateTable()));
  writeFileSync(ROSTER_FILES.exampleXlsx, new Uint8Array(await (await toXlsx(exampleTable(), 'Pegawai')).arrayBuffer()));
  writeFileSync(ROSTER_FILES.templateXlsx, new Uint8Array(await (await toXlsx(templateTable(), 'Pegawai')).arrayBuffer()));
  console.log(`wrote ${Object.values(ROSTER_FILES).join(', ')}`);
}

if (argv[1] && import.meta.url === pathToFileURL(argv[1]).href) await main();
