/**
 * Compiles the Monte Carlo's runs (src/core/simulate/wasm/runs.ts, AssemblyScript) to WebAssembly
 * and writes the module, base64-encoded, to src/core/simulate/wasm/runs.wasm.ts, which the
 * simulation imports (no file to fetch: the same import works in the worker, in Node and offline).
 *
 *   npm run wasm            writes the module
 *   npm run wasm -- --check fails when the written module is not what the source compiles to
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import asc from 'assemblyscript/asc';

const source = fileURLToPath(new URL('../src/core/simulate/wasm/runs.ts', import.meta.url));
const target = fileURLToPath(new URL('../src/core/simulate/wasm/runs.wasm.ts', import.meta.url));

/** The module's bytes: optimised, no runtime (nothing is allocated), memory given by the caller. */
export async function compileRuns(): Promise<Uint8Array> {
  let binary: Uint8Array | null = null;
  const { error, stderr } = await asc.main(
    [source, '-O3', '--runtime', 'stub', '--noAssert', '--importMemory', '--initialMemory', '1', '--enable', 'simd', '--outFile', 'runs.wasm'],
    { writeFile: (name, contents) => { if (name.endsWith('.wasm')) binary = contents as Uint8Array; } },
  );
  if (error || !binary) throw new Error(`AssemblyScript failed: ${error?.message ?? ''}\n${stderr.toString()}`);
  return binary;
}

/** The TypeScript module that carries the bytes. */
export function moduleText(binary: Uint8Array): string {
  return [
    '// Written by scripts/build-wasm.ts from ./runs.ts (`npm run wasm`); do not edit.',
    `export const RUNS_WASM = '${Buffer.from(binary).toString('base64')}';`,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = moduleText(await compileRuns());
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error(`${target} is not what ${source} compiles to: run npm run wasm`);
      process.exit(1);
    }
    console.log('runs.wasm.ts matches its source');
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
