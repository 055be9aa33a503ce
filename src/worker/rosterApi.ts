/**
 * The worker's roster calls: a spreadsheet is read and kept here (its rows never cross to the page),
 * checked against a stored scenario, and its good rows imported.
 */
import type { Scenario } from '../core/scenario/schema';
import type { ColumnMapping } from '../storage/spreadsheet/fields';
import type { RosterCheck, RosterImportResponse, RosterMode, RosterSheetInfo } from '../storage/spreadsheet/rosterImport';
import type { SheetTable } from '../storage/spreadsheet/table';
import type { StoredScenarios } from './stored';

export function rosterApi(stored: StoredScenarios) {
  const repo = () => stored.repo();
  /** The roster spreadsheet read last. */
  let roster: { table: SheetTable; fileName: string } | null = null;
  /** The scenario a roster is checked against, read once per revision (no content hash needed here). */
  let rosterBase: { id: string; revision: number; scenario: Scenario } | null = null;
  async function rosterScenario(id: string): Promise<{ revision: number; scenario: Scenario }> {
    const repository = await repo();
    const revision = await repository.revision(id);
    if (rosterBase?.id === id && rosterBase.revision === revision) return rosterBase;
    const kept = stored.kept(id, revision);
    if (kept) rosterBase = { id, revision, scenario: kept };
    else {
      const loaded = await repository.load(id);
      if (!loaded) throw new Error(`scenario ${id} is not stored`);
      rosterBase = { id, revision: loaded.revision, scenario: loaded.scenario };
    }
    return rosterBase;
  }

  return {
    /** Reads a roster spreadsheet (CSV or XLSX) and keeps it here for the check and the import. */
    async readRosterFile(file: Blob, fileName: string): Promise<RosterSheetInfo> {
      const [{ readSheetFile, SheetReadError }, { sheetInfo }] = await Promise.all([
        import('../storage/spreadsheet/table'), import('../storage/spreadsheet/rosterImport'),
      ]);
      roster = null;
      try {
        const table = await readSheetFile(file, fileName);
        roster = { table, fileName };
        return sheetInfo(table, fileName);
      } catch (error) {
        const code = error instanceof SheetReadError ? error.code : 'unreadable';
        return { ok: false, code, detail: (error as Error).message };
      }
    },

    /** Checks every row of the roster read last against the stored scenario `id`; writes nothing. */
    async checkRoster(id: string, mapping: ColumnMapping, mode: RosterMode): Promise<RosterCheck> {
      if (!roster) throw new Error('no roster file has been read');
      const { scenario, revision } = await rosterScenario(id);
      const { checkRosterRows, summarizeCheck } = await import('../storage/spreadsheet/rosterImport');
      return summarizeCheck(checkRosterRows(roster.table, mapping, scenario, mode), revision);
    },

    /**
     * Imports the good rows of the roster read last. Refused when the scenario changed since the
     * check (`revision`); the whole resulting scenario is validated before anything is written.
     */
    async importRoster(id: string, mapping: ColumnMapping, mode: RosterMode, revision: number, newName: string): Promise<RosterImportResponse> {
      if (!roster) return { ok: false, code: 'no-file', detail: '' };
      const base = await rosterScenario(id);
      if (base.revision !== revision) return { ok: false, code: 'changed', detail: '' };
      const { scenario } = base;
      const [{ checkRosterRows, applyRoster }, { parseScenario, formatProblem }] = await Promise.all([
        import('../storage/spreadsheet/rosterImport'), import('../core/scenario/validate'),
      ]);
      const started = performance.now();
      const rows = checkRosterRows(roster.table, mapping, scenario, mode);
      if (rows.employees.length === 0) return { ok: false, code: 'nothing', detail: '' };
      const checked = performance.now();
      const repository = await repo();
      const target = mode === 'new' ? { id: await repository.freeId(`${id}-impor`), name: newName.trim().slice(0, 200) || scenario.meta.name } : undefined;
      const next = applyRoster(scenario, rows.employees, mode, new Date().toISOString(), target);
      const parsed = parseScenario(next.scenario);
      if (!parsed.ok) return { ok: false, code: 'invalid', detail: parsed.problems.slice(0, 20).map(formatProblem).join('\n') };
      const validated = performance.now();
      await repository.save(next.scenario);
      const timings = { rows: checked - started, validate: validated - checked, save: performance.now() - validated };
      roster = null;
      rosterBase = null;
      return { ok: true, id: next.scenario.meta.id, name: next.scenario.meta.name, imported: rows.employees.length, droppedEvents: next.droppedEvents, droppedPlans: next.droppedPlans, timings };
    },
  };
}
