// AssemblyScript: the table of addresses that the caller of the runs (../runner.ts) writes into the
// module's memory, and the reading of its arrays. Every array lives in that one memory, at the
// addresses the table holds, past the module's own data (slot k at 8 * k from `tableAt()`, in the
// order of `SLOTS` in ../runner.ts); sizes and counts follow the arrays. Nothing is allocated here.

// Slots of the table (keep in step with `SLOTS` in ../runner.ts).
const PIECE_START = 0;
const PIECE_AGE = 1;
const PIECE_TOTAL = 2;
const PIECE_RATE = 3;
const POST_UNIT = 4;
const STEP_START = 5;
const STEP_MONTH = 6;
const STEP_POST = 7;
const STEP_FORMAL = 8;
const PERSON_ARRIVE = 9;
const PERSON_AGE = 10;
const PERSON_GROUP = 11;
const REPLACEMENT_GROUP = 12;
const REPLACEMENT_AGE = 13;
const REPLACEMENT_SERVICE = 14;
const BACKFILL_DELAY = 15;
const HIRE_MONTH = 16;
const POST_PROFILE = 17;
const PERSON_DEPART = 18;
const PERSON_MIX = 19;
const REPLACEMENT_FIRST = 20;
const REPLACEMENT_POST = 21;
const REPLACEMENT_ARRIVE = 22;
const REPLACEMENT_DEPART = 23;
const REPLACEMENT_LIMIT = 24;
const PROFILE_LIMIT = 25;
const UNIT_CHAIN_START = 26;
const UNIT_CHAIN_SPLIT = 27;
const CHAIN_PERSON = 28;
const CHAIN_MIX = 29;
const CHAIN_LIMIT = 30;
const CHAIN_REPLACED = 31;
const CHAIN_QUICK = 32;
const CHAIN_QUICK1 = 33;
const POST_LOCAL = 34;
const UNIT_POST_START = 35;
const UNIT_POSTS = 36;
const BLOCK_ROW = 37;
const CELL_ZERO = 38;
const CELL_LOWEST = 39;
const CELL_HIGHEST = 40;
const KEYS = 41;
const POST_CHANGE = 42;
const POST_BITS = 43;
const POST_WORDS = 44;
const TOUCHED = 45;
const SEEN = 46;
const UNIT_CHANGE = 47;
const UNIT_BITS = 48;
const CANDIDATES = 49;
const CANDIDATE_DRAWS = 50;
const POST_NEED_AT = 51;
const NEEDED_MONTHS = 52;
const CELL_STEP_START = 53;
const CELL_STEP_MONTH = 54;
const CELL_STEP_VALUE = 55;
const STEP_AT = 56;
const VACANCY = 57;
const UNIT_NEED = 58;
const RANKS = 59;
const OVERLOAD = 60;
const UNIT_STATS = 61;
const POST_NEED = 62;
const POST_STATS = 63;
const BLOCK = 64;
const SCALARS = 65;

export let pieceStart: usize = 0;
export let pieceAge: usize = 0;
export let pieceTotal: usize = 0;
export let pieceRate: usize = 0;
export let postUnit: usize = 0;
export let stepStart: usize = 0;
export let stepMonth: usize = 0;
export let stepPost: usize = 0;
export let stepFormal: usize = 0;
export let personArrive: usize = 0;
export let personAge: usize = 0;
export let personGroup: usize = 0;
export let replacementGroup: usize = 0;
export let replacementAge: usize = 0;
export let replacementService: usize = 0;
export let backfillDelay: usize = 0;
export let hireMonth: usize = 0;
export let postProfile: usize = 0;
export let personDepart: usize = 0;
export let personMix: usize = 0;
export let replacementFirst: usize = 0;
export let replacementPost: usize = 0;
export let replacementArrive: usize = 0;
export let replacementDepart: usize = 0;
export let replacementLimit: usize = 0;
export let profileLimit: usize = 0;
export let unitChainStart: usize = 0;
export let unitChainSplit: usize = 0;
export let chainPerson: usize = 0;
export let chainMix: usize = 0;
export let chainLimit: usize = 0;
export let chainReplaced: usize = 0;
export let chainQuick: usize = 0;
export let chainQuick1: usize = 0;
export let postLocal: usize = 0;
export let unitPostStart: usize = 0;
export let unitPosts: usize = 0;
export let blockRow: usize = 0;
export let cellZero: usize = 0;
export let cellLowest: usize = 0;
export let cellHighest: usize = 0;
export let keys: usize = 0;
export let postChange: usize = 0;
export let postBits: usize = 0;
export let postWords: usize = 0;
export let touched: usize = 0;
export let seen: usize = 0;
export let unitChange: usize = 0;
export let unitBits: usize = 0;
export let candidates: usize = 0;
export let candidateDraws: usize = 0;
export let postNeedAt: usize = 0;
export let neededMonths: usize = 0;
export let cellStepStart: usize = 0;
export let cellStepMonth: usize = 0;
export let cellStepValue: usize = 0;
export let stepAt: usize = 0;
export let vacancy: usize = 0;
export let unitNeed: usize = 0;
export let ranks: usize = 0;
export let overload: usize = 0;
export let unitStats: usize = 0;
export let postNeed: usize = 0;
export let postStats: usize = 0;
export let block: usize = 0;

export let months: i32 = 0;
export let words: i32 = 0;
export let nPosts: i32 = 0;
export let runs: i32 = 0;
/** The most posts of one unit. */
export let widest: i32 = 0;

/** Where the caller writes the table of addresses: after the module's static data (the logarithm's tables). */
const TABLE: usize = (__heap_base + 7) & ~(<usize>7);

/** The address of the table of addresses (the caller's arrays go after it). */
export function tableAt(): usize {
  return TABLE;
}

@inline export function slot(k: i32): usize {
  return <usize>load<u32>(TABLE + (<usize>k << 3));
}
@inline export function i32At(base: usize, i: i32): i32 {
  return load<i32>(base + (<usize>i << 2));
}
@inline export function setI32(base: usize, i: i32, v: i32): void {
  store<i32>(base + (<usize>i << 2), v);
}
@inline export function f64At(base: usize, i: i32): f64 {
  return load<f64>(base + (<usize>i << 3));
}
@inline export function u8At(base: usize, i: i32): i32 {
  return <i32>load<u8>(base + <usize>i);
}
@inline export function addI16(base: usize, i: i32, v: i32): void {
  const at = base + (<usize>i << 1);
  store<i16>(at, <i16>(<i32>load<i16>(at) + v));
}

/** Reads the table of addresses and the scalars; call once the caller has filled the memory. */
export function init(): void {
  pieceStart = slot(PIECE_START);
  pieceAge = slot(PIECE_AGE);
  pieceTotal = slot(PIECE_TOTAL);
  pieceRate = slot(PIECE_RATE);
  postUnit = slot(POST_UNIT);
  stepStart = slot(STEP_START);
  stepMonth = slot(STEP_MONTH);
  stepPost = slot(STEP_POST);
  stepFormal = slot(STEP_FORMAL);
  personArrive = slot(PERSON_ARRIVE);
  personAge = slot(PERSON_AGE);
  personGroup = slot(PERSON_GROUP);
  replacementGroup = slot(REPLACEMENT_GROUP);
  replacementAge = slot(REPLACEMENT_AGE);
  replacementService = slot(REPLACEMENT_SERVICE);
  backfillDelay = slot(BACKFILL_DELAY);
  hireMonth = slot(HIRE_MONTH);
  postProfile = slot(POST_PROFILE);
  personDepart = slot(PERSON_DEPART);
  personMix = slot(PERSON_MIX);
  replacementFirst = slot(REPLACEMENT_FIRST);
  replacementPost = slot(REPLACEMENT_POST);
  replacementArrive = slot(REPLACEMENT_ARRIVE);
  replacementDepart = slot(REPLACEMENT_DEPART);
  replacementLimit = slot(REPLACEMENT_LIMIT);
  profileLimit = slot(PROFILE_LIMIT);
  unitChainStart = slot(UNIT_CHAIN_START);
  unitChainSplit = slot(UNIT_CHAIN_SPLIT);
  chainPerson = slot(CHAIN_PERSON);
  chainMix = slot(CHAIN_MIX);
  chainLimit = slot(CHAIN_LIMIT);
  chainReplaced = slot(CHAIN_REPLACED);
  chainQuick = slot(CHAIN_QUICK);
  chainQuick1 = slot(CHAIN_QUICK1);
  postLocal = slot(POST_LOCAL);
  unitPostStart = slot(UNIT_POST_START);
  unitPosts = slot(UNIT_POSTS);
  blockRow = slot(BLOCK_ROW);
  cellZero = slot(CELL_ZERO);
  cellLowest = slot(CELL_LOWEST);
  cellHighest = slot(CELL_HIGHEST);
  keys = slot(KEYS);
  postChange = slot(POST_CHANGE);
  postBits = slot(POST_BITS);
  postWords = slot(POST_WORDS);
  touched = slot(TOUCHED);
  seen = slot(SEEN);
  unitChange = slot(UNIT_CHANGE);
  unitBits = slot(UNIT_BITS);
  candidates = slot(CANDIDATES);
  candidateDraws = slot(CANDIDATE_DRAWS);
  postNeedAt = slot(POST_NEED_AT);
  neededMonths = slot(NEEDED_MONTHS);
  cellStepStart = slot(CELL_STEP_START);
  cellStepMonth = slot(CELL_STEP_MONTH);
  cellStepValue = slot(CELL_STEP_VALUE);
  stepAt = slot(STEP_AT);
  vacancy = slot(VACANCY);
  unitNeed = slot(UNIT_NEED);
  ranks = slot(RANKS);
  overload = slot(OVERLOAD);
  unitStats = slot(UNIT_STATS);
  postNeed = slot(POST_NEED);
  postStats = slot(POST_STATS);
  block = slot(BLOCK);
  const scalars = slot(SCALARS);
  months = i32At(scalars, 0);
  words = i32At(scalars, 1);
  nPosts = i32At(scalars, 2);
  runs = i32At(scalars, 3);
  widest = i32At(scalars, 4);
}
