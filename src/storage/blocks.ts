/**
 * Employees are stored in blocks of a few hundred, each block one database record holding its
 * people as JSON text. A 100k-person agency is then a few hundred records instead of 100k: the
 * database writes and reads them many times faster, and text crosses into a thread (page or
 * worker) as one cheap copy, to be parsed a block at a time with pauses between.
 */
import type { Employee } from '../core/scenario/schema';

/** People per stored block. */
export const BLOCK_SIZE = 500;

export interface EmployeeBlockRecord {
  scenarioId: string;
  block: number;
  /** Number of people in the block. */
  count: number;
  /** The block's people, in scenario order, as a JSON array. */
  json: string;
}

/** Milliseconds of work after which a long loop lets the thread do something else. */
const SLICE_MS = 8;

/** Lets the thread handle other work (input, drawing) before the loop goes on. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for time slicing: true once `SLICE_MS` have passed since the last pause (which it then takes). */
export function slicer(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await pause();
    since = performance.now();
  };
}

/** Block `block` of a scenario's people. */
export function blockOf(scenarioId: string, employees: readonly Employee[], block: number): EmployeeBlockRecord {
  const people = employees.slice(block * BLOCK_SIZE, (block + 1) * BLOCK_SIZE);
  return { scenarioId, block, count: people.length, json: JSON.stringify(people) };
}

/** The people of a scenario as block records, made in time slices. */
export async function toBlocks(scenarioId: string, employees: readonly Employee[]): Promise<EmployeeBlockRecord[]> {
  const blocks: EmployeeBlockRecord[] = [];
  const slice = slicer();
  for (let block = 0; block * BLOCK_SIZE < employees.length; block++) {
    blocks.push(blockOf(scenarioId, employees, block));
    await slice();
  }
  return blocks;
}

/** The people of block records (in block order), parsed in time slices; `onProgress` hears the count so far. */
export async function fromBlocks(blocks: readonly EmployeeBlockRecord[], onProgress?: (done: number) => void): Promise<Employee[]> {
  const employees: Employee[] = [];
  const slice = slicer();
  for (const b of blocks) {
    for (const e of JSON.parse(b.json) as Employee[]) employees.push(e);
    onProgress?.(employees.length);
    await slice();
  }
  return employees;
}
