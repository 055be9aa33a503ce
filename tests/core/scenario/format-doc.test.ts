import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderScenarioJsonSchema } from '../../../scripts/write-schema';
import { retirementDate } from '../../../src/core/retirement';
import { formatProblem, parseScenario } from '../../../src/core/scenario/validate';

const doc = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8');

interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  additionalProperties?: JsonSchemaNode | boolean;
}

/** Every property name in a JSON Schema, at any depth. */
function propertyNames(node: JsonSchemaNode, into = new Set<string>()): Set<string> {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    into.add(name);
    propertyNames(child, into);
  }
  if (node.items) propertyNames(node.items, into);
  for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) propertyNames(option, into);
  if (typeof node.additionalProperties === 'object') propertyNames(node.additionalProperties, into);
  return into;
}

describe('docs/scenario-format.md', () => {
  it('names every field of the schema', () => {
    const schema = JSON.parse(renderScenarioJsonSchema()) as JsonSchemaNode;
    const names = [...propertyNames(schema)];
    expect(names.length).toBeGreaterThan(60);
    const missing = names.filter((name) => !doc.includes(`| \`${name}\` |`));
    expect(missing).toEqual([]);
  });

  it('has a complete example that passes validation', () => {
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(blocks).toHaveLength(1);
    const result = parseScenario(JSON.parse(blocks[0]!));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('gives the retirement date of the example employee correctly', () => {
    expect(retirementDate('1986-09-26', 58)).toBe('2044-10-01');
    expect(doc).toContain('retires on 1 October 2044');
  });
});
