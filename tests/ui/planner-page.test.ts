import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario/schema';
import PlannerPage from '../../src/ui/PlannerPage.svelte';
import { openContext } from './helpers';

const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;

describe('PlannerPage', () => {
  it('draws a first result section by section: the summary before the move list and the why-not panel', async () => {
    const { app, context } = await openContext(structuredClone(sample));
    render(PlannerPage, { context });
    // The batch of DOM changes in which each section first appears.
    const batch = new Map<string, number>();
    let batches = 0;
    const seen = new MutationObserver(() => {
      batches++;
      for (const id of ['plan-summary', 'before-after-chart', 'move-list', 'why-not']) {
        if (!batch.has(id) && document.querySelector(`[data-testid="${id}"]`)) batch.set(id, batches);
      }
    });
    seen.observe(document.body, { childList: true, subtree: true });
    await app.planner.propose();
    await waitFor(() => expect(screen.getByTestId('why-not')).toBeInTheDocument());
    seen.disconnect();
    const at = (id: string) => batch.get(id) ?? Number.NaN;
    expect(at('plan-summary')).toBeLessThan(at('before-after-chart'));
    expect(at('before-after-chart')).toBeLessThan(at('move-list'));
    expect(at('move-list')).toBeLessThan(at('why-not'));
    expect(screen.getByTestId('saved-plans')).toBeInTheDocument();
  });

  it('keeps the move list filter and sort when a re-optimised result replaces the one on screen', async () => {
    const { app, context } = await openContext(structuredClone(sample));
    render(PlannerPage, { context });
    await app.planner.propose();
    await waitFor(() => expect(screen.getByTestId('why-not')).toBeInTheDocument());
    const first = app.planner.result!.moves[0]!;
    const filter = screen.getByTestId('move-filter') as HTMLInputElement;
    await fireEvent.input(filter, { target: { value: first.name } });
    const sort = screen.getByTestId('move-sort') as HTMLSelectElement;
    await fireEvent.change(sort, { target: { value: 'name' } });
    const list = screen.getByTestId('move-list');
    app.planner.reject(first.nip, first.toPostId);
    await app.planner.propose();
    await waitFor(() => expect(app.planner.busy).toBe(false));
    expect(screen.getByTestId('move-list')).toBe(list);
    expect((screen.getByTestId('move-filter') as HTMLInputElement).value).toBe(first.name);
    expect((screen.getByTestId('move-sort') as HTMLSelectElement).value).toBe('name');
    expect(screen.getByTestId('why-not')).toBeInTheDocument();
  });
});
