/**
 * The steps of a roster import, for the import page: a file read by the worker, the column mapping
 * (remembered per header set), the check of every row, and the import the user agrees to. The rows
 * stay in the worker; the page holds the headers, a few sample rows and the check's report.
 */
import { missingRequired, type ColumnMapping, type RosterField } from '../../storage/spreadsheet/fields';
import { recallMapping, rememberMapping } from '../../storage/spreadsheet/mappingMemory';
import type { RosterCheck, RosterImportResponse, RosterMode, RosterSheetInfo } from '../../storage/spreadsheet/rosterImport';
import type { Engine } from '../../state/engine';
import type { ScenarioState } from '../../state/scenario.svelte';

type SheetInfo = Extract<RosterSheetInfo, { ok: true }>;
export type Busy = 'reading' | 'checking' | 'importing' | null;

function store(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** A performance mark for measurements (absent outside the browser). */
function mark(name: string): void {
  globalThis.performance?.mark?.(name);
}

export class RosterImportFlow {
  busy = $state<Busy>(null);
  info = $state.raw<SheetInfo | null>(null);
  error = $state.raw<{ code: string; detail: string } | null>(null);
  mapping = $state.raw<ColumnMapping | null>(null);
  remembered = $state(false);
  mode = $state<RosterMode>('new');
  newName = $state('');
  check = $state.raw<RosterCheck | null>(null);
  done = $state.raw<Extract<RosterImportResponse, { ok: true }> | null>(null);

  missing = $derived(this.mapping ? missingRequired(this.mapping) : []);

  constructor(
    private readonly scenario: ScenarioState,
    private readonly engine: Engine,
  ) {}

  reset(): void {
    this.info = null;
    this.error = null;
    this.mapping = null;
    this.check = null;
    this.done = null;
  }

  /** Reads the file in the worker and proposes a mapping (remembered, or guessed from the headers). */
  async chooseFile(file: File, defaultName: (fileName: string) => string): Promise<void> {
    this.reset();
    this.busy = 'reading';
    mark('seimbang:roster-read-start');
    try {
      const info = await this.engine.readRosterFile(file, file.name);
      mark('seimbang:roster-read-done');
      if (!info.ok) {
        this.error = { code: info.code, detail: info.detail };
        return;
      }
      const { mapping, remembered } = recallMapping(store(), info.headers);
      this.info = info;
      this.mapping = mapping;
      this.remembered = remembered;
      this.newName = defaultName(file.name.replace(/\.[^.]+$/, ''));
    } catch (error) {
      this.error = { code: 'failed', detail: (error as Error).message };
    } finally {
      this.busy = null;
    }
  }

  setColumn(field: RosterField, column: number | null): void {
    if (!this.mapping) return;
    this.mapping = { ...this.mapping, [field]: column };
    this.check = null;
  }

  setMode(mode: RosterMode): void {
    this.mode = mode;
    this.check = null;
  }

  /** Checks every row in the worker (nothing is written) and remembers the mapping for these headers. */
  async runCheck(): Promise<void> {
    const id = this.scenario.scenario?.meta.id;
    if (!id || !this.info || !this.mapping || this.missing.length > 0) return;
    this.busy = 'checking';
    this.error = null;
    try {
      await this.scenario.flushed();
      mark('seimbang:roster-check-start');
      this.check = await this.engine.checkRoster(id, this.mapping, this.mode);
      mark('seimbang:roster-check-done');
      rememberMapping(store(), this.info.headers, this.mapping);
    } catch (error) {
      this.error = { code: 'failed', detail: (error as Error).message };
    } finally {
      this.busy = null;
    }
  }

  /** Imports the good rows (the worker validates the whole scenario before it writes), then opens the scenario. */
  async runImport(): Promise<void> {
    const id = this.scenario.scenario?.meta.id;
    if (!id || !this.mapping || !this.check || this.check.goodRows === 0) return;
    this.busy = 'importing';
    this.error = null;
    mark('seimbang:roster-import-start');
    try {
      const result = await this.engine.importRoster(id, this.mapping, this.mode, this.check.revision, this.newName);
      mark('seimbang:roster-import-stored');
      if (!result.ok) {
        this.error = { code: result.code, detail: result.detail };
        if (result.code === 'changed') this.check = null;
        return;
      }
      await this.scenario.openScenario(result.id);
      await this.scenario.refreshList();
      mark('seimbang:roster-import-opened');
      this.done = result;
      this.info = null;
      this.check = null;
    } catch (error) {
      this.error = { code: 'failed', detail: (error as Error).message };
    } finally {
      this.busy = null;
    }
  }
}
