/**
 * Entry point: `npx tsx src/cli/main.ts <command>` or `npm run cli -- <command>`. See `run.ts`.
 */
import process from 'node:process';
import { run } from './run';

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
