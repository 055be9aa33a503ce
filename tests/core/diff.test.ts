import { describe, expect, it } from 'vitest';
import { diffRecords, diffScenarios, sameValue } from '../../src/core/diff';
import { minimalScenario } from './fixtures';

describe('sameValue', () => {
  it.each([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [[1, 2], [2, 1], false],
    [{ a: null }, { a: 0 }, false],
    ['x', 'x', true],
  ])('%j vs %j', (a, b, expected) => expect(sameValue(a, b)).toBe(expected));
});

describe('diffRecords', () => {
  it('lists added, removed and changed records with the fields that differ', () => {
    const d = diffRecords(
      [{ id: 'a', v: 1 }, { id: 'b', v: 2 }, { id: 'c', v: 3 }],
      [{ id: 'a', v: 1 }, { id: 'b', v: 5 }, { id: 'd', v: 4 }],
      (r) => r.id,
    );
    expect(d.added.map((c) => c.key)).toEqual(['d']);
    expect(d.removed.map((c) => c.key)).toEqual(['c']);
    expect(d.changed).toEqual([{ key: 'b', before: { id: 'b', v: 2 }, after: { id: 'b', v: 5 }, fields: ['v'] }]);
    expect(d.unchanged).toBe(1);
  });
});

describe('diffScenarios', () => {
  it('finds nothing between a scenario and its copy', () => {
    const d = diffScenarios(minimalScenario(), minimalScenario());
    expect(d.settings).toEqual([]);
    expect([d.units, d.posts, d.employees, d.events].every((c) => c.added.length + c.removed.length + c.changed.length === 0)).toBe(true);
    expect(d.employees.unchanged).toBe(4);
  });

  it('finds a changed task volume, a moved person and a changed setting', () => {
    const a = minimalScenario();
    const b = minimalScenario();
    b.posts[0]!.tasks[0]!.volume = 9;
    b.employees[0]!.postId = 'camat-analis';
    b.settings.wkeMinutes = 72000;
    const d = diffScenarios(a, b);
    expect(d.settings).toEqual(['wkeMinutes']);
    expect(d.posts.changed.map((c) => [c.key, c.fields])).toEqual([['camat-klerek', ['tasks']]]);
    expect(d.employees.changed.map((c) => [c.key, c.fields])).toEqual([['198609262015051001', ['postId']]]);
  });
});
