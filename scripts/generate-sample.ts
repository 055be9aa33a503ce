/**
 * Writes a seeded sample scenario.
 *
 *   npx tsx scripts/generate-sample.ts                       -> scenarios/nanggalo.json (the committed sample)
 *   npx tsx scripts/generate-sample.ts --employees 100000    -> scenarios/generated/sample-100000.json
 *
 * Options: --seed S (default 20261201), --employees N (default: the Nanggalo sample size), --out FILE.
 * Without --out, any non-default option writes under scenarios/generated/ (git-ignored), so that the
 * committed sample is only ever rewritten by the default run. The file is validated before it is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatProblem, parseScenario } from '../src/core/scenario/validate';
import { DEFAULT_EMPLOYEES, DEFAULT_SEED, generateScenario, serializeScenario } from './sample/generate';
import { summarise } from './sample/summary';

interface Args {
  seed: number;
  employees: number;
  out: string;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: generate-sample [--seed S] [--employees N] [--out FILE]\n`);
  process.exit(2);
}

function wholeNumber(flag: string, text: string | undefined, min: number): number {
  if (text === undefined || !/^-?\d+$/.test(text)) usage(`${flag} needs a whole number`);
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) usage(`${flag} must be at least ${min}`);
  return value;
}

function parseArgs(argv: string[]): Args {
  let seed = DEFAULT_SEED;
  let employees = DEFAULT_EMPLOYEES;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--seed') seed = wholeNumber(flag, argv[++i], 0);
    else if (flag === '--employees') employees = wholeNumber(flag, argv[++i], 1);
    else if (flag === '--out') out = argv[++i] ?? usage('--out needs a file name');
    else if (flag === '--help' || flag === '-h') usage('Writes a seeded, fictional sample scenario.');
    else usage(`unknown option ${flag}`);
  }
  if (seed > 0xffffffff) usage('--seed must fit in 32 bits');
  if (out === undefined) {
    const isDefault = seed === DEFAULT_SEED && employees === DEFAULT_EMPLOYEES;
    out = isDefault ? 'scenarios/nanggalo.json'
      : `scenarios/generated/sample-${employees}${seed === DEFAULT_SEED ? '' : `-seed${seed}`}.json`;
  }
  return { seed, employees, out };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const scenario = generateScenario({ seed: args.seed, employees: args.employees });
  const t1 = performance.now();
  const result = parseScenario(scenario);
  const t2 = performance.now();
  if (!result.ok) {
    process.stderr.write(`generated scenario is not valid (${result.problems.length} problems):\n`);
    for (const problem of result.problems.slice(0, 20)) process.stderr.write(`  ${formatProblem(problem)}\n`);
    process.exit(1);
  }
  const text = serializeScenario(scenario);
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, text);
  const t3 = performance.now();
  process.stderr.write(`${summarise(scenario)}\n`);
  process.stderr.write(
    `wrote ${args.out} (${(text.length / 1e6).toFixed(1)} MB): generate ${(t1 - t0).toFixed(0)} ms, ` +
    `validate ${(t2 - t1).toFixed(0)} ms, write ${(t3 - t2).toFixed(0)} ms\n`,
  );
}

main();
