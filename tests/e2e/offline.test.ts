/**
 * Offline: after the first visit the service worker serves the app, so with the network cut a reload
 * still opens it, with the scenarios saved in the browser.
 */
import { describe, expect, inject, it } from 'vitest';
import { foreignRequests, openApp, screenshot } from './browser';

const baseUrl = inject('baseUrl');

describe('offline after the first visit', () => {
  it('reloads the app and its saved scenario with the network cut', async () => {
    const session = await openApp(baseUrl);
    try {
      const page = session.page;
      // Wait until the service worker controls the page (a reload makes it so after installation).
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.waitForSelector('[data-testid="unit-balance-chart"] g.row');
      // Something saved while online...
      await page.getByTestId('nav-scenarios').click();
      await page.getByTestId('create-sample').click();
      await page.waitForSelector('li[data-scenario="contoh-nanggalo-2"] .current');

      await session.context.setOffline(true);
      await page.reload();
      await page.waitForSelector('[data-testid="scenario-library"] li[data-scenario]');
      await expect(page.locator('li[data-scenario="contoh-nanggalo-2"] .current').count()).resolves.toBe(1);
      await page.getByTestId('nav-dashboard').click();
      await page.waitForSelector('[data-testid="unit-balance-chart"] g.row');
      await screenshot(page, 'offline-dashboard-id-1366x900');
      expect(foreignRequests(session.requests)).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.context.setOffline(false);
      await session.close();
    }
  });
});
