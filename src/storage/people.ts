/**
 * The people of the scenario open on the page. A large agency's people stay as the text of their
 * stored blocks (see blocks.ts) plus a few columns (NIP, name, post, retirement date, status), taken
 * from the digests when opening a stored agency; a person's whole record is parsed from their block
 * when a view asks for it, and only a few blocks are kept parsed at a time. 100k people held as
 * objects make the page's garbage collections copy and mark about 1.5 million objects, in pauses of
 * 50 to 150 ms; as block texts and columns they are a few hundred buffers and a few arrays.
 *
 * A `People` never changes: an edit gives a new one (`with`), sharing what did not change.
 */
import { employeeRetirementDate } from '../core/employee';
import type { AsnStatus } from '../core/nip';
import type { Employee } from '../core/scenario/schema';
import { foldName, searchIndexes } from '../core/search';
import { BLOCK_SIZE } from './blocks';
import { TextPool } from './texts';

/** Blocks of text kept parsed at a time (a unit's people usually lie in one or two). */
const PARSED_BLOCKS = 12;

/** The columns of every person, by position in the scenario. */
export interface PeopleColumns {
  nips: string[];
  names: string[];
  /** The names as the search compares them (`foldName`). */
  folded: string[];
  posts: (string | null)[];
  /** Date each person's retirement takes effect (`employeeRetirementDate`). */
  retires: string[];
  statuses: AsnStatus[];
  /**
   * Position by NIP, filled as the columns are (indexed at once, 100k NIPs take 40 to 50 ms, too
   * long a task for the page). Never changed once the columns are in a `People`.
   */
  byNip: Map<string, number>;
}

export function emptyColumns(): PeopleColumns {
  return { nips: [], names: [], folded: [], posts: [], retires: [], statuses: [], byNip: new Map() };
}

/** Adds the next person's columns (the name is folded for the search here). */
export function addColumns(c: PeopleColumns, nip: string, name: string, postId: string | null, retires: string, status: AsnStatus): void {
  c.byNip.set(nip, c.nips.length);
  c.nips.push(nip);
  c.names.push(name);
  c.folded.push(foldName(name));
  c.posts.push(postId);
  c.retires.push(retires);
  c.statuses.push(status);
}

/** What a search shows of a person, from the columns (no block is parsed for it). */
export interface PersonMatch {
  nip: string;
  name: string;
  postId: string | null;
  status: AsnStatus;
}

/**
 * Takes a scenario's blocks of people one at a time, as their stored text or its UTF-8 bytes (`add`
 * gives the number of people so far).
 */
export interface PeopleBuilder {
  add(block: string | Uint8Array): number;
  /** Whether each block is parsed as it is added (no columns were known). */
  readonly parsing: boolean;
  done(): People;
}

export class People {
  /** Parsed blocks of text, most recently used last. */
  private readonly parsedOrder: number[] = [];

  private constructor(
    private readonly columns: PeopleColumns,
    /**
     * Per block: its stored JSON text as UTF-8 bytes (kept outside the JavaScript heap, which the
     * garbage collector then neither copies nor marks), or null when the block exists only as
     * objects (`parsed`).
     */
    private readonly texts: readonly (Uint8Array | null)[],
    /** Per block: its people as objects, or null when not parsed (then its text is there). */
    private readonly parsed: (readonly Employee[] | null)[],
  ) {}

  /** People held as the objects given (a scenario that is not large, or made on the page). */
  static of(employees: readonly Employee[]): People {
    const columns = emptyColumns();
    for (const e of employees) addColumns(columns, e.nip, e.name, e.postId, employeeRetirementDate(e), statusOf(e));
    const parsed: Employee[][] = [];
    for (let from = 0; from < employees.length; from += BLOCK_SIZE) parsed.push(employees.slice(from, from + BLOCK_SIZE));
    return new People(columns, parsed.map(() => null), parsed);
  }

  /**
   * Builds people kept as the text of their blocks, given one block at a time in order (each a JSON
   * array of BLOCK_SIZE people but the last, as text or bytes), kept as bytes, texts let go at once, so that a
   * large agency's texts never pile up in the heap. With `known`, the columns of the same stored
   * revision read from its digests, no block is parsed: parsing 100 MB of blocks on the page makes
   * garbage collections of 50 to 180 ms. Without, each block is parsed once for the columns.
   */
  static builder(known?: PeopleColumns): PeopleBuilder {
    const bytes: Uint8Array[] = [];
    // The posts and dates repeat from person to person: one string of each is kept.
    const pool = new TextPool();
    const columnsOf = (columns: PeopleColumns, block: readonly Employee[]) => {
      for (const e of block) {
        addColumns(columns, e.nip, e.name, e.postId === null ? null : pool.share(e.postId), pool.share(employeeRetirementDate(e)), statusOf(e));
      }
    };
    const parsedColumns = emptyColumns();
    return {
      parsing: !known,
      add(block: string | Uint8Array): number {
        const b = typeof block === 'string' ? utf8(block) : block;
        bytes.push(b);
        if (known) return Math.min(bytes.length * BLOCK_SIZE, known.nips.length);
        columnsOf(parsedColumns, typeof block === 'string' ? JSON.parse(block) as Employee[] : parse(b));
        return parsedColumns.nips.length;
      },
      done: () => {
        let columns = known ?? parsedColumns;
        if (known && bytes.length !== Math.ceil(known.nips.length / BLOCK_SIZE)) {
          // Columns that do not cover the blocks (they should not happen): the blocks tell instead.
          columns = emptyColumns();
          for (const b of bytes) columnsOf(columns, parse(b));
        }
        return new People(columns, bytes, bytes.map(() => null));
      },
    };
  }

  get count(): number {
    return this.columns.nips.length;
  }

  nip(i: number): string {
    return this.columns.nips[i]!;
  }

  name(i: number): string {
    return this.columns.names[i]!;
  }

  /** The post person i holds (null when unplaced). */
  postOf(i: number): string | null {
    return this.columns.posts[i]!;
  }

  /** The date person i's retirement takes effect. */
  retires(i: number): string {
    return this.columns.retires[i]!;
  }

  /** Person i's whole record (parsed from its block when needed). */
  at(i: number): Employee {
    if (!(i >= 0 && i < this.count)) throw new RangeError(`no person at position ${i} of ${this.count}`);
    const b = Math.floor(i / BLOCK_SIZE);
    return this.block(b)[i - b * BLOCK_SIZE]!;
  }

  /** Position of the person with this NIP, or -1. */
  indexOf(nip: string): number {
    return this.columns.byNip.get(nip) ?? -1;
  }

  /** The name of the person with this NIP (without reading their whole record). */
  nameOf(nip: string): string | undefined {
    const i = this.indexOf(nip);
    return i < 0 ? undefined : this.name(i);
  }

  /** The ASN status of the person with this NIP (without reading their whole record). */
  statusOf(nip: string): AsnStatus | undefined {
    const i = this.indexOf(nip);
    return i < 0 ? undefined : this.columns.statuses[i];
  }

  /** The person with this NIP. */
  get(nip: string): Employee | undefined {
    const i = this.indexOf(nip);
    return i < 0 ? undefined : this.at(i);
  }

  /**
   * Positions of the people who hold each of these posts, in scenario order: one pass over the
   * post column (a few milliseconds at 100k), where an index of every post would take longer to
   * build than the few views that ask.
   */
  inPosts(postIds: readonly string[]): Map<string, number[]> {
    const found = new Map<string, number[]>(postIds.map((id) => [id, []]));
    const posts = this.columns.posts;
    for (let i = 0; i < posts.length; i++) {
      const p = posts[i];
      if (p !== null) found.get(p!)?.push(i);
    }
    return found;
  }

  /**
   * Up to `limit` people matching a name or NIP query (see `searchIndexes`), as the columns give
   * them: matches lie in as many blocks as there are matches, too many to parse for a list.
   */
  search(query: string, limit: number): PersonMatch[] {
    const c = this.columns;
    return searchIndexes(c.nips, c.folded, query, limit).map((i) => ({ nip: c.nips[i]!, name: c.names[i]!, postId: c.posts[i]!, status: c.statuses[i]! }));
  }

  /** Every person as an object; parses every block of a large agency (for work on the whole agency). */
  all(): Employee[] {
    const out: Employee[] = [];
    for (let b = 0; b < this.texts.length; b++) {
      for (const e of this.peek(b)) out.push(e);
    }
    return out;
  }

  /** `all()`, awaiting `pause` between blocks (time slices on the page). */
  async allSliced(pause: () => Promise<void>): Promise<Employee[]> {
    const out: Employee[] = [];
    for (let b = 0; b < this.texts.length; b++) {
      for (const e of this.peek(b)) out.push(e);
      await pause();
    }
    return out;
  }

  /** These people with person i replaced by `e`. */
  with(i: number, e: Employee): People {
    const b = Math.floor(i / BLOCK_SIZE);
    const block = this.block(b).slice();
    block[i - b * BLOCK_SIZE] = e;
    const was = this.columns;
    const renamed = was.names[i] !== e.name;
    const renumbered = was.nips[i] !== e.nip;
    const columns: PeopleColumns = {
      nips: was.nips.slice(), names: was.names.slice(), folded: renamed ? was.folded.slice() : was.folded,
      posts: was.posts.slice(), retires: was.retires.slice(), statuses: was.statuses.slice(),
      byNip: renumbered ? new Map(was.byNip) : was.byNip,
    };
    if (renumbered) {
      if (columns.byNip.get(was.nips[i]!) === i) columns.byNip.delete(was.nips[i]!);
      columns.byNip.set(e.nip, i);
    }
    columns.nips[i] = e.nip;
    columns.names[i] = e.name;
    if (renamed) columns.folded[i] = foldName(e.name);
    columns.posts[i] = e.postId;
    columns.retires[i] = employeeRetirementDate(e);
    columns.statuses[i] = statusOf(e);
    const texts = this.texts.slice();
    texts[b] = null;
    const parsed = this.parsed.map((p, k) => (this.texts[k] === null ? p : null));
    parsed[b] = block;
    return new People(columns, texts, parsed);
  }

  /** Block b's people, parsed afresh when not held (and not kept: for passes over every block). */
  private peek(b: number): readonly Employee[] {
    return this.parsed[b] ?? parse(this.texts[b]!);
  }

  private block(b: number): readonly Employee[] {
    const held = this.parsed[b];
    if (held) {
      if (this.texts[b] !== null) this.used(b);
      return held;
    }
    const block = parse(this.texts[b]!);
    this.parsed[b] = block;
    this.used(b);
    return block;
  }

  /** Marks a block of text as just used, letting go of the least recently used beyond the limit. */
  private used(b: number): void {
    const at = this.parsedOrder.indexOf(b);
    if (at >= 0) this.parsedOrder.splice(at, 1);
    this.parsedOrder.push(b);
    while (this.parsedOrder.length > PARSED_BLOCKS) this.parsed[this.parsedOrder.shift()!] = null;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

let scratch = new Uint8Array(0);

/** The UTF-8 bytes of a text, in a buffer of their exact size (written once into a scratch reused from text to text). */
function utf8(text: string): Uint8Array {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, scratch);
  return scratch.slice(0, written);
}

function parse(bytes: Uint8Array): Employee[] {
  return JSON.parse(decoder.decode(bytes)) as Employee[];
}

/** The status as one of two constant strings (not a string per person). */
export const statusOf = (e: Employee): AsnStatus => (e.status === 'PPPK' ? 'PPPK' : 'PNS');
