import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../scripts/sample/generate';
import { employeeSchema, type Employee } from '../../src/core/scenario/schema';
import { employeeSettler } from '../../src/storage/settled';

describe('employeeSettler', () => {
  const people = generateScenario({ seed: 3, employees: 400 }).employees;
  const settledEmployee = employeeSettler();

  it('gives every generated person back equal, field for field and in the same key order, as new objects', () => {
    for (const e of people) {
      const copy = settledEmployee(e);
      expect(copy).not.toBe(e);
      expect(copy.history).not.toBe(e.history);
      expect(copy.mobility).not.toBe(e.mobility);
      expect(JSON.stringify(copy)).toBe(JSON.stringify(e));
    }
  });

  it('copies every key of the employee schema (a key added to it must be copied too)', () => {
    const e = { ...people[0]!, notes: 'catatan' };
    expect(Object.keys(settledEmployee(e)).sort()).toEqual(Object.keys(employeeSchema.shape).sort());
    expect(settledEmployee(e)).toEqual(e);
  });

  it('copies every key of the nested objects of the schema too', () => {
    const e = people.find((p) => p.history.length > 0 && p.performance.length > 0 && p.mobility.preferredUnitIds.length > 0)!;
    const copy = settledEmployee(e);
    const keysOf = (schema: { shape: object }) => Object.keys(schema.shape).sort();
    const shape = employeeSchema.shape;
    expect(Object.keys(copy.education).sort()).toEqual(keysOf(shape.education));
    expect(Object.keys(copy.mobility).sort()).toEqual(keysOf(shape.mobility));
    expect(Object.keys(copy.history[0]!).sort()).toEqual(keysOf(shape.history.element));
    expect(Object.keys(copy.performance[0]!).sort()).toEqual(keysOf(shape.performance.element));
  });

  it('keeps as it is an object with keys it does not know', () => {
    const odd = { ...people[1]!, extra: 1 } as unknown as Employee;
    expect(settledEmployee(odd)).toBe(odd);
    const blankNotes = { ...people[1]!, notes: undefined };
    expect(settledEmployee(blankNotes)).toBe(blankNotes);
  });
});
