/**
 * The scenario library as a user meets it: branch the sample, change the branch, export it, delete
 * it, import the file back, and find everything as it was. Real Chromium, real IndexedDB.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { foreignRequests, openApp, screenshot, type Session } from './browser';

const baseUrl = inject('baseUrl');
const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as {
  meta: { id: string; name: string };
  units: { id: string; kind: string; name: string }[];
  posts: { id: string; unitId: string; tasks: { id: string; volume: number }[] }[];
};
const unit = sample.units.find((u) => u.kind === 'kantor-lurah')!;
const post = sample.posts.find((p) => p.unitId === unit.id && p.tasks.length > 0)!;
const task = post.tasks[0]!;

describe('scenario library', () => {
  let session: Session;
  let exported = '';
  const branchId = `${sample.meta.id}-cabang`;

  beforeAll(async () => {
    session = await openApp(baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  async function volumeIn(scenarioId: string): Promise<string> {
    const page = session.page;
    await page.goto(`${baseUrl}#/scenarios`);
    await page.waitForSelector(`li[data-scenario="${scenarioId}"]`);
    const open = page.locator(`li[data-scenario="${scenarioId}"] [data-action="open"]`);
    if ((await open.count()) > 0) await open.click();
    await page.waitForSelector(`li[data-scenario="${scenarioId}"] .current`);
    await page.goto(`${baseUrl}#/unit/${unit.id}`);
    await page.waitForSelector('[data-testid="unit-view"]');
    return page.getByTestId(`volume-${post.id}-${task.id}`).inputValue();
  }

  it('branches the sample, keeping its lineage, and opens the branch', async () => {
    const page = session.page;
    await page.getByTestId('nav-scenarios').click();
    await page.locator(`li[data-scenario="${sample.meta.id}"] [data-action="branch"]`).click();
    await page.waitForSelector(`li[data-scenario="${branchId}"] .current`);
    await expect(page.locator(`li[data-scenario="${branchId}"] [data-testid="lineage"]`).textContent()).resolves.toContain(sample.meta.name);
    await screenshot(page, 'library-id-1366x900');
  });

  it('changes a task volume in the branch only', async () => {
    const page = session.page;
    await page.goto(`${baseUrl}#/unit/${unit.id}`);
    await page.waitForSelector('[data-testid="unit-view"]');
    const input = page.getByTestId(`volume-${post.id}-${task.id}`);
    await input.fill(String(task.volume * 2));
    await input.press('Tab');
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent?.trim() === 'Tersimpan');
    await expect(volumeIn(sample.meta.id)).resolves.toBe(String(task.volume));
    await expect(volumeIn(branchId)).resolves.toBe(String(task.volume * 2));
  });

  it('compares the branch with its parent and shows the changed post', async () => {
    const page = session.page;
    await volumeIn(branchId); // the branch is the open scenario
    await page.getByTestId('nav-compare').click();
    // A defaults to the open scenario's parent, B to the open scenario itself.
    await page.waitForFunction((id) => (document.querySelector('[data-testid="compare-a"]') as HTMLSelectElement | null)?.value === id, sample.meta.id);
    await expect(page.getByTestId('compare-b').inputValue()).resolves.toBe(branchId);
    await page.getByTestId('compare-run').click();
    await page.waitForSelector('[data-testid="compare-changes"] ul[data-section="posts"] li');
    const posts = await page.locator('[data-testid="compare-changes"] ul[data-section="posts"] li').allTextContents();
    expect(posts).toHaveLength(1);
    expect(posts[0]).toContain('tasks');
    await expect(page.locator('[data-testid="compare-changes"] ul[data-section="employees"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="before-after-chart"] g.row').count()).resolves.toBe(sample.units.length);
    await screenshot(page, 'compare-id-1366x900');
  });

  it('exports the branch, deletes it, imports the file back, and finds it unchanged', async () => {
    const page = session.page;
    await page.goto(`${baseUrl}#/scenarios`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`li[data-scenario="${branchId}"] [data-action="export"]`).click(),
    ]);
    const path = await download.path();
    exported = readFileSync(path!, 'utf8');
    expect(JSON.parse(exported).meta.id).toBe(branchId);

    await page.locator(`li[data-scenario="${branchId}"] [data-action="delete"]`).click();
    await page.waitForSelector('[data-testid="deleted-notice"]');
    await page.waitForSelector(`li[data-scenario="${branchId}"]`, { state: 'detached' });

    await page.getByTestId('import-file').setInputFiles(path!);
    await page.waitForSelector('[data-testid="import-outcome"] .ok');
    await page.waitForSelector('[data-testid="hash-ok"]');
    await page.waitForSelector(`li[data-scenario="${branchId}"] .current`);
    await expect(volumeIn(branchId)).resolves.toBe(String(task.volume * 2));

    await page.goto(`${baseUrl}#/scenarios`);
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`li[data-scenario="${branchId}"] [data-action="export"]`).click(),
    ]);
    expect(JSON.parse(readFileSync((await again.path())!, 'utf8'))).toEqual(JSON.parse(exported));
  });

  it('exports gzipped, imports it back, and flags a file changed after export', async () => {
    const page = session.page;
    await page.goto(`${baseUrl}#/scenarios`);
    await page.getByTestId('export-gzip').check();
    const [gz] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`li[data-scenario="${branchId}"] [data-action="export"]`).click(),
    ]);
    expect(gz.suggestedFilename()).toMatch(/\.json\.gz$/);
    const gzPath = (await gz.path())!;
    expect(readFileSync(gzPath).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    await page.getByTestId('import-file').setInputFiles(gzPath);
    await page.waitForSelector('[data-testid="hash-ok"]');
    await expect(page.getByTestId('import-outcome').textContent()).resolves.toContain(`${branchId}-2`);

    const tampered = JSON.parse(exported);
    tampered.meta.name = 'Diubah tangan';
    const tamperedPath = join(mkdtempSync(join(tmpdir(), 'seimbang-')), 'tampered.json');
    writeFileSync(tamperedPath, JSON.stringify(tampered));
    await page.getByTestId('import-file').setInputFiles(tamperedPath);
    await page.waitForSelector('[data-testid="hash-mismatch"]');
  });

  it('shows an edit made in one tab in another open tab, without a reload', async () => {
    const first = session.page;
    const second = await session.context.newPage();
    try {
      for (const page of [first, second]) {
        await page.goto(`${baseUrl}#/unit/${unit.id}`);
        await page.waitForSelector('[data-testid="unit-view"]');
      }
      const input = first.getByTestId(`volume-${post.id}-${task.id}`);
      const value = String(Number(await input.inputValue()) + 7);
      await input.fill(value);
      await input.press('Tab');
      await second.waitForFunction(
        ([id, v]) => (document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null)?.value === v,
        [`volume-${post.id}-${task.id}`, value] as const,
      );
      await expect(second.getByTestId('external-update').isVisible()).resolves.toBe(true);
      await expect(second.getByTestId('unit-ej').textContent()).resolves.toBe(await first.getByTestId('unit-ej').textContent());
    } finally {
      await second.close();
    }
  });

  it('deletes a scenario and brings it back with undo', async () => {
    const page = session.page;
    await page.goto(`${baseUrl}#/scenarios`);
    const id = `${branchId}-2`;
    await page.locator(`li[data-scenario="${id}"] [data-action="delete"]`).click();
    await page.waitForSelector(`li[data-scenario="${id}"]`, { state: 'detached' });
    await page.getByTestId('undo-delete').click();
    await page.waitForSelector(`li[data-scenario="${id}"]`);
    await page.reload();
    await page.waitForSelector(`li[data-scenario="${id}"]`);
  });

  it('exports anonymised: no real name or NIP in the file, and the key shown on this device', async () => {
    const page = session.page;
    await page.goto(`${baseUrl}#/scenarios`);
    await page.getByTestId('export-gzip').uncheck();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`li[data-scenario="${sample.meta.id}"] [data-action="export-anon"]`).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const real = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as { employees: { nip: string; name: string }[] };
    expect(JSON.parse(text).employees).toHaveLength(real.employees.length);
    for (const e of real.employees) {
      expect(text).not.toContain(e.nip);
      expect(text).not.toContain(e.name);
    }
    await page.waitForSelector('[data-testid="anon-done"]');
    await page.locator(`li[data-scenario="${sample.meta.id}"] [data-action="key"]`).click();
    await page.waitForSelector('[data-testid="anonymisation-key"] table');
    await expect(page.getByTestId('anonymisation-key').textContent()).resolves.toContain(real.employees[0]!.nip);
  });

  it('made no request outside 127.0.0.1 and logged no page error', () => {
    expect(foreignRequests(session.requests)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
