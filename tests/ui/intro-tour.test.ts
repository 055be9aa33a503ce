import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { IntroState } from '../../src/state/intro.svelte';
import IntroButton from '../../src/ui/intro/IntroButton.svelte';
import IntroTour from '../../src/ui/intro/IntroTour.svelte';
import { INTRO_STEPS } from '../../src/ui/intro/steps';
import { minimalScenario } from '../core/fixtures';
import { openContext } from './helpers';

describe('IntroTour', () => {
  it('opens from the header button, moves focus into a labelled dialog, steps on, closes on Esc and offers to continue', async () => {
    const { context } = await openContext(minimalScenario());
    const intro = new IntroState(INTRO_STEPS.length);
    render(IntroButton, { props: { intro }, context });
    render(IntroTour, { props: { intro }, context });
    const entry = screen.getByTestId('intro-start');
    expect(entry).toHaveTextContent('Mulai tur');

    await fireEvent.click(entry);
    const dialog = await screen.findByRole('dialog', { name: 'Selamat datang di Seimbang' });
    expect(dialog).toHaveTextContent(`Langkah 1 dari ${INTRO_STEPS.length}`);
    expect(screen.getByTestId('intro-live')).toHaveTextContent(`Langkah 1 dari ${INTRO_STEPS.length}: Selamat datang di Seimbang`);
    expect(screen.getByTestId('intro-back')).toBeDisabled();
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true), { timeout: 10_000 });

    await fireEvent.click(screen.getByTestId('intro-next'));
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Kebutuhan pegawai dari beban kerja (ABK)');
    // The step about workload needs a unit page: the tour goes there itself.
    await waitFor(() => expect(location.hash).toMatch(/^#\/unit\//));
    expect(screen.getByTestId('intro-live')).toHaveTextContent(`Langkah 2 dari ${INTRO_STEPS.length}`);

    await fireEvent.keyDown(window, { key: 'Escape' });
    flushSync();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(intro.step).toBe(1);
    expect(entry).toHaveTextContent(`Lanjutkan tur (2/${INTRO_STEPS.length})`);
    expect(document.activeElement).toBe(entry);
  }, 20_000);

  it('speaks English when the interface does', async () => {
    const { app, context } = await openContext(minimalScenario());
    app.locale.set('en');
    const intro = new IntroState(INTRO_STEPS.length);
    render(IntroTour, { props: { intro }, context });
    intro.start();
    flushSync();
    expect(screen.getByRole('dialog', { name: 'Welcome to Seimbang' })).toHaveTextContent(`Step 1 of ${INTRO_STEPS.length}`);
    expect(screen.getByTestId('intro-next')).toHaveTextContent('Next');
    intro.skip();
  });
});
