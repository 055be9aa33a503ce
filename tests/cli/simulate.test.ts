import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { checkpoints, type SimulationSummary } from '../../src/cli/simulate';
import type { Scenario } from '../../src/core/scenario/schema';

function capture(argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

/** The sample with exits and backfill, written to a temporary file. */
function eventfulSample(): string {
  const s = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;
  s.version = 2; // the events below are written in format version 2
  s.events = [
    { id: 'exits', type: 'exit-rate', yearlyRate: 0.05, positionType: null, minAge: null, maxAge: null },
    { id: 'fill', type: 'backfill-delay', unitId: null, postId: null, backfill: true, months: 6, replacementAge: 28 },
    { id: 'dbd', type: 'demand-spike', unitId: 'puskesmas-lapai', postId: null, taskId: null, start: '2027-11-01', end: '2028-01-31', factor: 2, extraVolume: null },
  ];
  const path = join(mkdtempSync(join(tmpdir(), 'seimbang-simulate-')), 'events.json');
  writeFileSync(path, JSON.stringify(s));
  return path;
}

describe('cli simulate', () => {
  it('prints per-unit percentiles at yearly checkpoints and the retirement schedule of the sample', () => {
    const r = capture(['simulate', 'scenarios/nanggalo.json', '--runs', '50']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Kecamatan Nanggalo \(contoh fiktif\) \(as of 2026-12-01\) \[fictional data\]/);
    expect(r.out).toContain('Simulation over 5 years: 50 runs, seed 1, 1 event.'); // the sample's yearly exit rate
    for (const label of ['2027-12 (month 12)', '2028-12 (month 24)', '2029-12 (month 36)', '2030-12 (month 48)', '2031-11 (month 59)']) {
      expect(r.out).toContain(label);
    }
    expect(r.out).toMatch(/Unit\s+Need FTE\s+People P10-P50-P90\s+EJ P10\s+EJ P50\s+EJ P90\s+Over\s+Vacant\s+Vacant posts/);
    expect(r.out).toMatch(/Retirements within the horizon \(TMT pensiun\): \d+/);
    expect(r.out).toMatch(/\n {2}Puskesmas Lapai \(\d+\)\n {4}20\d\d-\d\d-01 {2}.+ \(\d{18}\), /);
  });

  it('gives the same JSON for the same seed and other numbers for another seed', () => {
    const file = eventfulSample();
    const a = capture(['simulate', file, '--runs', '200', '--seed', '7', '--horizon', '3', '--json']);
    const b = capture(['simulate', file, '--runs', '200', '--seed', '7', '--horizon', '3', '--json']);
    const c = capture(['simulate', file, '--runs', '200', '--seed', '8', '--horizon', '3', '--json']);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.out).not.toBe(c.out);
    const json = JSON.parse(a.out) as SimulationSummary;
    expect(json).toMatchObject({ horizonYears: 3, runs: 200, seed: 7, events: 3, randomExits: true });
    const lapai = json.units.find((u) => u.id === 'puskesmas-lapai')!;
    expect(lapai.checkpoints.map((c) => c.label)).toEqual(['2027-12', '2028-12', '2029-11']);
    const spike = lapai.checkpoints[0]!;
    expect(spike.overloaded).toBe(1);
    expect(spike.headcountP10).toBeLessThanOrEqual(spike.headcountP50);
    expect(spike.headcountP50).toBeLessThanOrEqual(spike.headcountP90);
    expect(spike.ejP10!).toBeLessThanOrEqual(spike.ejP90!);
    expect(json.retirements.length).toBeGreaterThan(10);
    expect(json.retirements[0]).toMatchObject({ unitId: 'kantor-camat-nanggalo', tmt: expect.stringMatching(/^20\d\d-\d\d-01$/) });
  });

  it.each([
    [['--runs', '0'], '--runs must be a whole number from 1 to 30000, got 0'],
    [['--runs', 'many'], '--runs must be a whole number from 1 to 30000, got many'],
    [['--horizon', '21'], '--horizon must be a whole number from 1 to 20, got 21'],
    [['--seed', '1.5'], '--seed must be a whole number'],
    [['--runs'], '--runs needs a value'],
  ])('rejects %j with exit code 2', (args, message) => {
    const r = capture(['simulate', 'scenarios/nanggalo.json', ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('reports an unreadable file like the other commands', () => {
    expect(capture(['simulate', 'no-such-file.json']).code).toBe(2);
  });

  it('shows a checkpoint every year and the last month', () => {
    expect(checkpoints(60)).toEqual([12, 24, 36, 48, 59]);
    expect(checkpoints(12)).toEqual([11]);
    expect(checkpoints(24)).toEqual([12, 23]);
  });
});
