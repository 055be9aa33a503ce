/**
 * The WebAssembly module of the Monte Carlo's runs (`wasm/runs.ts`, built by `npm run wasm`), compiled
 * once per thread, and its logarithm of a draw for the JavaScript that must give the same numbers.
 */
import { RUNS_WASM } from './wasm/runs.wasm';

/** What the module exports. */
export interface RunsExports {
  init(): void;
  unitRuns(u: number): number;
  sumMonths(u: number, withVacancy: boolean): void;
  unitStatistics(u: number): void;
  postStatistics(u: number): void;
  drawExponential(signed: number): number;
  /** Address of the table of the arrays' addresses, past the module's own data. */
  tableAt(): number;
}

/** The parts of the WebAssembly API used here (core code is typed without the DOM's library). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: RunsExports };
  Memory: new (size: { initial: number }) => { buffer: ArrayBuffer; grow(pages: number): number };
}
const host = globalThis as unknown as { WebAssembly: WasmApi; atob(s: string): string };

type WasmMemory = InstanceType<WasmApi['Memory']>;

let compiled: object | null = null;
/** The compiled module, once per thread (synchronous: the module is a few kilobytes). */
function runsModule(): object {
  if (!compiled) compiled = new host.WebAssembly.Module(Uint8Array.from(host.atob(RUNS_WASM), (c) => c.charCodeAt(0)));
  return compiled;
}

/** Bytes kept for the module's own data (its static data take a few kilobytes, see `tableAt`). */
const MODULE_DATA_BYTES = 65536;

let shared: { exports: RunsExports; memory: WasmMemory } | null = null;

/**
 * The thread's instance of the module, over a memory of at least `bytes` bytes past the module's
 * data (grown when needed); the caller's table and arrays start at `exports.tableAt()`. It is the
 * same instance from one Monte Carlo to the next: the first touch of each page of new memory costs
 * more than the runs' use of it (a few milliseconds per megabyte), and a worker runs many. One
 * caller at a time (a Monte Carlo runs to its end without giving way), which must clear the scratch
 * it reads before writing.
 */
export function runsInstance(bytes: number): { exports: RunsExports; memory: WasmMemory } {
  const pages = Math.ceil((MODULE_DATA_BYTES + bytes) / 65536);
  if (!shared) {
    const memory = new host.WebAssembly.Memory({ initial: pages });
    const exports = new host.WebAssembly.Instance(runsModule(), { env: { memory } }).exports;
    if (exports.tableAt() > MODULE_DATA_BYTES) throw new Error(`the runs' module has ${exports.tableAt()} bytes of data, more than kept for it`);
    shared = { exports, memory };
  }
  const have = shared.memory.buffer.byteLength / 65536;
  if (have < pages) shared.memory.grow(pages - have);
  return shared;
}

/**
 * e = -ln(draw / 2^32) for a 32-bit draw given as a signed number (`draw - 2^31`, |0), with the
 * module's own logarithm: the runs' numbers, bit for bit, in every engine.
 */
export function drawExponential(signed: number): number {
  return runsInstance(0).exports.drawExponential(signed);
}
