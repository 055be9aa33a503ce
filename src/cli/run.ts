/**
 * The command line of Seimbang, as a function: arguments in, exit code out, text written through `io`
 * so that tests can run it without spawning a process. `main.ts` wires it to the real process.
 */
import { loadScenarioFile, plural } from './load';
import { formatSummary, summarise } from './summary';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  validate FILE          check a scenario file; lists every problem as "path: message"
  summary FILE [--json]  balance per unit, balance metrics and upcoming retirements
  help                   show this text

Exit codes: 0 success, 1 the file is not valid JSON or not a valid scenario, 2 wrong usage or unreadable file.
`;

interface Command {
  options: readonly string[];
  run(file: string, options: ReadonlySet<string>, io: Io): number;
}

const COMMANDS: Record<string, Command> = {
  validate: { options: [], run: validate },
  summary: { options: ['--json'], run: summary },
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
  const options = new Set(rest.filter((a) => a.startsWith('-')));
  const files = rest.filter((a) => !a.startsWith('-'));
  const unknown = [...options].find((o) => !command.options.includes(o));
  if (unknown !== undefined) return usageError(io, `unknown option "${unknown}" for ${name}`);
  if (files.length === 0) return usageError(io, `${name} needs a scenario FILE`);
  if (files.length > 1) return usageError(io, `${name} takes one FILE, got ${files.length}`);
  return command.run(files[0]!, options, io);
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
