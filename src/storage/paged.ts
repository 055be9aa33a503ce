/**
 * Reading the records of one scenario from a table keyed [scenarioId + number] a few per request
 * (inside the caller's transaction): each answer is a task of its own, copied into the thread in a
 * short while, so a large agency's reading never holds the page long.
 */
import Dexie, { type Table } from 'dexie';

/** Hands each answer's rows, in key order, to `take`; `numberOf` gives a row's number in the key. */
export async function readPaged<R>(
  table: Table<R, [string, number]>, index: string, id: string, perRequest: number, numberOf: (row: R) => number, take: (rows: R[]) => void,
): Promise<void> {
  for (let next = 0; ; ) {
    const rows = await table.where(index).between([id, next], [id, Dexie.maxKey], true, true).limit(perRequest).toArray();
    take(rows);
    if (rows.length < perRequest) return;
    next = numberOf(rows[rows.length - 1]!) + 1;
  }
}
