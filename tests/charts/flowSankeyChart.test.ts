import { render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FlowSankey from '../../src/charts/FlowSankey.svelte';
import { Locale } from '../../src/i18n/i18n.svelte';
import { APP_CONTEXT_KEY, type AppContext } from '../../src/state/context';

const units = [
  { id: 'camat', name: 'Kantor Camat Nanggalo' },
  { id: 'kurao', name: 'Kantor Lurah Kurao Pagang' },
];

/** The chart reads only the locale from the app context. */
function context(lang: 'id' | 'en' = 'id'): Map<symbol, AppContext> {
  localStorage.clear();
  const locale = new Locale();
  locale.lang = lang;
  return new Map([[APP_CONTEXT_KEY, { locale } as unknown as AppContext]]);
}

describe('FlowSankey', () => {
  it('draws a titled link per flow and the same flows as a table', async () => {
    const flows = [
      { fromUnitId: 'camat', toUnitId: 'kurao', count: 2 },
      { fromUnitId: 'kurao', toUnitId: 'camat', count: 1 },
    ];
    render(FlowSankey, { props: { flows, units }, context: context() });
    const svg = screen.getByTestId('flow-sankey');
    await waitFor(() => expect(svg.querySelectorAll('g.node')).toHaveLength(4));
    expect(svg).toHaveAttribute('role', 'img');
    expect(svg.getAttribute('aria-label')).toContain('3 orang pindah melalui 2 jalur');
    const titles = [...svg.querySelectorAll('path.link title')].map((t) => t.textContent);
    expect(titles).toEqual(['Kantor Camat Nanggalo → Kantor Lurah Kurao Pagang: 2 orang', 'Kantor Lurah Kurao Pagang → Kantor Camat Nanggalo: 1 orang']);
    expect(svg.querySelectorAll('g.node[data-side="from"]')).toHaveLength(2);
    expect(svg.querySelectorAll('g.node[data-side="to"]')).toHaveLength(2);
    const rows = within(screen.getByTestId('flow-sankey-table')).getAllByRole('row');
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))).toEqual([
      [],
      ['Kantor Camat Nanggalo', 'Kantor Lurah Kurao Pagang', '2'],
      ['Kantor Lurah Kurao Pagang', 'Kantor Camat Nanggalo', '1'],
    ]);
    expect(document.querySelector('figcaption')).toHaveTextContent('Aliran mutasi antarunit');
  });

  it('draws many flows a slice at a time until every link, unit and table row is there', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ id: `u${i}`, name: `Unit ${i}` }));
    const flows = many.slice(0, 60).map((u, i) => ({ fromUnitId: u.id, toUnitId: many[60 + i]!.id, count: 1 + (i % 3) }));
    render(FlowSankey, { props: { flows, units: many }, context: context() });
    const svg = screen.getByTestId('flow-sankey');
    const drawn = () => svg.querySelectorAll('path.link').length + svg.querySelectorAll('g.node').length;
    expect(drawn()).toBeLessThan(180);
    await waitFor(() => expect(drawn()).toBe(180));
    expect(svg.querySelectorAll('g.node[data-side="to"]')).toHaveLength(60);
    expect(within(screen.getByTestId('flow-sankey-table')).getAllByRole('row')).toHaveLength(61);
  });

  it('says so when no one moves, in English too', () => {
    render(FlowSankey, { props: { flows: [], units }, context: context('en') });
    expect(screen.queryByTestId('flow-sankey')).toBeNull();
    expect(screen.getByTestId('flow-sankey-empty')).toHaveTextContent('No transfers between units to show yet.');
  });
});
