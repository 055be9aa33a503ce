/**
 * Real Chromium (Debian's package) driven by playwright-core, with a fresh profile per launch and
 * a record of every request, so tests can assert that nothing leaves 127.0.0.1.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = 'artifacts/screenshots';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL asked for, by the page or its service worker, in order. */
  requests: string[];
  /** The URLs the page itself asked for (not the service worker's precaching). */
  pageRequests: string[];
  /** Errors thrown in the page or logged to its console as errors. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** `bypassCSP` lets a test inject a checker script (axe-core) past the app's Content Security Policy. */
export async function openSession(viewport = { width: 1366, height: 768 }, options: { bypassCSP?: boolean } = {}): Promise<Session> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
  const context = await browser.newContext({ viewport, locale: 'id-ID', serviceWorkers: 'allow', acceptDownloads: true, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const requests: string[] = [];
  const pageRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
    if (!request.serviceWorker()) pageRequests.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return {
    browser, context, page, requests, pageRequests, pageErrors,
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

/** A session on the app at `baseUrl`, once the dashboard is drawn (the first visit seeds the sample). */
export async function openApp(baseUrl: string, viewport = { width: 1366, height: 900 }, options: { bypassCSP?: boolean } = {}): Promise<Session> {
  const session = await openSession(viewport, options);
  await session.page.goto(baseUrl);
  await session.page.waitForSelector('[data-testid="unit-balance-chart"] g.row');
  return session;
}

/** Requests that went anywhere but the local preview server (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: readonly string[]): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).hostname !== '127.0.0.1';
    } catch {
      return true;
    }
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** A main-thread task over 50 ms, as a PerformanceObserver for long tasks reports it. */
export interface LongTask {
  start: number;
  duration: number;
}

/**
 * From every later page load on, records the page's long tasks in `window.longTasks` (the tasks
 * before the observer started included), and marks `mark` at the load's start when given.
 */
export async function recordLongTasksFromLoad(page: Page, mark?: string): Promise<void> {
  await page.addInitScript((name) => {
    const w = window as unknown as { longTasks: LongTask[] };
    w.longTasks = [];
    if (name) performance.mark(name);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  }, mark);
}
