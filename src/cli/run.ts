/**
 * The command line of Seimbang, as a function: arguments in, exit code out, text written through `io`
 * so that tests can run it without spawning a process. `main.ts` wires it to the real process.
 */
import { loadScenarioFile, plural } from './load';
import { exportProblemCommand, planCommand } from './plan';
import { simulateCommand } from './simulate';
import { formatSummary, summarise } from './summary';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  validate FILE          check a scenario file; lists every problem as "path: message"
  summary FILE [--json]  balance per unit, balance metrics and upcoming retirements
  plan FILE [--date D --max-moves K --json]
                         the optimal transfer plan at date D (default: the scenario's date), its moves
                         with reasons, the metrics before and after, and the certificate check
  export-problem FILE [--date D --out OUT]
                         writes the planning problem and its optimal plan as solver-neutral JSON
                         (docs/planning-problem.md), to OUT or to standard output
  simulate FILE [--runs N --seed S --horizon Y --json]
                         the workforce month by month over Y years (default 5, up to 20), N seeded runs
                         (default 1,000): per unit at yearly checkpoints the P10/P50/P90 of EJ and
                         headcount, the chance of being overloaded or vacant, and the retirement schedule
  help                   show this text

Exit codes: 0 success, 1 the file is not valid JSON or not a valid scenario, 2 wrong usage or unreadable file.
`;

interface Command {
  /** Flags without a value. */
  options: readonly string[];
  /** Options that take a value (`--date 2027-01-01`). */
  valued?: readonly string[];
  run(file: string, options: ReadonlySet<string>, io: Io, values: ReadonlyMap<string, string>): number;
}

const COMMANDS: Record<string, Command> = {
  validate: { options: [], run: validate },
  summary: { options: ['--json'], run: summary },
  plan: { options: ['--json'], valued: ['--date', '--max-moves'], run: planCommand },
  'export-problem': { options: [], valued: ['--date', '--out'], run: exportProblemCommand },
  simulate: { options: ['--json'], valued: ['--runs', '--seed', '--horizon'], run: simulateCommand },
};

/** Runs one command; returns the process exit code. */
export function run(argv: readonly string[], io: Io): number {
  const [name, ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  if (name === undefined) return usageError(io, 'no command given');
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return usageError(io, `unknown command "${name}"`);
  const options = new Set<string>();
  const values = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('-')) files.push(arg);
    else if (command.valued?.includes(arg)) {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith('--')) return usageError(io, `${arg} needs a value`);
      values.set(arg, value);
      i++;
    } else if (command.options.includes(arg)) options.add(arg);
    else return usageError(io, `unknown option "${arg}" for ${name}`);
  }
  if (files.length === 0) return usageError(io, `${name} needs a scenario FILE`);
  if (files.length > 1) return usageError(io, `${name} takes one FILE, got ${files.length}`);
  return command.run(files[0]!, options, io, values);
}

function usageError(io: Io, reason: string): number {
  io.stderr(`error: ${reason}\n\n${USAGE}`);
  return 2;
}

function validate(file: string, _options: ReadonlySet<string>, io: Io): number {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    io.stderr(loaded.lines.join('\n') + '\n');
    return loaded.exitCode;
  }
  const s = loaded.scenario;
  io.stdout(
    `OK: ${s.meta.name} — ${plural(s.units.length, 'unit')}, ${plural(s.posts.length, 'post')}, ` +
      `${plural(s.employees.length, 'employee')}\n`,
  );
  if (loaded.upgradedFrom !== null) {
    io.stdout(`(read as format version ${loaded.upgradedFrom} and upgraded; save it from the app to keep the upgrade)\n`);
  }
  return 0;
}

function summary(file: string, options: ReadonlySet<string>, io: Io): number {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    io.stderr(loaded.lines.join('\n') + '\n');
    return loaded.exitCode;
  }
  const result = summarise(loaded.scenario);
  io.stdout(options.has('--json') ? `${JSON.stringify(result, roundNumbers, 2)}\n` : formatSummary(result));
  return 0;
}

/** JSON replacer: fractions to 6 decimals, so that 1.7999999999999998 FTE reads 1.8. */
function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(6)) : value;
}
