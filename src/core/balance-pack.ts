/**
 * A balance report with its post rows as columns (typed arrays), for the trip from the worker to
 * the page: tens of thousands of row objects cost the receiving thread one long task to copy, while
 * columns cross at once and the page rebuilds the rows a slice at a time.
 */
import type { BalanceInput, BalanceReport, BalanceRow, Standing } from './balance';

/** A balance input with its post ids as one JSON text: one string crosses to the worker at once, not tens of thousands. */
export interface PackedBalanceInput extends Omit<BalanceInput, 'postIds'> {
  postIdsJson: string;
}

/** Packs an input's post ids into one text (the columns are the same arrays). */
export function packInput({ postIds, ...rest }: BalanceInput): PackedBalanceInput {
  return { ...rest, postIdsJson: JSON.stringify(postIds) };
}

/** The input as `toBalanceInput` gives it, from a packed one. */
export function unpackInput({ postIdsJson, ...rest }: PackedBalanceInput): BalanceInput {
  return { ...rest, postIds: JSON.parse(postIdsJson) as string[] };
}

export interface PackedPostRows {
  need: Float64Array;
  needRounded: Float64Array;
  headcount: Int32Array;
  /** EJ per post; read only where `hasEj` is 1 (EJ is null otherwise). */
  ej: Float64Array;
  hasEj: Uint8Array;
  /** Index of each post's standing in `standings`. */
  standing: Uint16Array;
  standings: Standing[];
}

/** The report with post rows as columns; the ids are the input's `postIds`, in the same order. */
export interface PackedBalanceReport extends Omit<BalanceReport, 'posts'> {
  posts: PackedPostRows;
}

/** Packs a report's post rows into columns (their ids are left out: the page already has them). */
export function packReport(report: BalanceReport): PackedBalanceReport {
  const n = report.posts.length;
  const posts: PackedPostRows = {
    need: new Float64Array(n), needRounded: new Float64Array(n), headcount: new Int32Array(n),
    ej: new Float64Array(n), hasEj: new Uint8Array(n), standing: new Uint16Array(n), standings: [],
  };
  const codes = new Map<Standing, number>();
  report.posts.forEach((row, i) => {
    posts.need[i] = row.need;
    posts.needRounded[i] = row.needRounded;
    posts.headcount[i] = row.headcount;
    if (row.ej !== null) {
      posts.ej[i] = row.ej;
      posts.hasEj[i] = 1;
    }
    let code = codes.get(row.standing);
    if (code === undefined) codes.set(row.standing, (code = posts.standings.push(row.standing) - 1));
    posts.standing[i] = code;
  });
  return { ...report, posts };
}

/** The buffers of a packed report, to be transferred rather than copied. */
export function packedBuffers(packed: PackedBalanceReport): ArrayBuffer[] {
  const p = packed.posts;
  return [p.need, p.needRounded, p.headcount, p.ej, p.hasEj, p.standing].map((column) => column.buffer as ArrayBuffer);
}

/** Post row `i` of a packed report, whose post ids are `postIds`. */
export function postRowOf(packed: PackedPostRows, postIds: readonly string[], i: number): BalanceRow {
  return {
    id: postIds[i]!,
    need: packed.need[i]!,
    needRounded: packed.needRounded[i]!,
    headcount: packed.headcount[i]!,
    ej: packed.hasEj[i] ? packed.ej[i]! : null,
    standing: packed.standings[packed.standing[i]!]!,
  };
}
