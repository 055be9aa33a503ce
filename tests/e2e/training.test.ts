/**
 * Training in the real browser: a trainee does exercise 1 with the keyboard alone (Tab, Enter, arrow
 * keys; the name typed), submits, sees the score and the optimal plan, and exports the result; the
 * facilitator imports three result files, one of them tampered with, and sees the table and the flag.
 * Real Chromium, real worker, real files.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { foreignRequests, openApp, screenshot, type Session } from './browser';

const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'seimbang-training-'));

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Chooses an option of the focused select with arrow keys only: by the start of its text, or its value. */
async function arrowTo(page: Page, selector: string, want: { textStartsWith?: string; value?: string }): Promise<void> {
  const [current, target] = await page.$eval(selector, (el, w) => {
    const select = el as HTMLSelectElement;
    const index = [...select.options].findIndex((o) => (w.value !== undefined ? o.value === w.value : o.text.startsWith(w.textStartsWith ?? '\u0000')));
    return [select.selectedIndex, index];
  }, want);
  expect(target, `option in ${selector}`).toBeGreaterThan(0);
  for (let i = current; i < target; i++) await page.keyboard.press('ArrowDown');
  for (let i = current; i > target; i--) await page.keyboard.press('ArrowUp');
  expect(await page.$eval(selector, (el) => (el as HTMLSelectElement).selectedIndex)).toBe(target);
}

async function keyboardMove(page: Page, person: string, postId: string): Promise<void> {
  await tabTo(page, '[data-testid="move-person"]');
  await arrowTo(page, '[data-testid="move-person"]', { textStartsWith: person });
  await page.keyboard.press('Tab');
  await arrowTo(page, '[data-testid="move-target"]', { value: postId });
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('move-submit');
  await page.keyboard.press('Enter');
}

async function download(page: Page, name: string): Promise<string> {
  const waiting = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await waiting;
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
}

describe('training: a trainee by keyboard, a facilitator with three result files', () => {
  let session: Session;
  const files: string[] = [];

  beforeAll(async () => {
    session = await openApp(baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a trainee completes exercise 1 by keyboard alone and sees the score and the optimal plan', async () => {
    const page = session.page;
    await tabTo(page, '[data-testid="nav-training"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="exercise-list"]');
    await tabTo(page, '[data-exercise="01-gelombang-pensiun"] a');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="move-person"]');

    await tabTo(page, '[data-testid="trainee-name"]');
    await page.keyboard.type('Rina');
    // A tempting but forbidden move first: the protected nurse. Refused at once, the rule named.
    await keyboardMove(page, 'Tika, S.Kep.', 'puskesmas-lapai.perawat');
    await page.waitForSelector('[data-testid="refusal"][data-refusal="protected"]');
    expect(await page.getByTestId('refusal').textContent()).toContain('Status dilindungi');
    expect(await page.getByTestId('metric-moves').textContent()).toBe('0 / 3');

    await keyboardMove(page, 'Musliadi Rahman', 'puskesmas-lapai.perawat');
    await keyboardMove(page, 'Silvia Piliang', 'puskesmas-lapai.bidan');
    await expect(page.locator('[data-testid="move-log"] li').count()).resolves.toBe(2);
    expect(await page.getByTestId('metric-moves').textContent()).toBe('2 / 3');

    await tabTo(page, '[data-testid="submit-plan"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
    expect(await page.getByTestId('score').textContent()).toBe('Skor: 100,0');
    expect(await page.getByTestId('gap').textContent()).toContain('0 poin');
    await expect(page.locator('[data-testid="optimal-plan"] li details').count()).resolves.toBe(2);
    await expect(page.locator('[data-testid="feedback"] > li[data-verdict="helped"]').count()).resolves.toBe(2);
    await screenshot(page, 'training-result-id');

    await tabTo(page, '[data-testid="export-result"]');
    files.push(await download(page, 'rina.json'));
    const result = JSON.parse(readFileSync(files[0]!, 'utf8'));
    expect(result).toMatchObject({ trainee: 'Rina', score: 100, exercise: { id: '01-gelombang-pensiun' } });
    expect(result.refused).toEqual([expect.objectContaining({ rule: 'protected' })]);
    expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a second trainee does worse and exports; a third file is the second with its score changed', async () => {
    const page = session.page;
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Mulai ulang latihan' }).first().click();
    await page.getByTestId('trainee-name').fill('Budi');
    const nip = await page.$eval('[data-testid="move-person"]', (s) => [...(s as HTMLSelectElement).options].find((o) => o.text.startsWith('Intan Lestari'))!.value);
    await page.selectOption('[data-testid="move-person"]', nip);
    await page.selectOption('[data-testid="move-target"]', 'puskesmas-lapai.perawat');
    await page.getByTestId('move-submit').click();
    await page.getByTestId('submit-plan').click();
    await page.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
    const shown = await page.getByTestId('score').textContent();
    expect(shown).not.toBe('Skor: 100,0');
    await page.getByTestId('export-result').focus();
    files.push(await download(page, 'budi.json'));
    const budi = JSON.parse(readFileSync(files[1]!, 'utf8'));
    expect(budi.score).toBeLessThan(100);

    const forged = { ...budi, trainee: 'Budi (diubah)', score: 100 };
    const path = join(dir, 'budi-forged.json');
    writeFileSync(path, JSON.stringify(forged));
    files.push(path);
  });

  it('the facilitator imports the three files and sees the table, the flag, the chart and the mistakes', async () => {
    const page = session.page;
    await page.goto(`${baseUrl}#/facilitator`);
    await page.setInputFiles('[data-testid="import-results"]', files);
    await page.waitForSelector('[data-testid="results-table"] tbody tr:nth-child(3)', { timeout: 30_000 });
    const rows = page.locator('[data-testid="results-table"] tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    const flags = async (file: string) => page.locator(`[data-testid="results-table"] tr[data-file="${file}"] [data-flag]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')));
    expect(await flags('rina.json')).toEqual([]);
    expect(await flags('budi.json')).toEqual([]);
    expect(await flags('budi-forged.json')).toEqual(['hash-mismatch', 'score-mismatch']);
    await expect(page.locator('[data-testid="score-chart"] rect').count()).resolves.toBe(3);
    expect(await page.getByTestId('mistakes').textContent()).toContain('Status dilindungi');
    await screenshot(page, 'training-facilitator-id');

    // Kept across a reload.
    await page.reload();
    await page.waitForSelector('[data-testid="results-table"] tbody tr:nth-child(3)', { timeout: 30_000 });
    expect(foreignRequests(session.requests)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('the facilitator makes an exercise from the open scenario; a trainee imports its file and finds it in the list', async () => {
    const page = session.page;
    await page.goto(`${baseUrl}#/facilitator`);
    await page.getByLabel('Kode latihan (huruf, angka, titik, strip)').fill('kelas-a');
    await page.getByLabel('Judul (Indonesia)').fill('Latihan kelas A');
    await page.getByLabel('Judul (Inggris)').fill('Class A exercise');
    await page.getByLabel('Tugas (Indonesia)').fill('Seimbangkan seluruh kecamatan dengan paling banyak dua perpindahan.');
    await page.getByLabel('Tugas (Inggris)').fill('Balance the whole district with at most two moves.');
    await page.getByLabel('Batas perpindahan').fill('2');
    const waiting = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Buat dan unduh berkas latihan' }).click();
    const file = await waiting;
    const path = join(dir, 'kelas-a.json');
    await file.saveAs(path);
    expect(await page.getByTestId('exercise-made').textContent()).toContain('optimal 2 perpindahan');
    const exercise = JSON.parse(readFileSync(path, 'utf8'));
    expect(exercise).toMatchObject({ format: 'seimbang-exercise', version: 1, id: 'kelas-a', budget: 2, scenario: { source: 'embedded' } });
    expect(exercise.contentHash).toMatch(/^[0-9a-f]{64}$/);

    // Another trainee's browser: a fresh profile, the file picked on the training page.
    const trainee = await openApp(baseUrl);
    try {
      await trainee.page.goto(`${baseUrl}#/training`);
      await trainee.page.setInputFiles('[data-testid="import-exercises"]', path);
      await trainee.page.waitForSelector('[data-exercise="kelas-a"]');
      expect(await trainee.page.locator('[data-exercise="kelas-a"] h2').textContent()).toBe('Latihan kelas A');
      await trainee.page.click('[data-exercise="kelas-a"] a');
      await trainee.page.waitForSelector('[data-testid="move-person"]');
      expect(await trainee.page.getByTestId('brief').textContent()).toContain('paling banyak dua perpindahan');
      await trainee.page.reload();
      await trainee.page.goto(`${baseUrl}#/training`);
      await trainee.page.waitForSelector('[data-exercise="kelas-a"]');
    } finally {
      await trainee.close();
    }
  });
});
