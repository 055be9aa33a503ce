/**
 * `simulate`: the workforce month by month over a horizon, as a seeded Monte Carlo. Prints per unit,
 * at yearly checkpoints, the percentiles of EJ and headcount, the chance of being overloaded or
 * vacant, and the retirement schedule by unit; or all of it as JSON.
 */
import { employeeRetirementDate } from '../core/employee';
import { simulate } from '../core/simulate/expected';
import { DEFAULT_HORIZON_YEARS, MAX_HORIZON_YEARS, toSimulationInput } from '../core/simulate/input';
import { DEFAULT_RUNS, MAX_RUNS, monteCarlo } from '../core/simulate/monteCarlo';
import { monthLabel, retirementSchedule } from '../core/simulate/retirements';
import type { Scenario } from '../core/scenario/schema';
import type { Io } from './run';
import { loadScenarioFile, plural } from './load';
import { fixed, formatTable } from './table';

export const DEFAULT_SEED = 1;

export interface UnitCheckpoint {
  month: number;
  /** `YYYY-MM` of the month. */
  label: string;
  need: number;
  headcountP10: number;
  headcountP50: number;
  headcountP90: number;
  /** Deterministic run: expected headcount and need / expected headcount (null: vacant). */
  expectedHeadcount: number;
  expectedEj: number | null;
  /** EJ percentiles; null where the run at that rank has nobody in the unit. */
  ejP10: number | null;
  ejP50: number | null;
  ejP90: number | null;
  /** Share of runs with EJ > 1 + overloadTolerance; share of runs with nobody in the unit. */
  overloaded: number;
  vacant: number;
  /** Expected number of the unit's posts with need and nobody in them. */
  vacantPosts: number;
}

export interface SimulationSummary {
  scenario: { id: string; name: string; asOf: string; fictional: boolean };
  horizonYears: number;
  runs: number;
  seed: number;
  events: number;
  /** False when no exit-rate event applies: then every run is the same. */
  randomExits: boolean;
  overloadTolerance: number;
  units: { id: string; name: string; checkpoints: UnitCheckpoint[] }[];
  retirements: { unitId: string | null; unitName: string; nip: string; name: string; tmt: string; postId: string | null; postTitle: string }[];
}

/** Months shown: a year after the reference month, two years, ... and the last month of the horizon. */
export function checkpoints(months: number): number[] {
  const list: number[] = [];
  for (let m = 12; m < months; m += 12) list.push(m);
  if (list.at(-1) !== months - 1) list.push(months - 1);
  return list;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Runs the simulation of a validated scenario and gathers what the command shows. */
export function summariseSimulation(s: Scenario, options: { horizonYears: number; runs: number; seed: number }): SimulationSummary {
  const input = toSimulationInput(s, { horizonYears: options.horizonYears });
  const expected = simulate(input);
  const mc = monteCarlo(input, { runs: options.runs, seed: options.seed, postStatistics: false }); // it prints units only
  const M = input.months;
  const shown = checkpoints(M);
  const units = s.units.map((unit, u) => ({
    id: unit.id,
    name: unit.name,
    checkpoints: shown.map((m): UnitCheckpoint => {
      const at = u * M + m;
      return {
        month: m,
        label: monthLabel(input, m),
        need: input.unitNeed[at]!,
        headcountP10: mc.units.headcountP10[at]!,
        headcountP50: mc.units.headcountP50[at]!,
        headcountP90: mc.units.headcountP90[at]!,
        expectedHeadcount: expected.units.headcount[at]!,
        expectedEj: finite(expected.units.ej[at]!),
        ejP10: finite(mc.units.ejP10[at]!),
        ejP50: finite(mc.units.ejP50[at]!),
        ejP90: finite(mc.units.ejP90[at]!),
        overloaded: mc.units.overloaded[at]!,
        vacant: mc.units.vacant[at]!,
        vacantPosts: mc.units.vacantPosts[at]!,
      };
    }),
  }));
  const posts = new Map(s.posts.map((p) => [p.id, p]));
  const schedule = retirementSchedule(input);
  const employeesOnly = Array.from(schedule.person.keys()).filter((j) => schedule.person[j]! < input.employeeCount);
  const retirements = employeesOnly.map((j) => {
    const e = s.employees[schedule.person[j]!]!;
    const postId = schedule.post[j]! >= 0 ? input.postIds[schedule.post[j]!]! : null;
    const unitId = schedule.unit[j]! >= 0 ? input.unitIds[schedule.unit[j]!]! : null;
    return {
      unitId,
      unitName: unitId === null ? '(not placed)' : (s.units[schedule.unit[j]!]?.name ?? unitId),
      nip: e.nip,
      name: e.name,
      tmt: employeeRetirementDate(e),
      postId,
      postTitle: postId === null ? '-' : (posts.get(postId)?.title ?? postId),
    };
  });
  // Units in the file's order (not placed last), then by date.
  const unitOrder = new Map(s.units.map((u, k) => [u.id, k]));
  const order = (id: string | null) => (id === null ? s.units.length : unitOrder.get(id)!);
  retirements.sort((a, b) => order(a.unitId) - order(b.unitId) || a.tmt.localeCompare(b.tmt) || a.name.localeCompare(b.name));
  return {
    scenario: { id: s.meta.id, name: s.meta.name, asOf: s.meta.asOf, fictional: s.meta.fictional },
    horizonYears: options.horizonYears,
    runs: mc.runs,
    seed: options.seed,
    events: s.events.length,
    randomExits: input.exitIntensity.some((x) => x > 0),
    overloadTolerance: s.settings.overloadTolerance,
    units,
    retirements,
  };
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;
const ej = (x: number | null): string => (x === null ? 'VACANT' : x.toFixed(2));

/** The summary as a text report for the terminal. */
export function formatSimulation(summary: SimulationSummary): string {
  const { scenario } = summary;
  const lines: string[] = [];
  lines.push(`${scenario.name} (as of ${scenario.asOf})${scenario.fictional ? ' [fictional data]' : ''}`);
  lines.push(
    `Simulation over ${plural(summary.horizonYears, 'year')}: ${summary.runs} runs, seed ${summary.seed}, ${plural(summary.events, 'event')}. ` +
      `EJ percentiles over the runs; "over" = share of runs with EJ above ${(1 + summary.overloadTolerance).toFixed(2)}, ` +
      `"vacant" = share with nobody in the unit, "vacant posts" = expected number of posts with need and nobody.`,
  );
  if (!summary.randomExits) {
    lines.push('No exit-rate events: nobody leaves except by retirement, so every run is the same.');
  }
  const months = summary.units[0]?.checkpoints ?? [];
  months.forEach((checkpoint, k) => {
    lines.push('');
    lines.push(`${checkpoint.label} (month ${checkpoint.month})`);
    lines.push(formatTable(
      [
        { header: 'Unit' }, { header: 'Need FTE', align: 'right' }, { header: 'People P10-P50-P90', align: 'right' },
        { header: 'EJ P10', align: 'right' }, { header: 'EJ P50', align: 'right' }, { header: 'EJ P90', align: 'right' },
        { header: 'Over', align: 'right' }, { header: 'Vacant', align: 'right' }, { header: 'Vacant posts', align: 'right' },
      ],
      summary.units.map((unit) => {
        const c = unit.checkpoints[k]!;
        return [
          unit.name, fixed(c.need, 2), `${c.headcountP10}-${c.headcountP50}-${c.headcountP90}`,
          ej(c.ejP10), ej(c.ejP50), ej(c.ejP90), percent(c.overloaded), percent(c.vacant), fixed(c.vacantPosts, 1),
        ];
      }),
    ).trimEnd());
  });
  lines.push('');
  lines.push(`Retirements within the horizon (TMT pensiun): ${summary.retirements.length}`);
  let unit: string | null = null;
  for (const r of summary.retirements) {
    if (r.unitName !== unit) {
      unit = r.unitName;
      const count = summary.retirements.filter((x) => x.unitName === unit).length;
      lines.push(`  ${unit} (${count})`);
    }
    lines.push(`    ${r.tmt}  ${r.name} (${r.nip}), ${r.postTitle}`);
  }
  return lines.join('\n') + '\n';
}

/** Reads a whole-number option within bounds; null (after writing the error) when it is not one. */
function wholeOption(values: ReadonlyMap<string, string>, name: string, fallback: number, min: number, max: number, io: Io): number | null {
  const text = values.get(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    io.stderr(`error: ${name} must be a whole number from ${min} to ${max}, got ${text}\n`);
    return null;
  }
  return value;
}

export function simulateCommand(file: string, options: ReadonlySet<string>, io: Io, values: ReadonlyMap<string, string>): number {
  const runs = wholeOption(values, '--runs', DEFAULT_RUNS, 1, MAX_RUNS, io);
  const seed = wholeOption(values, '--seed', DEFAULT_SEED, -2147483648, 4294967295, io);
  const horizonYears = wholeOption(values, '--horizon', DEFAULT_HORIZON_YEARS, 1, MAX_HORIZON_YEARS, io);
  if (runs === null || seed === null || horizonYears === null) return 2;
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    io.stderr(loaded.lines.join('\n') + '\n');
    return loaded.exitCode;
  }
  const summary = summariseSimulation(loaded.scenario, { horizonYears, runs, seed });
  io.stdout(options.has('--json') ? `${JSON.stringify(summary, roundNumbers, 2)}\n` : formatSimulation(summary));
  return 0;
}

/** JSON replacer: fractions to 6 decimals. */
function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(6)) : value;
}
