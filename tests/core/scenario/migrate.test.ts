import { describe, expect, it } from 'vitest';
import { migrateScenario, upgradeEventsFromVersion1 } from '../../../src/core/scenario/migrate';
import { SCENARIO_VERSION } from '../../../src/core/scenario/schema';
import { formatProblem, parseScenario } from '../../../src/core/scenario/validate';
import { minimalScenario } from '../fixtures';

/** The minimal scenario as a version-1 document with the given loose events. */
function version1(events: unknown[]): Record<string, unknown> {
  return { ...minimalScenario(), version: 1, events };
}

describe('upgrade from format version 1', () => {
  it('reads a version-1 file with no events as the current version', () => {
    const result = parseScenario(version1([]));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    expect(result.upgradedFrom).toBe(1);
    expect(result.scenario.version).toBe(SCENARIO_VERSION);
    expect(result.scenario.events).toEqual([]);
    const { version: _old, ...rest } = version1([]);
    const { version: _new, ...upgraded } = result.scenario;
    expect(upgraded).toEqual(rest);
  });

  it('maps the four kinds whose fields are complete and drops every other event', () => {
    const events = [
      { id: 'spike', type: 'demand-spike', start: '2025-06-01', end: '2025-08-31', target: 'pusk', value: 2, note: 'DBD' },
      { id: 'spike-post', type: 'demand-spike', start: '2025-06-01', end: '2025-06-30', target: 'pusk-perawat', value: 1.5 },
      { id: 'spike-open', type: 'demand-spike', start: '2025-06-01', end: null, target: 'pusk', value: 2 },
      { id: 'spike-nowhere', type: 'demand-spike', start: '2025-06-01', end: '2025-06-30', target: 'nowhere', value: 2 },
      { id: 'trend', type: 'demand-trend', start: '2025-01-01', end: null, target: null, value: 0.03 },
      { id: 'freeze', type: 'hiring-freeze', start: '2026-01-01', end: '2026-12-31', target: null, value: null },
      { id: 'exits', type: 'exit-rate', start: '2025-01-01', end: null, target: null, value: 0.02 },
      { id: 'exits-unit', type: 'exit-rate', start: '2025-01-01', end: null, target: 'pusk', value: 0.02 },
      { id: 'hire', type: 'planned-hire', start: '2025-03-01', end: null, target: 'pusk-perawat', value: 2 },
      { id: 'free', type: 'kunjungan', start: '2025-03-01', end: null, target: null, value: null },
    ];
    const result = parseScenario(version1(events));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    expect(result.scenario.events).toEqual([
      { id: 'spike', type: 'demand-spike', unitId: 'pusk', postId: null, taskId: null, start: '2025-06-01', end: '2025-08-31', factor: 2, extraVolume: null, note: 'DBD' },
      { id: 'spike-post', type: 'demand-spike', unitId: null, postId: 'pusk-perawat', taskId: null, start: '2025-06-01', end: '2025-06-30', factor: 1.5, extraVolume: null },
      { id: 'trend', type: 'demand-trend', unitId: null, postId: null, taskId: null, start: '2025-01-01', end: null, yearlyGrowth: 0.03 },
      { id: 'freeze', type: 'hiring-freeze', start: '2026-01-01', end: '2026-12-31', blockedHires: 'postpone' },
      { id: 'exits', type: 'exit-rate', yearlyRate: 0.02, positionType: null, minAge: null, maxAge: null },
    ]);
  });

  it('leaves events that are not a list to the schema, which reports them', () => {
    expect(upgradeEventsFromVersion1({ events: 'none' })).toBe('none');
    const result = parseScenario({ ...minimalScenario(), version: 1, events: 'none' });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(['events: Invalid input: expected array, received string']);
  });

  it('passes a current document through unchanged', () => {
    const doc = minimalScenario();
    expect(migrateScenario(doc)).toEqual({ ok: true, value: doc, upgradedFrom: null });
  });
});
