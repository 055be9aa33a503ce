/**
 * Employees (and posts) are stored in blocks of a few hundred, each block one database record
 * holding its items as JSON text. A 100k-person agency is then a few hundred records instead of
 * 100k: the database writes and reads them many times faster, and text crosses into a thread (page
 * or worker) as one cheap copy, to be parsed a few blocks at a time.
 */

/** Items per stored block. */
export const BLOCK_SIZE = 500;

export interface BlockRecord {
  scenarioId: string;
  block: number;
  /** Number of items in the block. */
  count: number;
  /** The block's items, in scenario order, as a JSON array. */
  json: string;
}

export type EmployeeBlockRecord = BlockRecord;

/** Milliseconds of work after which a long loop lets the thread do something else. */
const SLICE_MS = 8;

/**
 * Lets the thread handle other work (input, drawing) before the loop goes on. `scheduler.yield()`
 * where the browser has it: the loop then comes back first, without the 4 ms that nested timers are
 * held to (a sliced pass over 100k people pauses a few dozen times).
 */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A clock for time slicing on the page: pauses once `SLICE_MS` have passed since the last pause.
 * A worker (or Node) has no page to keep responsive and goes straight on.
 */
export function slicer(): () => Promise<void> {
  if (typeof (globalThis as { document?: unknown }).document === 'undefined') return async () => undefined;
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await pause();
    since = performance.now();
  };
}

/** Block `block` of a scenario's items. */
export function blockOf(scenarioId: string, items: readonly unknown[], block: number): BlockRecord {
  const part = items.slice(block * BLOCK_SIZE, (block + 1) * BLOCK_SIZE);
  return { scenarioId, block, count: part.length, json: JSON.stringify(part) };
}

/**
 * A scenario's items as block records, made in time slices. With `before` (the items as last
 * stored), blocks whose items are all the same objects are left out: only changed blocks are made.
 */
export async function toBlocks(scenarioId: string, items: readonly unknown[], before?: readonly unknown[]): Promise<BlockRecord[]> {
  const blocks: BlockRecord[] = [];
  const slice = slicer();
  for (let block = 0; block * BLOCK_SIZE < items.length; block++) {
    if (before && unchanged(items, before, block)) continue;
    blocks.push(blockOf(scenarioId, items, block));
    await slice();
  }
  return blocks;
}

function unchanged(items: readonly unknown[], before: readonly unknown[], block: number): boolean {
  const end = Math.min(items.length, (block + 1) * BLOCK_SIZE);
  if (end > before.length) return false;
  for (let i = block * BLOCK_SIZE; i < end; i++) if (items[i] !== before[i]) return false;
  return true;
}
