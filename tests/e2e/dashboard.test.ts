/**
 * The foundation, as a user meets it: the built app in real Chromium with its real IndexedDB and worker.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { foreignRequests, openSession, screenshot, type Session } from './browser';

const baseUrl = inject('baseUrl');
const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as {
  units: { id: string; name: string; kind: string }[];
  posts: { id: string; unitId: string; tasks: { id: string; volume: number }[] }[];
};

async function dashboardDrawnAt(session: Session): Promise<number> {
  await session.page.waitForSelector('[data-testid="unit-balance-chart"] g.row');
  return session.page.evaluate(() => performance.getEntriesByName('seimbang:dashboard-drawn')[0]?.startTime ?? -1);
}

describe('dashboard on the Nanggalo sample (laptop)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens on the sample, shows every unit with its EJ band, and reports its timing', async () => {
    await session.page.goto(baseUrl);
    const firstVisitMs = await dashboardDrawnAt(session);
    const steps = await session.page.evaluate(() =>
      ['seimbang:sample-fetched', 'seimbang:sample-stored'].map(
        (name) => `${name.split(':')[1]} ${Math.round(performance.getEntriesByName(name)[0]?.startTime ?? -1)} ms`,
      ),
    );
    console.log(`[measure] first visit steps: ${steps.join(', ')}`);
    await session.page.reload();
    const reloadMs = await dashboardDrawnAt(session);
    console.log(`[measure] navigation -> dashboard drawn: first visit ${firstVisitMs.toFixed(0)} ms, reload ${reloadMs.toFixed(0)} ms`);
    expect(firstVisitMs).toBeGreaterThan(0);
    expect(reloadMs).toBeGreaterThan(0);

    const chartUnits = await session.page.$$eval('[data-testid="unit-balance-chart"] g.row', (rows) =>
      rows.map((r) => ({ id: r.getAttribute('data-unit'), standing: r.getAttribute('data-standing') })),
    );
    expect(chartUnits.map((u) => u.id).sort()).toEqual(sample.units.map((u) => u.id).sort());
    for (const unit of chartUnits) expect(['A', 'B', 'C', 'D', 'E', 'vacant']).toContain(unit.standing);
    // The sample is built to show imbalance: some units overloaded, some with people to spare.
    expect(chartUnits.some((u) => u.standing === 'A')).toBe(true);
    expect(chartUnits.some((u) => ['C', 'D', 'E'].includes(u.standing ?? ''))).toBe(true);

    const tableRows = await session.page.$$eval('[data-testid="unit-table"] tbody tr', (rows) => rows.length);
    expect(tableRows).toBe(sample.units.length);
    for (const unit of sample.units) await expect(session.page.getByRole('link', { name: unit.name }).first().isVisible()).resolves.toBe(true);
    await screenshot(session.page, 'dashboard-id-1366x768');
  });

  it('switches the labels to English and back, and remembers the choice', async () => {
    const page = session.page;
    await expect(page.locator('#dash-title').textContent()).resolves.toBe('Keseimbangan beban kerja per unit');
    await page.getByTestId('lang-switch').click();
    await expect(page.locator('#dash-title').textContent()).resolves.toBe('Workload balance per unit');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await screenshot(page, 'dashboard-en-1366x768');
    await page.reload();
    await page.waitForSelector('#dash-title');
    await expect(page.locator('#dash-title').textContent()).resolves.toBe('Workload balance per unit');
    await page.getByTestId('lang-switch').click();
    await expect(page.locator('#dash-title').textContent()).resolves.toBe('Keseimbangan beban kerja per unit');
  });

  it('recomputes a unit\'s EJ when a task volume is edited, and keeps the edit after a reload', async () => {
    const page = session.page;
    const puskesmas = sample.units.find((u) => u.kind === 'puskesmas')!;
    const post = sample.posts.find((p) => p.unitId === puskesmas.id && p.tasks.length > 0 && p.tasks[0]!.volume > 0)!;
    const task = post.tasks[0]!;
    const rowEj = () => page.locator(`[data-testid="unit-table"] tr[data-unit="${puskesmas.id}"] [data-testid="unit-ej"]`).textContent();
    const before = await rowEj();

    await page.getByRole('link', { name: puskesmas.name }).first().click();
    await page.waitForSelector('[data-testid="unit-view"]');
    const unitEjBefore = await page.getByTestId('unit-ej').textContent();
    expect(unitEjBefore).toBe(before);
    const input = page.getByTestId(`volume-${post.id}-${task.id}`);
    await input.fill(String(task.volume * 3));
    await input.press('Tab');
    await page.waitForFunction(
      (old) => document.querySelector('[data-testid="unit-ej"]')?.textContent !== old, unitEjBefore,
    );
    const unitEjAfter = await page.getByTestId('unit-ej').textContent();
    expect(unitEjAfter).not.toBe(unitEjBefore);
    expect(parseLocaleNumber(unitEjAfter!)).toBeGreaterThan(parseLocaleNumber(unitEjBefore!));
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent?.trim() === 'Tersimpan');

    await page.reload();
    await page.waitForSelector('[data-testid="unit-view"]');
    await expect(page.getByTestId(`volume-${post.id}-${task.id}`).inputValue()).resolves.toBe(String(task.volume * 3));
    await expect(page.getByTestId('unit-ej').textContent()).resolves.toBe(unitEjAfter);

    await page.goto(baseUrl);
    await page.waitForSelector('[data-testid="unit-table"]');
    await expect(rowEj()).resolves.toBe(unitEjAfter);
  });

  it('finds an employee by NIP and shows the profile with retirement date', async () => {
    const page = session.page;
    const people = (JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as { employees: { nip: string; name: string }[] }).employees;
    const person = people[7]!;
    await page.locator('#employee-search').fill(person.nip.slice(0, 14));
    await page.getByTestId('search-results').getByRole('link').filter({ hasText: person.name }).first().click();
    await page.waitForSelector('[data-testid="employee-profile"]');
    await expect(page.locator('#emp-title').textContent()).resolves.toBe(person.name);
    await expect(page.getByTestId('retirement-date').textContent()).resolves.toMatch(/\d{4}/);
    await screenshot(page, 'profile-id-1366x768');
  });

  it('made no request outside 127.0.0.1 and logged no page error', () => {
    expect(session.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(session.requests)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('loads under 150 KB of gzipped JavaScript on the first visit', async () => {
    const fresh = await openSession({ width: 1366, height: 768 });
    try {
      await fresh.page.goto(baseUrl);
      await fresh.page.waitForSelector('[data-testid="unit-balance-chart"] g.row');
      // What the page loads to draw the dashboard (the service worker's later precaching is not counted).
      const scripts = [...new Set(fresh.pageRequests.filter((u) => u.endsWith('.js') && !u.endsWith('/sw.js')))];
      let gzipped = 0;
      let raw = 0;
      for (const url of scripts) {
        const file = `${process.env.SEIMBANG_DIST ?? 'dist'}${new URL(url).pathname}`;
        const bytes = readFileSync(file);
        raw += statSync(file).size;
        gzipped += gzipSync(bytes, { level: 9 }).length;
      }
      console.log(`[measure] first-visit JS: ${scripts.length} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
      expect(scripts.length).toBeGreaterThan(0);
      expect(gzipped).toBeLessThan(150 * 1024);
    } finally {
      await fresh.close();
    }
  });
});

describe('dashboard on a phone', () => {
  it('renders the chart in the narrow layout, in both languages', async () => {
    const session = await openSession({ width: 390, height: 844 });
    try {
      await session.page.goto(baseUrl);
      await session.page.waitForSelector('[data-testid="unit-balance-chart"] g.row');
      const width = await session.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await screenshot(session.page, 'dashboard-id-390x844');
      await session.page.getByTestId('lang-switch').click();
      await session.page.waitForFunction(() => document.documentElement.lang === 'en');
      await screenshot(session.page, 'dashboard-en-390x844');
      expect(foreignRequests(session.requests)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

function parseLocaleNumber(text: string): number {
  return Number(text.trim().replace(/\./g, '').replace(',', '.'));
}
