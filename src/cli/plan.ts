/**
 * `plan` and `export-problem`: the optimal transfer plan of a scenario file, and the planning problem
 * in the solver-neutral JSON of docs/planning-problem.md.
 */
import { writeFileSync } from 'node:fs';
import { parseIsoDate } from '../core/dates';
import { buildProblem } from '../core/plan/build';
import { toJson } from '../core/plan/problem';
import { proposePlan } from '../core/plan/plan';
import { solve } from '../core/plan/solver';
import type { Io } from './run';
import { loadScenarioFile } from './load';
import { formatTable } from './table';

function planDateOf(values: ReadonlyMap<string, string>, asOf: string, io: Io): string | null {
  const date = values.get('--date') ?? asOf;
  if (parseIsoDate(date) === null) {
    io.stderr(`error: --date ${date} is not a real date written YYYY-MM-DD\n`);
    return null;
  }
  return date;
}

export function planCommand(file: string, options: ReadonlySet<string>, io: Io, values: ReadonlyMap<string, string>): number {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    io.stderr(loaded.lines.join('\n') + '\n');
    return loaded.exitCode;
  }
  const s = loaded.scenario;
  const planDate = planDateOf(values, s.meta.asOf, io);
  if (planDate === null) return 2;
  const capText = values.get('--max-moves');
  const maxMoves = capText === undefined ? null : Number(capText);
  if (maxMoves !== null && (!Number.isInteger(maxMoves) || maxMoves < 0)) {
    io.stderr(`error: --max-moves must be a whole number from 0, got ${capText}\n`);
    return 2;
  }
  const plan = proposePlan(s, { planDate, maxMoves });
  if (options.has('--json')) {
    const { before, after, ...rest } = plan;
    io.stdout(`${JSON.stringify({ ...rest, metricsBefore: before.metrics, metricsAfter: after.metrics }, null, 2)}\n`);
    return plan.certificate.ok ? 0 : 1;
  }
  const post = new Map(s.posts.map((p) => [p.id, p]));
  const unit = new Map(s.units.map((u) => [u.id, u.name]));
  const where = (id: string | null) => (id === null ? '(not placed)' : `${post.get(id)?.title ?? id}, ${unit.get(post.get(id)?.unitId ?? '') ?? ''}`);
  const lines: string[] = [];
  lines.push(`Transfer plan for ${s.meta.name}, TMT ${planDate}${maxMoves !== null ? `, at most ${maxMoves} moves` : ''}`);
  lines.push(`${plan.moves.length} moves; ${plan.movable} people may move, ${plan.fixed} are held by rules`);
  lines.push('');
  lines.push(formatTable(
    [{ header: 'Name' }, { header: 'NIP' }, { header: 'From' }, { header: 'To' }, { header: 'Cost', align: 'right' }],
    plan.moves.map((m) => [m.name, m.nip, where(m.fromPostId), where(m.toPostId), String(m.cost)]),
  ));
  lines.push('');
  const b = plan.before.metrics, a = plan.after.metrics;
  const row = (label: string, x: number | null, y: number | null, d = 3) => `${label.padEnd(26)} ${x === null ? '-' : x.toFixed(d)} -> ${y === null ? '-' : y.toFixed(d)}`;
  lines.push(row('Misallocation index', b.misallocationIndex, a.misallocationIndex));
  lines.push(row('Overloaded posts', b.overloadedPosts, a.overloadedPosts, 0));
  lines.push(row('Vacant posts', b.vacantPosts, a.vacantPosts, 0));
  lines.push(row('Max EJ', b.maxEj, a.maxEj, 2));
  lines.push(row('Objective (points)', plan.objectiveToday, plan.objective, 0));
  if (plan.budget) {
    lines.push(plan.budget.exact
      ? `Optimal among plans with at most ${plan.budget.maxMoves} moves.`
      : `The cap falls between frontier corners: the best plan within it is at most ${plan.objective - plan.budget.lowerBound} points better.`);
  }
  lines.push(plan.certificate.ok ? 'Certificate: checked, the plan is optimal.' : `Certificate FAILED: ${plan.certificate.problems.join('; ')}`);
  io.stdout(lines.join('\n') + '\n');
  return plan.certificate.ok ? 0 : 1;
}

export function exportProblemCommand(file: string, _options: ReadonlySet<string>, io: Io, values: ReadonlyMap<string, string>): number {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    io.stderr(loaded.lines.join('\n') + '\n');
    return loaded.exitCode;
  }
  const planDate = planDateOf(values, loaded.scenario.meta.asOf, io);
  if (planDate === null) return 2;
  const built = buildProblem(loaded.scenario, { planDate });
  const result = solve(built.problem);
  const text = `${JSON.stringify(toJson(built.problem, { assignment: result.assignment, objective: result.objective, moves: result.moves }))}\n`;
  const out = values.get('--out');
  if (out === undefined) io.stdout(text);
  else {
    writeFileSync(out, text);
    io.stdout(`Wrote ${out}: ${built.problem.employeeCount} movable employees, ${built.problem.postCount} posts, objective ${result.objective}\n`);
  }
  return 0;
}
