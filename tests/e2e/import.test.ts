/**
 * Roster spreadsheets in the real browser: the example roster imported through the import page and
 * seen in the app; the shipped files downloaded from the same origin; a table exported as a real
 * download; and a 10,000-row CSV imported into the 10k scenario while the page stays responsive
 * (no main-thread task over 50 ms while the file is read, checked and stored by the worker).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateScenario, serializeScenario } from '../../scripts/sample/generate';
import type { Scenario } from '../../src/core/scenario/schema';
import { CSV_EXCEL_ID, toCsv } from '../../src/storage/spreadsheet/csv';
import { rosterTable } from '../../src/storage/spreadsheet/rosterTable';
import { foreignRequests, openApp, screenshot, type Session } from './browser';

const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'seimbang-import-'));
const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;

type Timed = { start: number; duration: number };

describe('roster spreadsheets in the browser', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openApp(baseUrl);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('imports the example roster into a new scenario through the page and shows its people', async () => {
    const page = session.page;
    await page.getByTestId('nav-scenarios').click();
    await page.getByTestId('roster-import-link').click();
    await page.waitForSelector('[data-testid="roster-import-page"]');
    await page.getByTestId('roster-file').setInputFiles('public/roster-example.csv');
    await page.waitForSelector('[data-testid="mapping-step"]');
    await expect(page.getByTestId('roster-status').textContent()).resolves.toContain('283 baris data, 21 kolom');
    await page.getByTestId('roster-check').click();
    await expect(page.getByTestId('check-summary').textContent()).resolves.toContain('Semua 283 baris benar.');
    await screenshot(page, 'roster-import-check-id-1366x900');
    await page.getByTestId('roster-import').click();
    await page.waitForSelector('[data-testid="roster-done"]');
    await expect(page.getByTestId('roster-done').textContent()).resolves.toContain('283 pegawai diimpor');
    // The new scenario is open: its dashboard counts everyone placed, and a person's page shows them.
    await page.goto(`${baseUrl}#/`);
    await page.waitForSelector('[data-testid="unit-table"]');
    const staff = await page.locator('[data-testid="unit-table"] tbody tr td:nth-child(3)').allTextContents();
    expect(staff.reduce((sum, t) => sum + Number(t), 0)).toBe(sample.employees.filter((e) => e.postId !== null).length);
    await expect(page.locator('.scenario-bar strong').textContent()).resolves.toContain('impor roster-example');
    const person = sample.employees[5]!;
    await page.goto(`${baseUrl}#/employee/${person.nip}`);
    await page.waitForSelector(`text=${person.name}`);
  }, 120_000);

  it('reads an XLSX file in the worker: the template\'s example row, imported into a new scenario', async () => {
    const page = session.page;
    await page.goto(`${baseUrl}#/import`);
    await page.getByTestId('roster-file').setInputFiles('public/roster-template.xlsx');
    await page.waitForSelector('[data-testid="preview-step"]');
    await expect(page.getByTestId('roster-status').textContent()).resolves.toContain('1 baris data, 21 kolom');
    await page.getByTestId('roster-check').click();
    await expect(page.getByTestId('check-summary').textContent()).resolves.toContain('Semua 1 baris benar.');
    await page.getByTestId('roster-import').click();
    await expect(page.getByTestId('roster-done').textContent({ timeout: 30_000 })).resolves.toContain('1 pegawai diimpor');
  }, 60_000);

  it('serves the example and the template from the same origin', async () => {
    await session.page.goto(`${baseUrl}#/import`);
    await session.page.waitForSelector('[data-testid="roster-file"]');
    const files = await session.page.evaluate(async () => {
      const get = async (name: string) => {
        const response = await fetch(`./${name}`);
        return { status: response.status, size: (await response.arrayBuffer()).byteLength, type: response.headers.get('content-type') };
      };
      return Promise.all(['roster-example.csv', 'roster-example.xlsx', 'roster-template.csv', 'roster-template.xlsx'].map(get));
    });
    for (const f of files) {
      expect(f.status).toBe(200);
      expect(f.size).toBeGreaterThan(400);
    }
    expect(await session.page.locator('a[href="./roster-template.xlsx"][download]').count()).toBe(1);
  });

  it('downloads the unit table as a real CSV file', async () => {
    const page = session.page;
    await page.goto(`${baseUrl}#/`);
    await page.waitForSelector('[data-testid="export-csv"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/-tabel-unit-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFUnit kerja;Kode unit;Kebutuhan;')).toBe(true);
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(sample.units.length + 1);
    expect(text).toContain(`${sample.units[0]!.name};${sample.units[0]!.code};`);
  });

  it('downloads the move list of a plan with its reasons and cost parts', async () => {
    const page = session.page;
    await page.goto(`${baseUrl}#/scenarios`);
    await page.getByTestId('create-sample').click();
    await page.waitForFunction(() => document.querySelector('.scenario-bar strong')?.textContent?.includes('Nanggalo'));
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('propose').click();
    await page.waitForSelector('[data-testid="move-list"] tbody tr[data-nip]', { timeout: 60_000 });
    const first = await page.locator('[data-testid="move-list"] tbody tr[data-nip]').first().getAttribute('data-nip');
    await page.getByTestId('export-moves').getByTestId('export-dialect').selectOption('standard');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-moves').getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/-daftar-mutasi-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8').split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toContain('NIP,Nama,Unit asal,Jabatan asal,Unit tujuan,Jabatan tujuan,Jenis,TMT,Tanggal kembali,Status,Ringkasan alasan');
    const moves = await page.evaluate(() => document.querySelectorAll('[data-testid="move-list"] tbody tr[data-nip]').length);
    expect(lines.length - 1).toBeGreaterThanOrEqual(moves);
    expect(lines.some((l) => l.startsWith(`${first},`))).toBe(true);
    expect(lines[1]).toContain('EJ jabatan tujuan');
  }, 120_000);

  it('imports a 10,000-row CSV into the 10k scenario without a main-thread task over 50 ms', async () => {
    const page = session.page;
    // The agency's units and posts without its people, as a first import would start: the page then
    // holds no 10k roster of its own whose garbage collection would blur the measurement.
    const agency = generateScenario({ seed: 7, employees: 10_000 });
    const scenarioFile = join(dir, 'agency-10k-posts.json');
    const rosterFile = join(dir, 'roster-10k.csv');
    const events = agency.events.filter((e) => e.type !== 'planned-transfer');
    writeFileSync(scenarioFile, serializeScenario({ ...agency, employees: [], events, plans: [] }));
    writeFileSync(rosterFile, toCsv(rosterTable(agency), CSV_EXCEL_ID));
    await page.goto(`${baseUrl}#/scenarios`);
    await page.getByTestId('import-file').setInputFiles(scenarioFile);
    await page.waitForSelector('[data-testid="import-outcome"] .ok', { timeout: 120_000 });

    await page.goto(`${baseUrl}#/import`);
    await page.waitForSelector('[data-testid="roster-file"]');
    await page.waitForTimeout(1500); // let the page settle (and collect the scenario import's garbage) before measuring
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: Timed[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
    });
    await page.waitForTimeout(2000); // an idle stretch first, to show the long tasks the page has anyway
    const idle = await page.evaluate(() => (window as unknown as { longTasks: Timed[] }).longTasks.map((t) => Math.round(t.duration)));
    const started = Date.now();
    await page.getByTestId('roster-file').setInputFiles(rosterFile);
    await page.waitForSelector('[data-testid="mapping-step"]', { timeout: 60_000 });
    await page.getByTestId('mode-replace').check();
    await page.getByTestId('roster-check').click();
    await page.waitForSelector('[data-testid="check-summary"]', { timeout: 60_000 });
    await expect(page.getByTestId('check-summary').textContent()).resolves.toContain('Semua 10000 baris benar.');
    await page.getByTestId('roster-import').click();
    await page.waitForSelector('[data-testid="roster-done"]', { timeout: 120_000 });
    const wall = Date.now() - started;
    const inWorker = JSON.parse((await page.getByTestId('roster-done').getAttribute('data-timings'))!) as Record<string, number>;
    await expect(page.getByTestId('roster-done').textContent()).resolves.toContain('10000 pegawai diimpor');
    const m = await page.evaluate(() => {
      const w = window as unknown as { longTasks: Timed[] };
      const at = (name: string) => performance.getEntriesByName(name).at(-1)!.startTime;
      const phases = {
        read: [at('seimbang:roster-read-start'), at('seimbang:roster-read-done')],
        check: [at('seimbang:roster-check-start'), at('seimbang:roster-check-done')],
        store: [at('seimbang:roster-import-start'), at('seimbang:roster-import-stored')],
        open: [at('seimbang:roster-import-stored'), at('seimbang:roster-import-opened')],
      };
      const tasks = (from: number, to: number) => w.longTasks.filter((t) => t.start + t.duration > from && t.start < to).map((t) => Math.round(t.duration));
      return Object.fromEntries(Object.entries(phases).map(([k, [from, to]]) => [k, { ms: Math.round(to! - from!), tasks: tasks(from!, to!) }]));
    });
    const worker = m.read!.ms + m.check!.ms + m.store!.ms;
    console.log(
      `[measure] 10k-row CSV import: read ${m.read!.ms} ms, check ${m.check!.ms} ms, store ${m.store!.ms} ms ` +
        `(worker work ${worker} ms; the store: rows ${Math.round(inWorker.rows!)} ms, whole-scenario validation ${Math.round(inWorker.validate!)} ms, ` +
        `database write ${Math.round(inWorker.save!)} ms); open the imported scenario ${m.open!.ms} ms; wall time with clicks ${wall} ms. ` +
        `Long tasks: idle 2 s before [${idle}], read [${m.read!.tasks}], check [${m.check!.tasks}], store [${m.store!.tasks}], open [${m.open!.tasks}]`,
    );
    await screenshot(page, 'roster-import-10k-id-1366x900');
    for (const phase of ['read', 'check', 'store'] as const) expect(m[phase]!.tasks.filter((d) => d > 50), phase).toEqual([]);
  }, 300_000);

  it('made no request outside 127.0.0.1', () => {
    expect(foreignRequests(session.requests)).toEqual([]);
  });
});
