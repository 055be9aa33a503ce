/**
 * Simulation benchmark: employee-years per second of the Monte Carlo on generated agencies, against a
 * plain month-by-month stepping of every person (tests/core/simulate/reference.ts) measured in the
 * same process on the same input.
 *
 *   npx tsx tests/bench/simulation.bench.ts [--sizes 10000,20000,100000] [--runs 1000] [--years 10]
 *                                            [--reference-runs 30] [--repeat 3] [--events realistic|none|heavy]
 *
 * Each size is generated in memory (scripts/sample/generate.ts, seed 20261201) and given the event set
 * chosen (see EVENT_SETS). The engine is warmed up with a few runs, then timed `--repeat` times over
 * `--runs` (all statistics, and again as the worker runs it: units only, with progress),
 * keeping the best wall time and the best CPU time of this process (one core: the engine does
 * not use threads; on a busy machine the CPU time is the steadier figure). The reference is timed over
 * `--reference-runs` (it is slow) and compared per employee-year. Both are also run with the same small
 * number of runs and must give the same numbers bit for bit.
 */
import { loadavg } from 'node:os';
import { generateScenario } from '../../scripts/sample/generate';
import type { ScenarioEvent } from '../../src/core/scenario/schema';
import { simulate } from '../../src/core/simulate/expected';
import { toSimulationInput } from '../../src/core/simulate/input';
import { monteCarlo, type MonteCarloResult } from '../../src/core/simulate/monteCarlo';
import { buildSkeleton } from '../../src/core/simulate/skeleton';
import { emptyStatistics } from '../../src/core/simulate/statistics';
import { referenceMonteCarlo } from '../core/simulate/reference';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const sizes = flag('sizes', '10000,20000,100000').split(',').map(Number);
const runs = Number(flag('runs', '1000'));
const years = Number(flag('years', '10'));
const referenceRuns = Number(flag('reference-runs', '30'));
const eventSet = flag('events', 'realistic');
const repeat = Math.max(1, Number(flag('repeat', '3')));

/** Event sets: every one applies to the whole agency, whatever its size. */
const EVENT_SETS: Record<string, ScenarioEvent[]> = {
  none: [],
  // Other exits of about 1.5% a year (3.5% under 30), vacancies refilled after 6 months, a half-year
  // hiring freeze, a growing workload and an outbreak at the Puskesmas Lapai.
  realistic: [
    { id: 'exits', type: 'exit-rate', yearlyRate: 0.015, positionType: null, minAge: null, maxAge: null },
    { id: 'exits-young', type: 'exit-rate', yearlyRate: 0.02, positionType: null, minAge: null, maxAge: 29 },
    { id: 'backfill', type: 'backfill-delay', unitId: null, postId: null, backfill: true, months: 6, replacementAge: 28 },
    { id: 'freeze', type: 'hiring-freeze', start: '2028-01-01', end: '2028-06-30', blockedHires: 'postpone' },
    { id: 'growth', type: 'demand-trend', unitId: null, postId: null, taskId: null, start: '2026-12-01', end: null, yearlyGrowth: 0.02 },
    { id: 'dbd', type: 'demand-spike', unitId: 'puskesmas-lapai', postId: null, taskId: null, start: '2027-01-01', end: '2027-03-31', factor: 2, extraVolume: null },
  ],
  // Twice the randomness: 3% a year for everyone, 5% under 30 (replacements too).
  heavy: [
    { id: 'exits', type: 'exit-rate', yearlyRate: 0.03, positionType: null, minAge: null, maxAge: null },
    { id: 'exits-young', type: 'exit-rate', yearlyRate: 0.02, positionType: null, minAge: null, maxAge: 29 },
    { id: 'backfill', type: 'backfill-delay', unitId: null, postId: null, backfill: true, months: 6, replacementAge: 28 },
  ],
};

const events = EVENT_SETS[eventSet];
if (!events) throw new Error(`--events must be one of ${Object.keys(EVENT_SETS).join(', ')}`);

const clock = (): number => performance.now();
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** Best wall and CPU milliseconds of `repeat` calls, and the median wall time. */
function best(f: () => void): { wall: number; cpu: number; median: number } {
  const walls: number[] = [];
  let used = Infinity;
  for (let k = 0; k < repeat; k++) {
    const w = clock();
    const c = cpu();
    f();
    used = Math.min(used, cpu() - c);
    walls.push(clock() - w);
  }
  walls.sort((a, b) => a - b);
  return { wall: walls[0]!, cpu: used, median: walls[walls.length >> 1]! };
}
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

function sameNumbers(a: MonteCarloResult, b: MonteCarloResult): boolean {
  for (const side of ['posts', 'units'] as const) {
    for (const [name, column] of Object.entries(a[side])) {
      const other = (b[side] as unknown as Record<string, Float32Array>)[name]!;
      if (Buffer.compare(Buffer.from(column.buffer), Buffer.from(other.buffer)) !== 0) return false;
    }
  }
  return true;
}

console.log(`Simulation benchmark: Monte Carlo of ${runs} runs over ${years} years, events "${eventSet}" (${events.length}); ` +
  `reference stepped over ${referenceRuns} runs`);
console.log(`node ${process.version}, ${process.platform} ${process.arch}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; best of ${repeat}\n`);

const rows: string[][] = [];
for (const employees of sizes) {
  const scenario = generateScenario({ seed: 20261201, employees });
  scenario.events = events;
  let t = clock();
  const input = toSimulationInput(scenario, { horizonYears: years });
  const inputMs = clock() - t;
  t = clock();
  simulate(input);
  const expectedMs = clock() - t;
  const sk = buildSkeleton(input);

  monteCarlo(input, { runs: Math.min(runs, 20), seed: 1 }); // warm-up
  let result: MonteCarloResult | null = null;
  const fast = best(() => { result = monteCarlo(input, { runs, seed: 1 }); });
  const employeeYears = employees * years;
  const perEmployeeYear = (msTaken: number, n: number) => (msTaken * 1e6) / (employeeYears * n);
  // As the worker runs it: without the per-post statistics, reporting progress.
  const unitsOnly = best(() => monteCarlo(input, { runs, seed: 1, postStatistics: false, onProgress: () => {} }));
  // What writing the result's arrays costs where nothing else is done: fresh memory, written once.
  const columns = [...Object.values(result!.posts), ...Object.values(result!.units)] as Float32Array[];
  const resultBytes = columns.reduce((sum, a) => sum + a.byteLength, 0);
  const touch = best(() => {
    for (const column of Object.values(emptyStatistics(Math.ceil(resultBytes / 4 / 9)))) column.fill(1);
  });

  t = clock();
  const reference = referenceMonteCarlo(input, { runs: referenceRuns, seed: 1 });
  const referenceMs = clock() - t;
  const referenceNs = perEmployeeYear(referenceMs, referenceRuns);
  const equal = sameNumbers(monteCarlo(input, { runs: referenceRuns, seed: 1 }), reference);

  const histogramMb = (sk.histogramSize * 2) / 1e6;
  const fastNs = perEmployeeYear(fast.wall, runs);
  rows.push([
    String(employees), String(input.postIds.length), String(input.unitIds.length), ms(inputMs), ms(expectedMs),
    ms(fast.wall), ms(fast.median), ms(fast.cpu), ms(unitsOnly.wall), ms(unitsOnly.median), ms(unitsOnly.cpu),
    (resultBytes / 1e6).toFixed(1), `${ms(touch.wall)} / ${ms(touch.median)}`,
    fastNs.toFixed(2), perEmployeeYear(fast.cpu, runs).toFixed(2), ((employeeYears * runs) / (fast.wall / 1000) / 1e6).toFixed(0),
    referenceNs.toFixed(1), `${(referenceNs / fastNs).toFixed(0)}x`, equal ? 'yes' : 'NO', histogramMb.toFixed(1),
  ]);
  console.log(`${employees} employees: input ${ms(inputMs)} ms, deterministic run ${ms(expectedMs)} ms, ` +
    `Monte Carlo ${ms(fast.wall)} ms wall / ${ms(fast.cpu)} ms CPU (${result!.runs} runs), reference ${ms(referenceMs)} ms (${referenceRuns} runs)`);
}

const header = ['employees', 'posts', 'units', 'input ms', 'expected ms', 'MC ms', 'MC median', 'MC cpu ms', 'units-only ms', 'units-only median', 'units-only cpu', 'result MB', 'result write best/median', 'ns/emp-yr', 'cpu ns/emp-yr', 'M emp-yr/s', 'ref ns/emp-yr', 'ratio', 'equal', 'hist MB'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
console.log('');
console.log(header.map((h, i) => h.padStart(widths[i]!)).join('  '));
for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i]!)).join('  '));
console.log('\nMC: all statistics (posts and units); units-only: as the browser runs it (units only, with progress).');
console.log('MC ms, units-only ms: best of the repeats; median: their median. result write ms: writing arrays of the size of the MC\'s result once, in fresh memory (its first touch).');
console.log('ns/emp-yr = MC time / (employees x years x runs); hist MB: the histograms of all units, written one unit at a time.');
console.log('ref: every person stepped through every month (tests/core/simulate/reference.ts), same input and draws; ratio = ref / MC per employee-year.');
