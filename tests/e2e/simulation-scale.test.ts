/**
 * The simulation page of a large agency (20,000 employees, about 1,100 units) in the real browser:
 * the heatmap is a canvas drawn with the rows in view, so opening the page does not freeze it (an
 * element per cell took 7-9 s in one task here). Checks the colour drawn in a cell against the
 * expected run computed in Node with the same code, the cell named under the pointer, the last
 * unit reached by scrolling, and a 1,000-run Monte Carlo in the worker; prints the long tasks.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateScenario } from '../../scripts/sample/generate';
import { STANDING_COLOURS } from '../../src/charts/bands';
import { heatmapFrame, standingOfEj } from '../../src/charts/heatmap';
import { simulate } from '../../src/core/simulate/expected';
import { toSimulationInput } from '../../src/core/simulate/input';
import { openApp, recordLongTasksFromLoad, screenshot, type LongTask, type Session } from './browser';

const baseUrl = inject('baseUrl');
const SIZE = 20_000;
/** No page task may reach this (ms) while the page opens or the Monte Carlo runs; the tasks over 50 ms are printed. */
const FREEZE_MS = 1000;

async function longTasksSince(page: Page, since: number): Promise<number[]> {
  return page.evaluate((t) => (window as unknown as { longTasks: LongTask[] }).longTasks.filter((x) => x.start >= t).map((x) => Math.round(x.duration)), since);
}

const hex = (rgb: number[]) => `#${rgb.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`;

describe('the simulation page of a 20k-employee agency', () => {
  let session: Session;
  const file = join(mkdtempSync(join(tmpdir(), 'seimbang-e2e-')), 'agency-20k.json');
  const generated = generateScenario({ seed: 7, employees: SIZE });
  generated.meta = { ...generated.meta, id: 'agency-20k', name: 'Agency 20k' };
  generated.events = [{ id: 'exits', type: 'exit-rate', yearlyRate: 0.015, positionType: null, minAge: null, maxAge: null }];
  // The expected run as the worker computes it (default horizon: 5 years).
  const input = toSimulationInput(generated, { horizonYears: 5 });
  const expected = simulate(input);
  const unitName = new Map(generated.units.map((u) => [u.id, u.name]));
  const figures: string[] = [];

  beforeAll(async () => {
    writeFileSync(file, JSON.stringify(generated));
    session = await openApp(baseUrl);
    const page = session.page;
    await recordLongTasksFromLoad(page);
    await page.getByTestId('nav-scenarios').click();
    await page.waitForSelector('[data-testid="scenario-library"] li[data-scenario]');
    await page.getByTestId('import-file').setInputFiles(file);
    await page.waitForSelector('[data-testid="import-outcome"] .ok', { timeout: 300_000 });
    await page.waitForSelector('li[data-scenario="agency-20k"] .current');
    // A fresh visit, so that the observer watches from the start.
    await page.goto(`${baseUrl}#/`);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('seimbang:load-end').length > 0, undefined, { timeout: 60_000 });
  }, 360_000);
  afterAll(async () => {
    console.log(`[measure] simulation page, ${SIZE} employees, ${input.unitIds.length} units: ${figures.join('; ')}`);
    await session?.close();
  });

  it('draws the heatmap on a canvas with the colour of each cell, without freezing the page', async () => {
    const page = session.page;
    const from = await page.evaluate(() => performance.now());
    await page.getByTestId('nav-simulation').click();
    const canvas = page.getByTestId('heatmap-canvas');
    await canvas.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    const tasks = await longTasksSince(page, from);
    figures.push(`opening the page: long tasks ${tasks.join(', ') || 'none'}`);
    expect(await canvas.getAttribute('data-units')).toBe(String(input.unitIds.length));
    expect(await page.locator('[data-testid="heatmap"] rect').count()).toBe(0);
    expect(tasks.filter((d) => d >= FREEZE_MS)).toEqual([]);

    // The cell of unit 0 in month m: its colour, and its name under the pointer.
    const box = (await canvas.boundingBox())!;
    const months = input.months;
    const m = 30;
    // The canvas is as wide as its columns' frame: the cell's middle follows from it, as the page lays it out.
    const frame = heatmapFrame(months, input.startMonth, box.width);
    const x = frame.monthX[m]! + frame.cellWidth / 2;
    const rgb = await page.evaluate(([cx, cy]) => {
      const c = document.querySelector('[data-testid="heatmap-canvas"]') as HTMLCanvasElement;
      const ratio = c.width / c.getBoundingClientRect().width;
      return Array.from(c.getContext('2d')!.getImageData(Math.round(cx! * ratio), Math.round(cy! * ratio), 1, 1).data);
    }, [x, 8]);
    const at = { x, rgb };
    const ej = expected.units.ej[m]!;
    const standing = standingOfEj(ej, input.unitNeed[m]!, generated.settings.bands);
    expect(hex(at.rgb)).toBe(STANDING_COLOURS[standing]);
    await page.mouse.move(box.x + at.x, box.y + 8);
    const tip = await page.getByTestId('heatmap-tip').textContent();
    expect(tip).toContain(unitName.get(input.unitIds[0]!)!);
    expect(tip).toContain('EJ');
    figures.push(`cell (unit 0, month ${m}): ${standing}, "${tip}"`);
    expect(months).toBe(60);
    await screenshot(page, 'simulation-20k-id-1366x900');

    // Scrolled to the end, the last unit is drawn and named.
    await page.getByTestId('heatmap-scroll').evaluate((e) => { e.scrollTop = e.scrollHeight; });
    const end = (await canvas.boundingBox())!;
    await page.mouse.move(end.x + at.x, end.y + end.height - 10);
    await expect.poll(() => page.getByTestId('heatmap-tip').textContent()).toContain(unitName.get(input.unitIds.at(-1)!)!);
  }, 120_000);

  it('runs a 1,000-run Monte Carlo in the worker and shows its median on the canvas', async () => {
    const page = session.page;
    const from = await page.evaluate(() => performance.now());
    await page.getByTestId('sim-runs').fill('1000');
    const clicked = Date.now();
    await page.getByTestId('sim-run').click();
    await page.waitForSelector('[data-testid="sim-done"]', { timeout: 120_000 });
    const wall = Date.now() - clicked;
    const done = await page.getByTestId('sim-done').textContent();
    await page.getByTestId('sim-mode').selectOption('median');
    await page.waitForTimeout(500);
    const tasks = await longTasksSince(page, from);
    figures.push(`Monte Carlo "${done}", ${wall} ms from the click (its worker read the scenario when the page opened), long tasks ${tasks.join(', ') || 'none'}`);
    expect(done).toMatch(/^1000 ulangan selesai/);
    expect(tasks.filter((d) => d >= FREEZE_MS)).toEqual([]);
  }, 180_000);
});
