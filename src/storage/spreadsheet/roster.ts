/**
 * Spreadsheet rows to employees: every row is read through the column mapping, given the defaults
 * the format allows (sex and birth date from the NIP, status PNS, ...), checked against the scenario's
 * units and posts and the other rows, and finally against the scenario schema. A bad row gives one
 * problem per bad cell, with the row number and column name the spreadsheet's user sees.
 */
import { parseNip } from '../../core/nip';
import { employeeSchema, type Employee, type Post, type Unit } from '../../core/scenario/schema';
import type { ColumnMapping, RosterField } from './fields';
import { cellText, type Cell, type SheetTable } from './table';
import {
  readDate, readEducationLevel, readInteger, readList, readNip, readPerformance, readPositionLevel, readPositionType,
  readRank, readSex, readSlug, readStatus, readWillingness, type Read,
} from './values';

export interface RowProblem {
  /** Row number as the spreadsheet shows it (the header is usually row 1). */
  row: number;
  /** The column's header in the file; empty when the field has no column. */
  column: string;
  field: RosterField;
  /** Problem code, translated by the page (`xchg.problem.<code>`), with its details. */
  code: string;
  params: Record<string, string | number>;
}

export interface RosterContext {
  units: readonly Unit[];
  posts: readonly Post[];
  /** The scenario's reference date: performance defaults to the year before it. */
  asOf: string;
  /** NIPs already in the scenario when the rows are added to it (empty when they replace it). */
  existingNips: ReadonlySet<string>;
}

export interface RosterResult {
  employees: Employee[];
  /** Row number of each employee. */
  employeeRows: number[];
  problems: RowProblem[];
  /** Rows with data (empty rows are not counted), and how many of them are bad. */
  dataRows: number;
  badRows: number;
}

const NIP_PROBLEMS: [RegExp, string][] = [
  [/^birth date/, 'nip-birth'], [/^TMT CPNS/, 'nip-tmt'], [/^appointment year/, 'nip-age'], [/^sex digit/, 'nip-sex'], [/^sequence/, 'nip-sequence'],
];

/** Finds posts by id, or by unit (id or name) and title, ignoring case. */
function postFinder(units: readonly Unit[], posts: readonly Post[]) {
  const fold = (s: string) => s.trim().toLowerCase();
  const postsById = new Map(posts.map((p) => [fold(p.id), p]));
  const unitByKey = new Map<string, Unit>();
  for (const u of units) {
    unitByKey.set(fold(u.id), u);
    if (!unitByKey.has(fold(u.name))) unitByKey.set(fold(u.name), u);
    if (u.code && !unitByKey.has(fold(u.code))) unitByKey.set(fold(u.code), u);
  }
  const byUnitTitle = new Map<string, Post>();
  for (const p of posts) {
    const k = `${p.unitId}\u0000${fold(p.title)}`;
    if (!byUnitTitle.has(k)) byUnitTitle.set(k, p);
  }
  return {
    unit: (text: string) => unitByKey.get(fold(text)),
    byId: (text: string) => postsById.get(fold(text)),
    inUnit: (unitId: string, title: string) => byUnitTitle.get(`${unitId}\u0000${fold(title)}`),
  };
}

/** Reads every data row of `table` as an employee. Cost: linear in the cells. */
export function readRoster(table: SheetTable, mapping: ColumnMapping, context: RosterContext): RosterResult {
  const find = postFinder(context.units, context.posts);
  const asOfYear = Number(context.asOf.slice(0, 4));
  const seen = new Map<string, number>();
  const result: RosterResult = { employees: [], employeeRows: [], problems: [], dataRows: 0, badRows: 0 };

  table.rows.forEach((cells, index) => {
    if (cells.every((c) => cellText(c) === '')) return;
    const row = table.firstRow + index;
    result.dataRows++;
    const problems: RowProblem[] = [];
    const column = (field: RosterField) => (mapping[field] === null ? '' : (table.headers[mapping[field]!] ?? ''));
    const cell = (field: RosterField): Cell => (mapping[field] === null ? null : (cells[mapping[field]!] ?? null));
    const has = (field: RosterField) => cellText(cell(field)) !== '';
    const report = (field: RosterField, code: string, params: Record<string, string | number> = {}) =>
      problems.push({ row, column: column(field), field, code, params });
    /** The cell's value; a missing required value or an unreadable one is reported, giving `fallback`. */
    const take = <T>(field: RosterField, read: (c: Cell) => Read<T>, fallback: T, required = false): T => {
      if (!has(field)) {
        if (required) report(field, 'required');
        return fallback;
      }
      const r = read(cell(field));
      if (r.ok) return r.value;
      report(field, r.code, r.params ?? {});
      return fallback;
    };

    const nip = take('nip', readNip, '', true);
    const status = take('status', readStatus, 'PNS' as const);
    const name = cellText(cell('name'));
    if (!name) report('name', 'required');
    else if (name.length > 200) report('name', 'too-long', { max: 200 });

    let fromNip: { birthDate: string; sex: 'L' | 'P'; appointed: string } | null = null;
    if (nip) {
      const parsed = parseNip(nip, status);
      if (parsed.ok) fromNip = parsed.value;
      else report('nip', NIP_PROBLEMS.find(([re]) => re.test(parsed.problem))?.[1] ?? 'nip-invalid', { value: nip });
      const first = seen.get(nip);
      if (first !== undefined) report('nip', 'duplicate', { first });
      else {
        seen.set(nip, row);
        if (context.existingNips.has(nip)) report('nip', 'exists');
      }
    }
    const sex = take('sex', readSex, fromNip?.sex ?? 'L');
    if (fromNip && has('sex') && sex !== fromNip.sex) report('sex', 'sex-nip', { nip: fromNip.sex });
    const birthDate = take('birthDate', readDate, fromNip?.birthDate ?? '');
    if (fromNip && has('birthDate') && birthDate && birthDate !== fromNip.birthDate) report('birthDate', 'birth-nip', { nip: fromNip.birthDate });

    const rank = take('rank', (c) => readRank(c, status), '', true);
    const positionType = take('positionType', readPositionType, 'pelaksana' as const, true);
    const positionLevel = take('positionLevel', readPositionLevel, null);
    if (has('positionType')) {
      if (positionType === 'fungsional' && positionLevel === null && !problems.some((p) => p.field === 'positionLevel')) report('positionLevel', 'level-needed');
      if (positionType !== 'fungsional' && positionLevel !== null) report('positionLevel', 'level-not-allowed');
    }
    const educationLevel = take('educationLevel', readEducationLevel, 'SLTA' as const, true);
    const educationField = has('educationField') ? readSlug(cell('educationField')) || 'umum' : 'umum';

    // The post: its id, or its title within the unit named in the unit column.
    let post: Post | undefined;
    const postText = cellText(cell('post'));
    const unitText = cellText(cell('unit'));
    if (postText) {
      const unit = unitText ? find.unit(unitText) : undefined;
      if (unitText && !unit) report('unit', 'unit-unknown', { value: unitText });
      post = unit ? find.inUnit(unit.id, postText) ?? find.byId(postText) : find.byId(postText);
      if (post && unit && post.unitId !== unit.id) post = undefined;
      if (!post && (unit || !unitText)) report('post', unit ? 'post-not-in-unit' : 'post-unknown', { value: postText, unit: unit?.name ?? '' });
    } else if (unitText) report('post', 'post-needed', { unit: unitText });

    let family = has('family') ? readSlug(cell('family')) : '';
    if (!family) family = post?.family ?? (positionType === 'fungsional' ? '' : positionType === 'pelaksana' ? 'pelaksana' : 'struktural');
    if (!family) report('family', 'family-needed');

    const appointed = fromNip ? (fromNip.appointed.length === 7 ? `${fromNip.appointed}-01` : `${fromNip.appointed}-01-01`) : '';
    const postSince = take('postSince', readDate, appointed);
    if (!postSince && !problems.some((p) => p.field === 'postSince')) report('postSince', 'required');
    if (postSince && birthDate && postSince < birthDate) report('postSince', 'before-birth');
    if (postSince && postSince > context.asOf) report('postSince', 'after-as-of', { asOf: context.asOf });

    const rating = take('performance', readPerformance, null as Employee['performance'][number]['rating'] | null);
    const year = take('performanceYear', (c) => readInteger(c, 1950, 2200), asOfYear - 1);
    const willingness = take('willingness', readWillingness, 'neutral' as const);
    const protectedText = cellText(cell('protected'));
    if (protectedText.length > 300) report('protected', 'too-long', { max: 300 });
    const retirementAgeOverride = take('retirementAgeOverride', (c) => readInteger(c, 40, 75), null as number | null);
    const notes = cellText(cell('notes'));
    if (notes.length > 2000) report('notes', 'too-long', { max: 2000 });

    if (problems.length === 0) {
      const employee: Employee = {
        nip, name, sex, birthDate, status, rank, positionType, positionLevel, family,
        education: { level: educationLevel, field: educationField },
        competences: readList(cell('competences')),
        postId: post?.id ?? null,
        postSince,
        performance: rating ? [{ year, rating }] : [],
        history: [],
        mobility: { willingness, preferredUnitIds: [] },
        protected: protectedText || null,
        retirementAgeOverride,
      };
      if (notes) employee.notes = notes;
      // The schema is the last word: anything it refuses is reported, with its own message.
      const checked = employeeSchema.safeParse(employee);
      if (checked.success) {
        result.employees.push(checked.data);
        result.employeeRows.push(row);
        return;
      }
      for (const issue of checked.error.issues) {
        problems.push({ row, column: '', field: 'nip', code: 'schema', params: { detail: `${issue.path.join('.')}: ${issue.message}` } });
      }
    }
    result.badRows++;
    for (const p of problems) result.problems.push(p);
  });
  return result;
}
