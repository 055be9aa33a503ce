/** The roster files the import page offers: current with their generator, and imported without a problem. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROSTER_FILES, exampleTable, renderCsv, templateTable } from '../../scripts/write-roster-files';
import type { Scenario } from '../../src/core/scenario/schema';
import { guessMapping, missingRequired } from '../../src/storage/spreadsheet/fields';
import { readRoster } from '../../src/storage/spreadsheet/roster';
import { readSheetFile } from '../../src/storage/spreadsheet/table';

const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;
const context = { units: sample.units, posts: sample.posts, asOf: sample.meta.asOf, existingNips: new Set<string>() };

describe('shipped roster files', () => {
  it('are what the generator writes (run `npm run roster-files` after changing it)', () => {
    expect(readFileSync(ROSTER_FILES.exampleCsv, 'utf8')).toBe(renderCsv(exampleTable()));
    expect(readFileSync(ROSTER_FILES.templateCsv, 'utf8')).toBe(renderCsv(templateTable()));
  });

  for (const [file, rows] of [[ROSTER_FILES.exampleCsv, 283], [ROSTER_FILES.exampleXlsx, 283], [ROSTER_FILES.templateCsv, 1], [ROSTER_FILES.templateXlsx, 1]] as const) {
    it(`${file.split('/').pop()} maps itself and imports ${rows} rows without a problem`, async () => {
      const table = await readSheetFile(new Blob([readFileSync(file)]), file);
      const mapping = guessMapping(table.headers);
      expect(missingRequired(mapping)).toEqual([]);
      expect(Object.values(mapping).every((c) => c !== null)).toBe(true);
      const result = readRoster(table, mapping, context);
      expect(result.problems).toEqual([]);
      expect(result.employees).toHaveLength(rows);
    });
  }
});
