import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Dashboard from '../../src/ui/Dashboard.svelte';
import { minimalScenario } from '../core/fixtures';
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
});
