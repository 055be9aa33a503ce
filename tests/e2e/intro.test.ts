/**
 * The guided introduction walked by keyboard alone in real Chromium, on a laptop in Indonesian and on
 * a phone in English: every step shows its page, highlights a real element that is on screen and not
 * hidden by the popover, keeps focus inside the popover, and the tour resumes where it was closed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INTRO_STEPS } from '../../src/ui/intro/steps';
import { foreignRequests, openApp, screenshot, type Session } from './browser';

const baseUrl = inject('baseUrl');
const n = INTRO_STEPS.length;

interface StepView {
  step: string;
  inDialog: boolean;
  live: string;
  target: { top: number; left: number; width: number; height: number } | null;
  spot: { top: number; left: number; width: number; height: number } | null;
  popover: { top: number; left: number; width: number; height: number };
  /** The element hit at the target's visible top-left corner is the target or inside it. */
  targetOnTop: boolean;
  view: { width: number; height: number };
}

async function stepView(page: Page, id: string): Promise<StepView> {
  await page.waitForSelector(`[data-testid="intro"][data-step="${id}"]`);
  await page.waitForSelector('[data-testid="intro-spot"]');
  await page.waitForTimeout(150);
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, width: r.width, height: r.height };
    };
    const dialog = document.querySelector<HTMLElement>('[data-testid="intro"]')!;
    const target = document.querySelector(`[data-tour="${dialog.dataset.target}"]`);
    const t = box(target);
    let targetOnTop = false;
    if (t && target) {
      const hit = document.elementFromPoint(Math.max(t.left, 0) + 4, Math.max(t.top, 0) + 4);
      targetOnTop = hit !== null && target.contains(hit);
    }
    return {
      step: dialog.dataset.step!,
      inDialog: dialog.contains(document.activeElement),
      live: document.querySelector('[data-testid="intro-live"]')!.textContent ?? '',
      target: t,
      spot: box(document.querySelector('[data-testid="intro-spot"]')),
      popover: box(dialog)!,
      targetOnTop,
      view: { width: innerWidth, height: innerHeight },
    };
  });
}

function expectOnScreen(v: StepView, k: number, stepOf: string) {
  expect(v.inDialog, `focus in the popover at step ${k}`).toBe(true);
  expect(v.live).toContain(stepOf);
  const t = v.target!;
  expect(t, `step ${v.step} has its element`).not.toBeNull();
  expect(t.width * t.height).toBeGreaterThan(0);
  expect(t.top, `step ${v.step}: element starts on screen`).toBeLessThan(v.view.height);
  expect(t.top + t.height).toBeGreaterThan(0);
  expect(v.targetOnTop, `step ${v.step}: element visible, not under the popover`).toBe(true);
  // The spotlight frames the element.
  expect(Math.abs(v.spot!.top - (t.top - 6)), `step ${v.step}: spotlight on the element`).toBeLessThan(2);
  expect(Math.abs(v.spot!.width - (t.width + 12))).toBeLessThan(2);
  // The popover lies inside the viewport.
  expect(v.popover.top).toBeGreaterThanOrEqual(0);
  expect(v.popover.left).toBeGreaterThanOrEqual(0);
  expect(v.popover.top + v.popover.height).toBeLessThanOrEqual(v.view.height);
  expect(v.popover.left + v.popover.width).toBeLessThanOrEqual(v.view.width);
}

const cases = [
  { lang: 'id', viewport: { width: 1366, height: 768 }, start: 'Mulai tur', resume: (k: number) => `Lanjutkan tur (${k}/${n})`, stepOf: (k: number) => `Langkah ${k} dari ${n}` },
  { lang: 'en', viewport: { width: 390, height: 844 }, start: 'Start tour', resume: (k: number) => `Continue tour (${k}/${n})`, stepOf: (k: number) => `Step ${k} of ${n}` },
] as const;

for (const c of cases) {
  describe(`guided introduction by keyboard, ${c.lang} at ${c.viewport.width}x${c.viewport.height}`, () => {
    let session: Session;

    beforeAll(async () => {
      session = await openApp(baseUrl, c.viewport);
      if (c.lang === 'en') {
        await session.page.getByTestId('lang-switch').click();
        await session.page.waitForFunction(() => document.documentElement.lang === 'en');
        // The language is kept; a reload starts keyboard navigation from the top of the page again.
        await session.page.reload();
        await session.page.waitForSelector('[data-testid="unit-balance-chart"] g.row');
      }
    });
    afterAll(async () => {
      await session?.close();
    });

    it('walks every step with Tab and Enter, each highlighting a visible element of its page', async () => {
      const page = session.page;
      const entry = page.getByTestId('intro-start');
      await expect(entry.textContent()).resolves.toContain(c.start);
      // Reach the entry point from the top of the page by keyboard.
      await page.keyboard.press('Tab');
      for (let i = 0; i < 30 && !(await entry.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(entry.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('Enter');
      for (let k = 1; k <= n; k++) {
        const step = INTRO_STEPS[k - 1]!;
        const view = await stepView(page, step.id);
        expectOnScreen(view, k, c.stepOf(k));
        await screenshot(page, `intro-${c.lang}-${c.viewport.width}x${c.viewport.height}-${k}-${step.id}`);
        if (k === 1) await page.keyboard.press('Tab'); // from the popover itself to Next (Back is disabled)
        await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('intro-next');
        await page.keyboard.press('Enter');
      }
      await page.waitForSelector('[data-testid="intro"]', { state: 'detached' });
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('intro-entry');
      await expect(entry.textContent()).resolves.toContain(c.start);
    });

    it('keeps Tab inside the popover, goes back, closes on Esc and resumes at the same step after a reload', async () => {
      const page = session.page;
      await page.getByTestId('intro-start').focus();
      await page.keyboard.press('Enter');
      await stepView(page, INTRO_STEPS[0]!.id);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await stepView(page, INTRO_STEPS[2]!.id);
      // Next, close, Back: Tab cycles over the enabled buttons and never leaves the popover.
      const seen: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        seen.push((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) ?? '');
      }
      expect(seen).toEqual(['intro-close', 'intro-back', 'intro-next', 'intro-close']);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter'); // Back
      await stepView(page, INTRO_STEPS[1]!.id);
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="intro"]', { state: 'detached' });
      await expect(page.getByTestId('intro-start').textContent()).resolves.toContain(c.resume(2));
      await page.reload();
      await page.waitForSelector('[data-testid="intro-start"]');
      await expect(page.getByTestId('intro-start').textContent()).resolves.toContain(c.resume(2));
      await page.getByTestId('intro-start').focus();
      await page.keyboard.press('Enter');
      const view = await stepView(page, INTRO_STEPS[1]!.id);
      expectOnScreen(view, 2, c.stepOf(2));
      await page.keyboard.press('Escape');
    });

    it('made no request outside 127.0.0.1 and logged no page error', () => {
      expect(foreignRequests(session.requests)).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    });
  });
}
