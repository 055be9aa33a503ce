import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FanChart from '../../src/charts/FanChart.svelte';
import { Locale } from '../../src/i18n/i18n.svelte';
import { APP_CONTEXT_KEY, type AppContext } from '../../src/state/context';

/** The chart reads only the locale from the app context. */
function context(): Map<symbol, AppContext> {
  localStorage.clear();
  return new Map([[APP_CONTEXT_KEY, { locale: new Locale() } as unknown as AppContext]]);
}

describe('FanChart', () => {
  it('lists every month by its calendar month in the table equivalent', async () => {
    const props = {
      p10: [0.8, 0.9, 1.0], p50: [0.9, 1.0, 1.1], p90: [1.0, 1.1, 1.3], expected: [0.9, 1.0, 1.2],
      caption: 'EJ Puskesmas', note: 'P10–P90', startMonth: 2026 * 12 + 11, // December 2026
    };
    render(FanChart, { props, context: context() });
    const table = screen.getByTestId('fan-chart-table') as HTMLDetailsElement;
    expect(within(table).getByText('Tampilkan sebagai tabel')).toBeInTheDocument();
    table.open = true;
    await fireEvent(table, new Event('toggle'));
    const firstCells = [...table.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('th, td')?.textContent?.trim());
    expect(firstCells).toEqual(['2026-12', '2027-01', '2027-02']);
    expect(table.querySelector('tbody tr:last-child')?.textContent).toContain('1,30');
  });
});
