/**
 * A 10,000-employee agency in the real browser: imported through the file picker, validated and
 * stored by the worker, then planned while the page stays responsive (no main-thread task over 50 ms
 * between the request and the answer, measured with a PerformanceObserver for long tasks), and the
 * result drawn over several frames rather than in one long task.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateScenario, serializeScenario } from '../../scripts/sample/generate';
import { foreignRequests, openApp, screenshot, type Session } from './browser';

const baseUrl = inject('baseUrl');
/**
 * Longest main-thread task allowed while the 10k plan's result is drawn: measured 90-350 ms on a busy
 * 2-core machine (one task of 500-900 ms before the result was drawn over several frames).
 */
const RENDER_BOUND_MS = 400;
const dir = mkdtempSync(join(tmpdir(), 'seimbang-e2e-'));

describe('a 10k-employee scenario in the browser', () => {
  let session: Session;
  const file = join(dir, 'agency-10k.json');
  const broken = join(dir, 'broken.json');

  beforeAll(async () => {
    writeFileSync(file, serializeScenario(generateScenario({ seed: 7, employees: 10_000 })));
    const bad = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8'));
    bad.employees[3].nip = '19750230' + bad.employees[3].nip.slice(8);
    bad.posts[2].unitId = 'nowhere';
    writeFileSync(broken, JSON.stringify(bad));
    session = await openApp(baseUrl);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('rejects a broken file with path-and-problem messages and changes nothing', async () => {
    const page = session.page;
    await page.getByTestId('nav-scenarios').click();
    await page.waitForSelector('[data-testid="scenario-library"] li[data-scenario]');
    const before = await page.locator('li[data-scenario]').count();
    await page.getByTestId('import-file').setInputFiles(broken);
    await page.waitForSelector('[data-testid="import-outcome"] .problems');
    const text = (await page.getByTestId('import-outcome').textContent())!;
    expect(text).toContain('employees[3].nip: birth date 1975-02-30 does not exist');
    expect(text).toContain('posts[2].unitId: unit nowhere does not exist');
    await expect(page.locator('li[data-scenario]').count()).resolves.toBe(before);
  });

  it('imports 10k employees through the file picker and opens them', async () => {
    const page = session.page;
    const started = Date.now();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.waitForSelector('[data-testid="import-outcome"] .ok', { timeout: 120_000 });
    console.log(`[measure] import of the 10k scenario file (validate + store + open): ${Date.now() - started} ms`);
    await expect(page.getByTestId('import-outcome').textContent()).resolves.toContain('10000');
  }, 150_000);

  it('plans the 10k scenario in the worker without a main-thread task over 50 ms', async () => {
    const page = session.page;
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
    });
    await page.getByTestId('nav-plan').click();
    await page.waitForSelector('[data-testid="propose"]');
    await page.waitForTimeout(1500); // let the page settle (and collect the import's garbage) before measuring
    await page.getByTestId('propose').click();
    await page.waitForSelector('[data-testid="move-list"] tbody tr[data-nip]', { timeout: 120_000 });
    // The result is drawn over several frames: wait for the last section and the chart's last slices.
    await page.waitForSelector('[data-testid="saved-plans"]');
    await page.waitForTimeout(1500);
    const measured = await page.evaluate(() => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] };
      const from = performance.getEntriesByName('seimbang:plan-requested').at(-1)!.startTime;
      const to = performance.getEntriesByName('seimbang:plan-received').at(-1)!.startTime;
      const during = w.longTasks.filter((t) => t.start + t.duration > from && t.start < to);
      const after = w.longTasks.filter((t) => t.start >= to);
      return {
        debug: JSON.stringify({ from, to, tasks: w.longTasks.map((t) => [Math.round(t.start), Math.round(t.duration)]), marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]) }),
        waitMs: to - from,
        during: during.map((t) => Math.round(t.duration)),
        renderLongestMs: Math.max(0, ...after.map((t) => t.duration)),
        moves: document.querySelectorAll('[data-testid="move-list"] tbody tr[data-nip]').length,
        certificate: document.querySelector('[data-testid="certificate"]')?.textContent ?? '',
      };
    });
    console.log(measured.debug);
    console.log(
      `[measure] 10k plan: ${measured.moves} moves, answer after ${Math.round(measured.waitMs)} ms; ` +
        `long tasks while solving: ${measured.during.length ? measured.during.join(', ') + ' ms' : 'none'}; ` +
        `longest task while drawing the result: ${Math.round(measured.renderLongestMs)} ms ` +
        `(asserted under ${RENDER_BOUND_MS} ms; goal 50 ms)`,
    );
    expect(measured.moves).toBeGreaterThan(0);
    expect(measured.certificate).toContain('Optimal');
    expect(measured.during.filter((d) => d > 50)).toEqual([]);
    // One task drew the whole result before (0.5-0.9 s); now it is spread over frames. The bound leaves
    // room for a busy 2-core machine; the 50 ms goal is printed beside the figure above.
    expect(measured.renderLongestMs).toBeLessThan(RENDER_BOUND_MS);
    await screenshot(page, 'planner-10k-id-1366x900');
  }, 150_000);

  it('made no request outside 127.0.0.1', () => {
    expect(foreignRequests(session.requests)).toEqual([]);
  });
});
