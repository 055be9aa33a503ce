/**
 * Writes `scenarios/scenario.schema.json`, the JSON Schema (draft 2020-12) of the scenario file format,
 * generated from the zod schema in `src/core/scenario/schema.ts`. Run with `npm run schema`.
 * The output is deterministic, so a test can compare the committed file with a fresh rendering.
 */
import { writeFileSync } from 'node:fs';
import { argv } from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { SCENARIO_FORMAT, SCENARIO_VERSION, scenarioSchema } from '../src/core/scenario/schema';

export const SCHEMA_FILE = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));

/** The JSON Schema document as text: 2-space indentation and a trailing newline. */
export function renderScenarioJsonSchema(): string {
  // The file describes what the app accepts when it reads a scenario, hence the input side of the schema
  // (fields the app does not know are accepted and dropped, so no `additionalProperties: false`).
  const generated = z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  const { $schema, ...body } = generated;
  const document = {
    $schema,
    $id: `urn:seimbang:${SCENARIO_FORMAT}:v${SCENARIO_VERSION}`,
    title: `Seimbang scenario, format version ${SCENARIO_VERSION}`,
    description:
      'One planning scenario of Seimbang: work units, posts with their ABK tasks, employees, events and saved plans. ' +
      'Generated from src/core/scenario/schema.ts by `npm run schema`; do not edit by hand. ' +
      'The app also checks what a schema cannot: real calendar dates, NIP structure and its agreement with ' +
      'birth date and sex, references between records and unique ids (see docs/scenario-format.md).',
    ...body,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function isMain(): boolean {
  const script = argv[1];
  return script !== undefined && import.meta.url === pathToFileURL(script).href;
}

if (isMain()) {
  writeFileSync(SCHEMA_FILE, renderScenarioJsonSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
