import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Dashboard from '../../src/ui/Dashboard.svelte';
import { minimalScenario } from '../core/fixtures';
import { generateScenario } from '../../scripts/sample/generate';
import { openContext } from './helpers';

describe('Dashboard', () => {
  it('shows each unit with need, staff, EJ and band, and the metrics', async () => {
    const { context } = await openContext(minimalScenario());
    render(Dashboard, { context });
    const table = screen.getByTestId('unit-table');
    const camat = within(table).getByRole('row', { name: /Kantor Camat Nanggalo/ });
    expect(camat).toHaveTextContent('1,80');
    expect(within(camat).getByTestId('unit-ej')).toHaveTextContent('0,90');
    expect(camat.querySelector('[data-standing]')?.getAttribute('data-standing')).toBe('B');
    // I = 1.6 / 3.6
    expect(document.querySelector('[data-metric="misallocation"] dd')).toHaveTextContent('0,444');
    expect(document.querySelector('[data-metric="vacant"] dd')).toHaveTextContent('1');
    // Budi retires 2026-04-01, within three years of 2025-01-01
    expect(document.querySelector('[data-metric="retiring"] dd')).toHaveTextContent('1');
    expect(screen.getAllByTestId('unit-balance-chart')).toHaveLength(1);
  });

  it('speaks English when switched', async () => {
    const { app, context } = await openContext(minimalScenario());
    app.locale.set('en');
    render(Dashboard, { context });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Workload balance per unit');
    expect(screen.getByText('Misallocation index')).toBeInTheDocument();
    app.locale.set('id');
  });

  it('draws the 60 units furthest from balance of a large agency, and all of them on request', async () => {
    const s = generateScenario({ seed: 3, employees: 1500 });
    expect(s.units.length).toBeGreaterThan(60);
    const { app, context } = await openContext(s);
    render(Dashboard, { context });
    await screen.findByTestId('unit-table'); // drawn in a task after the chart's
    const rowsShown = () => screen.getByTestId('unit-table').querySelectorAll('tbody tr').length;
    // A few dozen rows per task.
    expect(rowsShown()).toBe(30);
    await waitFor(() => expect(rowsShown()).toBe(60));
    // Every unit left out is no further from balance than every unit shown.
    const distance = (id: string) => {
      const r = app.scenario.unitRowById.get(id)!;
      return r.ej === null ? (r.need > 0 ? Infinity : -1) : Math.abs(r.ej - 1);
    };
    const shown = new Set([...screen.getByTestId('unit-table').querySelectorAll('tbody tr a')].map((a) => decodeURIComponent(a.getAttribute('href')!.split('/').pop()!)));
    expect(shown.size).toBe(60);
    const closestShown = Math.min(...[...shown].map(distance));
    for (const u of s.units) if (!shown.has(u.id)) expect(distance(u.id)).toBeLessThanOrEqual(closestShown);
    await fireEvent.click(within(screen.getByTestId('all-units')).getByRole('checkbox'));
    await waitFor(() => expect(rowsShown()).toBe(s.units.length), { timeout: 20_000 });
  }, 60_000);
});
