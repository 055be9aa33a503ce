/**
 * Planner benchmark: the exact solver against HiGHS on agency-shaped problems, measured in the same run.
 *
 *   npx tsx tests/bench/planner.bench.ts [--runs 5] [--highs-max 100000] [--highs-time-limit 60]
 *
 * Cases: 1k, 10k and 100k employees with 30% movable, 10k and 100k all movable (posts of 10-30 people,
 * need close to headcount with one post in ten clearly over- or under-staffed, 5-20 options per
 * movable person at move costs of 150-500 points). The solver is warmed up once, then timed over
 * `--runs` runs and reported by its median (wall clock, and CPU time of the process, which is steadier
 * on a busy machine); HiGHS (the LP passed as sparse arrays, so no text parsing is timed) is timed once.
 * `--highs-max N` skips HiGHS on cases with more than N employees.
 */
import { loadavg } from 'node:os';
import { checkCertificate } from '../../src/core/plan/certificate';
import { solve, type SolveResult } from '../../src/core/plan/solver';
import { loadHighs, solveWithHighsModel } from '../core/plan/highs-reference';
import { realisticProblem } from '../core/plan/random-problems';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (Number.isNaN(value)) throw new Error(`--${name} needs a number`);
  return value;
}

const runs = Math.max(1, flag('runs', 7));
const highsMax = flag('highs-max', Infinity);
const highsTimeLimit = flag('highs-time-limit', 60);

const CASES = [
  { employees: 1_000, movable: 0.3 },
  { employees: 10_000, movable: 0.3 },
  { employees: 10_000, movable: 1 },
  { employees: 100_000, movable: 0.3 },
  { employees: 100_000, movable: 1 },
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

const highs = await loadHighs();
console.log(`Planner benchmark: solver median of ${runs} runs after one warm-up; HiGHS ${highs.version.string} once (time limit ${highsTimeLimit} s)`);
console.log(`node ${process.version}, ${process.platform} ${process.arch}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
const header = ['employees', 'movable', 'posts', 'options', 'solver ms', 'solver cpu ms', 'HiGHS ms', 'ratio', 'moves', 'objective', 'equal', 'certificate'];
const rows: string[][] = [];

for (const c of CASES) {
  const problem = realisticProblem(1, c);
  const clock = (): number => performance.now();
  let result: SolveResult = solve(problem);
  const times: number[] = [], cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = clock(), c = process.cpuUsage();
    result = solve(problem);
    times.push(clock() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const solverMs = median(times);
  const certificate = checkCertificate(problem, result).ok ? 'ok' : 'FAILED';

  let highsCell = 'skipped', ratio = '-', equal = 'not compared';
  if (c.employees <= highsMax) {
    const t = clock();
    const reference = solveWithHighsModel(highs, problem, 0, highsTimeLimit);
    const highsMs = clock() - t;
    if (reference.status === 'Optimal') {
      highsCell = fmt(highsMs);
      ratio = `${(highsMs / solverMs).toFixed(0)}x`;
      equal = reference.objective === result.objective ? 'yes' : `NO (HiGHS ${reference.objective})`;
    } else {
      highsCell = `${reference.status} after ${fmt(highsMs)}`;
    }
  }
  rows.push([
    String(c.employees), String(problem.employeeCount), String(problem.postCount), String(problem.optPost.length),
    fmt(solverMs), fmt(median(cpu)), highsCell, ratio, String(result.moves), String(result.objective), equal, certificate,
  ]);
  console.log(`${c.employees} employees (${Math.round(c.movable * 100)}% movable): solver ${fmt(solverMs)} ms [${times.map(fmt).join(', ')}], ` +
    `HiGHS ${highsCell}${highsCell === 'skipped' ? '' : ' ms'}, stats ${JSON.stringify(result.stats)}`);
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string => cells.map((cell, i) => cell.padStart(widths[i]!)).join('  ');
console.log(`\n${line(header)}\n${rows.map(line).join('\n')}`);
