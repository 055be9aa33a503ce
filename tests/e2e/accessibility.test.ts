/**
 * An automated accessibility check (axe-core, injected from node_modules) on the real pages in real
 * Chromium, in both languages: no serious or critical violation anywhere. The counts per page and
 * impact are printed, so a moderate or minor finding is visible even though it does not fail the run.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, type Session } from './browser';

const baseUrl = inject('baseUrl');
const AXE_PATH = 'node_modules/axe-core/axe.min.js';
const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as {
  units: { id: string }[];
  employees: { nip: string; postId: string | null }[];
};

interface Violation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe on the page as it is now; injects it first if the page was reloaded since. */
async function audit(page: Page, name: string): Promise<Violation[]> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  }) as Violation[];
  const count = (impact: string) => violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0);
  console.log(
    `[a11y] ${name}: critical ${count('critical')}, serious ${count('serious')}, moderate ${count('moderate')}, minor ${count('minor')}` +
      (violations.length ? ` (${violations.map((v) => `${v.id}:${v.impact}x${v.nodes.length}`).join(', ')})` : ''),
  );
  return violations;
}

/** The serious and critical findings, described well enough to find them in the source. */
function blocking(violations: Violation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

/** Charts whose figures are given elsewhere on the page: the unit balance chart by the unit table beside it. */
const EQUIVALENT_ELSEWHERE: Record<string, string> = {
  'unit-balance-chart': '[data-testid="unit-table"]',
};

/** Test ids of drawn charts that have no table equivalent, in their figure or elsewhere on the page. */
async function chartsWithoutTable(page: Page): Promise<string[]> {
  return page.evaluate((elsewhere) => {
    return [...document.querySelectorAll('main figure svg[data-testid]')].flatMap((svg) => {
      const id = svg.getAttribute('data-testid')!;
      const figure = svg.closest('figure')!;
      if (figure.querySelector('table, details.chart-table')) return [];
      if (elsewhere[id] && document.querySelector(elsewhere[id])) return [];
      return [id];
    });
  }, EQUIVALENT_ELSEWHERE);
}

async function go(page: Page, hash: string, ready: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.waitForSelector(ready);
  // Let transitions and late layout settle before colours are measured.
  await page.waitForTimeout(150);
}

for (const lang of ['id', 'en'] as const) {
  describe(`accessibility (axe-core) in ${lang === 'id' ? 'Indonesian' : 'English'}`, () => {
    let session: Session;
    const placed = sample.employees.find((e) => e.postId !== null)!;

    beforeAll(async () => {
      session = await openApp(baseUrl, undefined, { bypassCSP: true });
      if (lang === 'en') {
        await session.page.getByTestId('lang-switch').click();
        await session.page.waitForFunction(() => document.documentElement.lang === 'en');
      }
    });
    afterAll(async () => {
      await session?.close();
    });

    const check = async (name: string) => {
      // Audit the charts' tables too: open every one first.
      await session.page.$$eval('details.chart-table', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await expect(chartsWithoutTable(session.page)).resolves.toEqual([]);
      const problems = blocking(await audit(session.page, `${lang} ${name}`));
      expect(problems, problems.join('\n')).toEqual([]);
    };

    it('dashboard', async () => {
      await go(session.page, '#/', '[data-testid="unit-balance-chart"] g.row');
      await check('dashboard');
    });

    it('unit view', async () => {
      await go(session.page, `#/unit/${sample.units[0]!.id}`, '[data-testid="unit-view"]');
      await check('unit view');
    });

    it('employee profile', async () => {
      await go(session.page, `#/employee/${placed.nip}`, '[data-testid="employee-profile"]');
      await check('employee profile');
    });

    it('planner after a plan is made', async () => {
      const page = session.page;
      await go(page, '#/plan', '[data-testid="propose"]');
      await page.getByTestId('propose').click();
      await page.waitForSelector('[data-testid="move-list"] tbody tr[data-nip]');
      await page.waitForSelector('[data-testid="frontier-chart"] [data-moves]');
      // The last sections of a first result arrive a few frames later: check the whole page.
      await page.waitForSelector('[data-testid="why-not"]');
      await page.waitForSelector('[data-testid="saved-plans"]');
      await page.locator('[data-testid="move-list"] tbody tr[data-nip]').first().locator('[data-action="reasons"]').click();
      await check('planner');
    });

    it('simulation after a run', async () => {
      const page = session.page;
      await go(page, '#/simulation', '[data-testid="heatmap"] rect[data-unit]');
      await page.getByTestId('sim-runs').fill('200');
      await page.getByTestId('sim-run').click();
      await page.waitForSelector('[data-testid="sim-done"]');
      await page.waitForSelector('[data-testid="fan-headcount"]');
      await check('simulation');
    });

    it('scenario library', async () => {
      await go(session.page, '#/scenarios', '[data-testid="scenario-library"]');
      await check('scenario library');
    });

    it('compare page', async () => {
      const page = session.page;
      await go(page, '#/compare', '[data-testid="compare-scenarios"]');
      // One scenario in the library: compare it with itself, which still draws the whole page.
      await page.getByTestId('compare-a').selectOption({ index: 0 });
      await page.getByTestId('compare-b').selectOption({ index: 0 });
      await page.getByTestId('compare-run').click();
      await page.waitForSelector('[data-testid="compare-metrics"]');
      await check('compare');
    });

    it('training list', async () => {
      const page = session.page;
      await go(page, '#/training', 'main h1');
      await page.waitForFunction(() => !document.querySelector('[data-testid="dashboard"]'), undefined, { timeout: 5000 });
      await page.waitForSelector('main a[href^="#/training/"]');
      await check('training list');
    });

    it('facilitator page', async () => {
      await go(session.page, '#/facilitator', '[data-testid="import-results"]');
      await check('facilitator');
    });

    it('roster import page', async () => {
      await go(session.page, '#/import', '[data-testid="roster-import-page"]');
      await check('roster import');
    });

    it('an exercise page', async () => {
      const page = session.page;
      await go(page, '#/training', 'main a[href^="#/training/"]');
      const href = await page.locator('main a[href^="#/training/"]').first().getAttribute('href');
      await go(page, href!, 'main h1');
      await page.waitForFunction(() => !document.querySelector('[data-testid="dashboard"]'), undefined, { timeout: 5000 });
      await check('exercise');
    });

    it('an exercise after a move and submitting (score, feedback, optimal plan)', async () => {
      const page = session.page;
      await page.getByTestId('trainee-name').fill('Uji');
      await page.selectOption('[data-testid="move-person"]', { index: 1 });
      await page.selectOption('[data-testid="move-target"]', { index: 1 });
      await page.getByTestId('move-submit').click();
      await check('exercise after a move');
      await page.getByTestId('submit-plan').click();
      await page.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
      await page.waitForSelector('[data-testid="optimal-plan"]');
      await check('exercise result');
    });
  });
}

/**
 * Tabs through a page from its top and returns the focus stops that show no focus indicator: no
 * outline of at least 2 px (or, for the frontier's points, no ring drawn around the dot).
 */
async function stopsWithoutFocusRing(page: Page, stops: number): Promise<{ visited: number; missing: string[] }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.locator('body').focus();
  const missing: string[] = [];
  const seen = new Set<string>();
  let first: string | undefined;
  let visited = 0;
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | SVGElement | null;
      if (!el || el === document.body) return null;
      const describe = `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      const style = getComputedStyle(el);
      let ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const hit = el.querySelector?.('.hit');
      if (!ring && hit) ring = parseFloat(getComputedStyle(hit).strokeWidth) >= 2 && getComputedStyle(hit).stroke !== 'none';
      return { describe, ring, key: describe + (el.getBoundingClientRect().top + scrollY) };
    });
    if (!stop) continue;
    if (stop.key === first) break; // wrapped around to the top
    first ??= stop.key;
    // A date field takes several Tab presses (day, month, year): count it once.
    if (seen.has(stop.key)) continue;
    seen.add(stop.key);
    visited++;
    if (!stop.ring) missing.push(stop.describe);
  }
  return { visited, missing };
}

describe('visible keyboard focus', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openApp(baseUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  const pages: [string, string, string, ((page: Page) => Promise<void>)?][] = [
    ['dashboard', '#/', '[data-testid="unit-balance-chart"] g.row'],
    ['planner', '#/plan', '[data-testid="propose"]', async (page) => {
      await page.getByTestId('propose').click();
      await page.waitForSelector('[data-testid="frontier-chart"] [data-moves]');
      await page.waitForSelector('[data-testid="saved-plans"]');
    }],
    ['simulation', '#/simulation', '[data-testid="heatmap"] rect[data-unit]'],
    ['training list', '#/training', 'main a[href^="#/training/"]'],
  ];
  for (const [name, hash, ready, prepare] of pages) {
    it(`shows a focus ring on every stop of the ${name}`, async () => {
      const page = session.page;
      await go(page, hash, ready);
      await prepare?.(page);
      const { visited, missing } = await stopsWithoutFocusRing(page, 120);
      console.log(`[focus] ${name}: ${visited} stops visited, ${missing.length} without a visible ring`);
      expect(visited).toBeGreaterThan(5);
      expect(missing).toEqual([]);
    });
  }
});

describe('accessibility (axe-core) at phone width', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openApp(baseUrl, { width: 390, height: 844 }, { bypassCSP: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const [name, hash, ready] of [
    ['dashboard', '#/', '[data-testid="unit-balance-chart"] g.row'],
    ['unit view', `#/unit/${sample.units[0]!.id}`, '[data-testid="unit-view"]'],
    ['simulation', '#/simulation', '[data-testid="heatmap"] rect[data-unit]'],
  ] as const) {
    it(name, async () => {
      await go(session.page, hash, ready);
      const problems = blocking(await audit(session.page, `phone ${name}`));
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
