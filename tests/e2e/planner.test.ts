/**
 * The planner as a user meets it: propose, reject one move, re-optimise, accept the rest, save,
 * reload, and find the plan and its decisions again. Real Chromium, real worker, real IndexedDB.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { foreignRequests, openApp, screenshot, type Session } from './browser';

const baseUrl = inject('baseUrl');
const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as {
  units: { id: string }[];
  posts: { id: string; unitId: string }[];
  employees: { nip: string; postId: string | null; protected: string | null }[];
};

describe('transfer planner on the Nanggalo sample', () => {
  let session: Session;
  let rejected: { nip: string; to: string } | null = null;

  beforeAll(async () => {
    session = await openApp(baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('proposes a certified optimal plan with before/after charts', async () => {
    const page = session.page;
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('propose').click();
    await page.waitForSelector('[data-testid="move-list"] tbody tr[data-nip]');
    await expect(page.getByTestId('certificate').textContent()).resolves.toContain('Optimal');
    const moves = await page.locator('[data-testid="move-list"] tbody tr[data-nip]').count();
    expect(moves).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="flow-sankey"] path').count()).resolves.toBeGreaterThan(0);
    const rows = await page.locator('[data-testid="before-after-chart"] g.row').count();
    expect(rows).toBe(sample.units.length);
    const before = await page.locator('[data-testid="plan-summary"] tr[data-metric="misallocation"] td.before').textContent();
    const after = await page.locator('[data-testid="plan-summary"] tr[data-metric="misallocation"] td.after').textContent();
    expect(Number(after!.replace(',', '.'))).toBeLessThan(Number(before!.replace(',', '.')));
    await page.locator('[data-testid="move-list"] tbody tr[data-nip]').first().locator('[data-action="reasons"]').click();
    await expect(page.getByTestId('move-reasons').first().isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('move-reasons').first().textContent()).resolves.toContain('Aturan yang diperiksa');
    await screenshot(page, 'planner-id-1366x900');
    await page.getByTestId('flow-sankey').scrollIntoViewIfNeeded();
    await screenshot(page, 'planner-sankey-id-1366x900');
  });

  it('keeps a move cap, says whether the plan is exact for it, and selects a frontier corner on click', async () => {
    const page = session.page;
    await page.getByTestId('max-moves').fill('3');
    await page.getByTestId('max-moves').press('Tab');
    await page.getByTestId('propose').click();
    await page.waitForSelector('[data-testid="budget-note"]');
    const moves = await page.locator('[data-testid="move-list"] tbody tr[data-nip]').count();
    expect(moves).toBeLessThanOrEqual(3);
    await expect(page.getByTestId('budget-note').textContent()).resolves.toMatch(/3 mutasi/);
    await page.waitForSelector('[data-testid="frontier-chart"] [data-moves]');
    const corners = page.locator('[data-testid="frontier-chart"] [data-moves]');
    expect(await corners.count()).toBeGreaterThan(1);
    const corner = corners.nth(1);
    const cornerMoves = Number(await corner.getAttribute('data-moves'));
    await corner.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="move-list"] tbody tr[data-nip]').length === n || (n === 0 && !document.querySelector('[data-testid="move-list"]')),
      cornerMoves,
    );
    await screenshot(page, 'planner-frontier-id-1366x900');
    await page.getByTestId('max-moves').fill('');
    await page.getByTestId('max-moves').press('Tab');
    const all = page.locator('[data-testid="frontier-chart"] [data-moves]').last();
    await all.click();
    await page.waitForSelector('[data-testid="budget-note"]', { state: 'detached' });
  });

  it('answers "why not?" with the rule that forbids a move', async () => {
    const page = session.page;
    const person = sample.employees.find((e) => e.protected !== null && e.postId !== null)!;
    const post = sample.posts.find((p) => p.id !== person.postId)!;
    await page.getByTestId('why-person').fill(person.nip);
    await page.locator(`[data-testid="why-not"] button[data-nip="${person.nip}"]`).click();
    await page.getByTestId('why-unit').selectOption(post.unitId);
    await page.getByTestId('why-post').selectOption(post.id);
    await page.getByTestId('why-ask').click();
    await page.waitForFunction(() => (document.querySelector('[data-testid="why-answer"]')?.textContent ?? '').includes('Status dilindungi'));
  });

  it('rejects one move and re-optimises around it', async () => {
    const page = session.page;
    const first = page.locator('[data-testid="move-list"] tbody tr[data-nip]').first();
    const nip = (await first.getAttribute('data-nip'))!;
    const toText = (await first.locator('td').nth(2).textContent())!;
    rejected = { nip, to: toText };
    await first.locator('[data-action="reject"]').click();
    await page.waitForSelector('[data-testid="stale"]');
    await page.getByTestId('propose').click();
    await page.waitForSelector('[data-testid="stale"]', { state: 'detached' });
    await expect(page.getByTestId('certificate').textContent()).resolves.toContain('Optimal');
    const sameMove = page.locator(`[data-testid="move-list"] tbody tr[data-nip="${nip}"]`);
    if ((await sameMove.count()) > 0) expect(await sameMove.locator('td').nth(2).textContent()).not.toBe(toText);
    await expect(page.locator(`[data-testid="decisions"] [data-rejected="${nip}"]`).count()).resolves.toBe(1);
  });

  it('accepts the rest, saves, and finds the plan with its decisions after a reload', async () => {
    const page = session.page;
    await page.getByTestId('accept-all').click();
    const proposed = await page.locator('[data-testid="move-list"] tbody tr[data-status="proposed"]').count();
    expect(proposed).toBe(0);
    const accepted = await page.locator('[data-testid="move-list"] tbody tr[data-status="accepted"]').count();
    await page.getByTestId('save-plan').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent?.trim() === 'Tersimpan');
    await page.reload();
    await page.waitForSelector('[data-testid="move-list"] tbody tr[data-nip]');
    await expect(page.locator('[data-testid="move-list"] tbody tr[data-status="accepted"]').count()).resolves.toBe(accepted);
    await expect(page.locator(`[data-testid="decisions"] [data-rejected="${rejected!.nip}"]`).count()).resolves.toBe(1);
    await expect(page.getByTestId('certificate').textContent()).resolves.toContain('Optimal');
    await screenshot(page, 'planner-after-reload-id-1366x900');
  });

  it('saves two plans under their names and compares them side by side', async () => {
    const page = session.page;
    await page.getByTestId('plan-name').fill('Rencana A');
    await page.getByTestId('save-as').click();
    await page.waitForSelector('[data-testid="saved-plans"] li[data-plan="plan-2"]');
    // Plan B: keep the first person of plan A where they are, and re-optimise around that.
    await page.locator('[data-testid="move-list"] tbody tr[data-nip]').first().locator('[data-action="pin"]').click();
    await page.getByTestId('propose').click();
    await page.waitForSelector('[data-testid="stale"]', { state: 'detached' });
    await page.getByTestId('plan-name').fill('Rencana B');
    await page.getByTestId('save-as').click();
    await page.waitForSelector('[data-testid="saved-plans"] li[data-plan="plan-3"]');
    // plan-2 was selected when saved, plan-3 too: compare them
    await page.getByTestId('compare-plans').click();
    await page.waitForSelector('[data-testid="plan-comparison"]');
    const headers = await page.locator('[data-testid="plan-comparison"] thead th').allTextContents();
    expect(headers.join('|')).toContain('Rencana A');
    expect(headers.join('|')).toContain('Rencana B');
    const moves = await page.locator('[data-testid="plan-comparison"] tr[data-metric="moves"] td').allTextContents();
    expect(moves[0]).toBe('0');
    expect(Number(moves[1])).toBeGreaterThan(0);
    expect(Number(moves[2])).toBeGreaterThan(0);
    const index = (await page.locator('[data-testid="plan-comparison"] tr[data-metric="misallocation"] td').allTextContents()).map((t) => Number(t.replace(',', '.')));
    expect(index[1]).toBeLessThan(index[0]!);
    expect(index[2]).toBeLessThan(index[0]!);
    await screenshot(page, 'planner-compare-id-1366x900');
  });

  it('made no request outside 127.0.0.1 and logged no page error', () => {
    expect(foreignRequests(session.requests)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
