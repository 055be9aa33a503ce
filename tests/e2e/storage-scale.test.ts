/**
 * A 100,000-employee scenario in the real browser: stored by the worker (a block of employees per
 * database request), opened by the page a few blocks at a time. Prints the save and load times and the
 * page's long tasks against their goals (save < 3 s, load < 1.5 s, no task over 50 ms) and checks that
 * the data come back unchanged (export, count, hash).
 *
 * On a fresh visit the dashboard is drawn from the stored digests (each post's unit and workload, each
 * person's post and retirement date) before the full records (about 100 MB of JSON at 100k) are read;
 * both times are printed. Asserted: the digest's dashboard comes first and shows the stored balance,
 * and the page never freezes for a second (the earlier layout, one record per employee and a single
 * read, broke that by far); the 50 ms goal is printed with the tasks seen, each with the phase it
 * started in: before (the app's start, or the import before the opening; on a reload, the task that unloads the page left is named apart), digest (reading the digests
 * and computing the balance), draw (the dashboard's first drawing), read (the people read in the
 * background). The long-task observer does not see every pause of the page: a garbage collection run
 * as a task of its own is left out, so that the figures are a floor.
 *
 * Once read, the people are used as a newcomer would: a unit's page lists the people of its posts, a
 * name finds people who bear it and a NIP the one person, whose profile opens, and the post search of
 * its editor finds the posts of a unit (the tasks of opening the profile and searching are printed).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateScenario } from '../../scripts/sample/generate';
import { foreignRequests, openApp, recordLongTasksFromLoad, type Session } from './browser';

const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'seimbang-e2e-'));
const SIZE = 100_000;
/** No page task may reach this (ms): a freeze the user would feel. The goal, 50 ms, is printed. */
const FREEZE_MS = 1000;

interface Window {
  longTasks: { start: number; duration: number }[];
}

/** Records every main-thread task over 50 ms from now on (again after each navigation). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Window;
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Phases of opening a scenario, each from its mark to the next one reached. */
const PHASES: [string, string][] = [
  ['seimbang:load-start', 'digest'], ['seimbang:load-usable', 'draw'], ['seimbang:dashboard-drawn', 'read'], ['seimbang:load-end', 'after'],
];

/**
 * Long tasks (ms) overlapping the window between two marks (their last occurrences), and each one
 * with the phase of opening it started in (e.g. "63 ms (read)").
 */
async function tasksBetween(page: Page, from: string, to: string): Promise<{ ms: number; tasks: number[]; phased: string[] }> {
  return page.evaluate(([a, b, phases]) => {
    const w = window as unknown as Window;
    const start = performance.getEntriesByName(a as string).at(-1)!.startTime;
    const end = performance.getEntriesByName(b as string).at(-1)!.startTime;
    const marks = (phases as [string, string][]).map(([mark, phase]) => [performance.getEntriesByName(mark).at(-1)?.startTime ?? Infinity, phase] as const);
    // On a reload, the page left is unloaded in the new page's first task (its pagehide and unload).
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const unloading = (t: { start: number; duration: number }) =>
      !!nav && nav.unloadEventEnd > 0 && t.start <= nav.unloadEventEnd && t.start + t.duration >= nav.unloadEventStart;
    const phaseOf = (t: { start: number; duration: number }) =>
      unloading(t) ? 'before: unloading the page left' : (marks.filter(([at]) => at <= t.start).at(-1)?.[1] ?? 'before');
    const long = w.longTasks.filter((t) => t.start + t.duration > start && t.start < end);
    return { ms: end - start, tasks: long.map((t) => Math.round(t.duration)), phased: long.map((t) => `${Math.round(t.duration)} ms (${phaseOf(t)})`) };
  }, [from, to, PHASES] as const);
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('a 100k-employee scenario saved and loaded in the browser', () => {
  let session: Session;
  const file = join(dir, 'agency-100k.json');
  const generated = generateScenario({ seed: 11, employees: SIZE });
  generated.meta = { ...generated.meta, id: 'agency-100k', name: 'Agency 100k' };
  const employeesHash = digest(generated.employees);
  const figures: string[] = [];

  beforeAll(async () => {
    writeFileSync(file, JSON.stringify(generated));
    session = await openApp(baseUrl);
  }, 120_000);
  afterAll(async () => {
    console.log(`[measure] 100k storage: ${figures.join('; ')}`);
    await session?.close();
  });

  it('stores 100k employees in the worker and opens them without freezing the page', async () => {
    const page = session.page;
    await page.getByTestId('nav-scenarios').click();
    await page.waitForSelector('[data-testid="scenario-library"] li[data-scenario]');
    await watchLongTasks(page);
    await page.evaluate(() => performance.mark('test:import-start'));
    await page.getByTestId('import-file').setInputFiles(file);
    await page.waitForSelector('[data-testid="import-outcome"] .ok', { timeout: 300_000 });
    await page.waitForSelector('li[data-scenario="agency-100k"] .current');
    await page.evaluate(() => performance.mark('test:import-end'));
    const storeMs = await page.evaluate(() => (performance.getEntriesByName('seimbang:import-stored').at(-1) as PerformanceMark | undefined)?.detail as number);
    const whole = await tasksBetween(page, 'test:import-start', 'test:import-end');
    const load = await tasksBetween(page, 'seimbang:load-start', 'seimbang:load-end');
    const usable = await tasksBetween(page, 'seimbang:load-start', 'seimbang:load-usable');
    figures.push(
      `save (worker, 100k employees) ${Math.round(storeMs)} ms (goal < 3000)`,
      `open after import: balance from the digests ${Math.round(usable.ms)} ms (goal < 1500), all people read ${Math.round(load.ms)} ms`,
      `import in all (read, validate, save, open) ${Math.round(whole.ms)} ms, page long tasks (goal: none over 50 ms) ${whole.phased.join(', ') || 'none'}`,
    );
    await expect(page.getByTestId('import-outcome').textContent()).resolves.toContain('100');
    expect(storeMs).toBeGreaterThan(0);
    expect(usable.ms).toBeLessThan(load.ms);
    expect(whole.tasks.filter((d) => d >= FREEZE_MS)).toEqual([]);
  }, 360_000);

  it('loads the stored scenario on a fresh visit a block at a time, without freezing the page', async () => {
    const page = session.page;
    await recordLongTasksFromLoad(page, 'test:visit-start');
    await page.getByTestId('nav-dashboard').click();
    await page.waitForSelector('[data-testid="unit-ej"]');
    const stored = await page.getByTestId('unit-ej').allTextContents();
    await page.reload();
    // The dashboard of the digest, while the people are still being read.
    await page.waitForSelector('[data-testid="previewing"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="unit-ej"]');
    const early = await page.getByTestId('unit-ej').allTextContents();
    await page.waitForFunction(() => performance.getEntriesByName('seimbang:load-end').length > 0, undefined, { timeout: 60_000 });
    await page.waitForSelector('[data-testid="previewing"]', { state: 'detached' });
    const usable = await tasksBetween(page, 'seimbang:load-start', 'seimbang:load-usable');
    const drawn = await page.evaluate(() => {
      const start = performance.getEntriesByName('seimbang:load-start').at(-1)!.startTime;
      return performance.getEntriesByName('seimbang:dashboard-drawn').at(-1)!.startTime - start;
    });
    const load = await tasksBetween(page, 'seimbang:load-start', 'seimbang:load-end');
    // From the page's first script on: the app's start (phase "before") counts too.
    const visit = await tasksBetween(page, 'test:visit-start', 'seimbang:load-end');
    figures.push(
      `fresh visit: balance computed from the digests ${Math.round(usable.ms)} ms, dashboard drawn ${Math.round(drawn)} ms (goal < 1500)`,
      `all 100k people read ${Math.round(load.ms)} ms, long tasks from the page's start until then (goal: none over 50 ms) ${visit.phased.join(', ') || 'none'}`,
    );
    expect(early).toEqual(stored);
    expect(early.length).toBeGreaterThan(0);
    expect(usable.ms).toBeLessThan(load.ms);
    expect(visit.tasks.filter((d) => d >= FREEZE_MS)).toEqual([]);
  }, 120_000);

  it('shows the people of a unit, finds a person by name and opens their profile among the 100k', async () => {
    const page = session.page;
    const person = generated.employees[SIZE - 7]!;
    const post = generated.posts.find((p) => p.id === person.postId)!;
    const inPost = generated.employees.filter((e) => e.postId === post.id).map((e) => e.name);
    let started = Date.now();
    await page.goto(`${baseUrl}#/unit/${encodeURIComponent(post.unitId)}`);
    const card = page.locator(`article[data-post="${post.id}"]`);
    await card.waitFor();
    const unitMs = Date.now() - started;
    await expect(card.locator('.staff a').allTextContents()).resolves.toEqual(inPost);
    // Names repeat among 100k people: a name finds some of those who bear it, a NIP finds the one.
    started = Date.now();
    await page.fill('#employee-search', person.name);
    const results = page.getByTestId('search-results').locator('a');
    await results.first().waitFor();
    const searchMs = Date.now() - started;
    const named = await results.allTextContents();
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((text) => text.startsWith(person.name))).toBe(true);
    await page.fill('#employee-search', person.nip);
    const result = page.getByTestId('search-results').locator(`a[href="#/employee/${person.nip}"]`);
    await result.waitFor();
    await expect(results.count()).resolves.toBe(1);
    const clicked = await page.evaluate(() => performance.now());
    await result.click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(person.name);
    // Moving the person is a search among the 45k posts by title or unit; the post held is not offered.
    const unit = generated.units.find((u) => u.id === post.unitId)!;
    started = Date.now();
    await page.getByTestId('edit-post').fill(unit.name);
    const offered = page.locator('.move .matches button');
    await offered.first().waitFor();
    const postSearchMs = Date.now() - started;
    const offers = await offered.allTextContents();
    expect(offers.every((text) => text.toLowerCase().includes(unit.name.toLowerCase()))).toBe(true);
    await expect(page.locator(`.move .matches button[data-post="${post.id}"]`).count()).resolves.toBe(0);
    const profileTasks = await page.evaluate((from) => {
      const w = window as unknown as Window;
      return w.longTasks.filter((t) => t.start >= from).map((t) => Math.round(t.duration));
    }, clicked);
    figures.push(
      `unit view with its people ${unitMs} ms, search among 100k names ${searchMs} ms, post search among ${generated.posts.length} posts ${postSearchMs} ms (all with the test's round trips)`,
      `long tasks from opening the profile to the post search's matches: ${profileTasks.length ? profileTasks.map((d) => `${d} ms`).join(', ') : 'none'}`,
    );
    expect(profileTasks.filter((d) => d >= FREEZE_MS)).toEqual([]);
  }, 60_000);

  it('gives the 100k employees back unchanged: export, count and hash', async () => {
    const page = session.page;
    await page.getByTestId('nav-scenarios').click();
    await page.getByTestId('export-gzip').check();
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      (async () => {
        await page.locator('li[data-scenario="agency-100k"] [data-action="export"]').click();
        // The wait is said, and the export buttons rest meanwhile.
        await expect(page.getByTestId('exporting').textContent()).resolves.toContain('Agency 100k');
        expect(await page.locator('li[data-scenario="agency-100k"] [data-action="export"]').isDisabled()).toBe(true);
      })(),
    ]);
    await page.waitForSelector('[data-testid="exporting"]', { state: 'detached' });
    const path = (await download.path())!;
    const { gunzipSync } = await import('node:zlib');
    const exported = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));
    figures.push(`export (worker, gzip) ${Date.now() - started} ms`);
    expect(exported.employees).toHaveLength(SIZE);
    expect(digest(exported.employees)).toBe(employeesHash);
    expect(exported.posts).toHaveLength(generated.posts.length);
  }, 180_000);

  it('made no request outside 127.0.0.1 and logged no page error', () => {
    expect(foreignRequests(session.requests)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
