import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderScenarioJsonSchema, SCHEMA_FILE } from '../../../scripts/write-schema';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from '../../../src/core/scenario/schema';

describe('scenarios/scenario.schema.json', () => {
  const committed = readFileSync(SCHEMA_FILE, 'utf8');

  it('equals the schema generated from src/core/scenario/schema.ts (run `npm run schema` after a change)', () => {
    expect(committed).toBe(renderScenarioJsonSchema());
  });

  it('renders the same text every time', () => {
    expect(renderScenarioJsonSchema()).toBe(renderScenarioJsonSchema());
  });

  it('is draft 2020-12 with an id, a title and a description', () => {
    const schema = JSON.parse(committed) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toEqual(expect.stringContaining(SCENARIO_FORMAT));
    expect(schema.title).toEqual(expect.stringContaining(`version ${SCENARIO_VERSION}`));
    expect(typeof schema.description).toBe('string');
  });

  it('pins the format and version', () => {
    const schema = JSON.parse(committed) as { properties: Record<string, { const?: unknown }>; required: string[] };
    expect(schema.properties.format?.const).toBe(SCENARIO_FORMAT);
    expect(schema.properties.version?.const).toBe(SCENARIO_VERSION);
    expect(schema.required).toEqual(['format', 'version', 'meta', 'settings', 'units', 'posts', 'employees', 'events', 'plans']);
  });

  it('is indented with 2 spaces and ends with a newline', () => {
    expect(committed.startsWith('{\n  "$schema"')).toBe(true);
    expect(committed.endsWith('}\n')).toBe(true);
  });
});
