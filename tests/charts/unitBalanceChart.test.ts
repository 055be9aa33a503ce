import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import UnitBalanceChart from '../../src/charts/UnitBalanceChart.svelte';
import type { UnitBalanceDatum } from '../../src/charts/unitBalance';
import { Locale } from '../../src/i18n/i18n.svelte';
import { APP_CONTEXT_KEY, type AppContext } from '../../src/state/context';

/** The chart reads only the locale from the app context. */
function context(): Map<symbol, AppContext> {
  localStorage.clear();
  return new Map([[APP_CONTEXT_KEY, { locale: new Locale() } as unknown as AppContext]]);
}

const units = (n: number): UnitBalanceDatum[] =>
  Array.from({ length: n }, (_, i) => ({ id: `u${i}`, label: `Unit ${i}`, need: 2, headcount: i % 4, ej: i % 4 === 0 ? null : 2 / (i % 4), standing: 'C' as const }));

describe('UnitBalanceChart', () => {
  const rows = () => screen.getByTestId('unit-balance-chart').querySelectorAll('g.row');

  it('draws a short chart whole at once', () => {
    render(UnitBalanceChart, { props: { data: units(40) }, context: context() });
    expect(rows()).toHaveLength(40);
  });

  it('draws a long chart a few dozen rows per task from the task after its measuring, in order, until every row is there', async () => {
    render(UnitBalanceChart, { props: { data: units(100) }, context: context() });
    // Measured and laid out first, then its rows from the next task on.
    expect(rows()).toHaveLength(0);
    await waitFor(() => expect(rows()).toHaveLength(30));
    await waitFor(() => expect(rows()).toHaveLength(100));
    expect([...rows()].map((r) => r.getAttribute('data-unit'))).toEqual(units(100).map((u) => u.id));
  });
});
