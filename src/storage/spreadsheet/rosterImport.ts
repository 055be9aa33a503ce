/**
 * The import of a checked roster into a scenario: replace its people, add to them, or make a new
 * scenario from its units and posts. Pure: the worker reads the file and the database around it.
 */
import type { Employee, Scenario } from '../../core/scenario/schema';
import type { ColumnMapping } from './fields';
import { readRoster, type RosterResult, type RowProblem } from './roster';
import { cellText, type SheetTable } from './table';

export type RosterMode = 'replace' | 'add' | 'new';

/** What the page is told about a file it has chosen: enough to map its columns and preview it. */
export type RosterSheetInfo =
  | { ok: true; fileName: string; kind: 'csv' | 'xlsx'; headers: string[]; firstRow: number; dataRows: number; sample: string[][] }
  | { ok: false; code: string; detail: string };

/** The check of every row: counts, every problem, and the first good rows as they will be stored. */
export interface RosterCheck {
  dataRows: number;
  goodRows: number;
  badRows: number;
  problems: RowProblem[];
  preview: { row: number; employee: Employee }[];
  /** Revision of the scenario checked against; the import is refused if it has changed since. */
  revision: number;
}

export type RosterImportResponse =
  | {
      ok: true; id: string; name: string; imported: number; droppedEvents: number; droppedPlans: number;
      /** Milliseconds in the worker: reading the rows, validating the whole scenario, writing it. */
      timings: { rows: number; validate: number; save: number };
    }
  | { ok: false; code: 'changed' | 'nothing' | 'invalid' | 'no-file'; detail: string };

/** The sheet's headers and first rows as text, for the mapping and preview steps. */
export function sheetInfo(table: SheetTable, fileName: string, sampleRows = 5): RosterSheetInfo {
  const dataRows = table.rows.filter((r) => r.some((c) => cellText(c) !== '')).length;
  const sample = table.rows.slice(0, sampleRows).map((r) => table.headers.map((_, i) => cellText(r[i])));
  return { ok: true, fileName, kind: table.kind, headers: table.headers, firstRow: table.firstRow, dataRows, sample };
}

/** Reads the rows against the scenario (its NIPs count as taken when adding). */
export function checkRosterRows(table: SheetTable, mapping: ColumnMapping, s: Scenario, mode: RosterMode): RosterResult {
  return readRoster(table, mapping, {
    units: s.units, posts: s.posts, asOf: s.meta.asOf,
    existingNips: mode === 'add' ? new Set(s.employees.map((e) => e.nip)) : new Set<string>(),
  });
}

export function summarizeCheck(result: RosterResult, revision: number, previewRows = 5): RosterCheck {
  return {
    dataRows: result.dataRows, goodRows: result.employees.length, badRows: result.badRows, problems: result.problems,
    preview: result.employees.slice(0, previewRows).map((employee, i) => ({ row: result.employeeRows[i]!, employee })),
    revision,
  };
}

/**
 * The scenario after the import. Replacing or starting anew drops the planned transfers and saved
 * plans that name people no longer there (they could not be applied); adding keeps everything.
 */
export function applyRoster(
  s: Scenario, employees: Employee[], mode: RosterMode, now: string, newScenario?: { id: string; name: string },
): { scenario: Scenario; droppedEvents: number; droppedPlans: number } {
  const people = mode === 'add' ? [...s.employees, ...employees] : employees;
  const nips = new Set(people.map((e) => e.nip));
  const events = s.events.filter((ev) => ev.type !== 'planned-transfer' || nips.has(ev.nip));
  const plans = s.plans.filter((p) => p.moves.every((m) => nips.has(m.nip)));
  const meta = mode === 'new'
    ? { ...s.meta, id: newScenario!.id, name: newScenario!.name, parentId: s.meta.id, createdAt: now, updatedAt: now, fictional: false }
    : { ...s.meta, updatedAt: now, fictional: mode === 'add' ? s.meta.fictional : false };
  return {
    scenario: { ...s, meta, employees: people, events, plans },
    droppedEvents: s.events.length - events.length,
    droppedPlans: s.plans.length - plans.length,
  };
}
