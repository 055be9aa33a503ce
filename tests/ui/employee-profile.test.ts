import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EmployeeProfile from '../../src/ui/EmployeeProfile.svelte';
import { minimalScenario } from '../core/fixtures';
import { openContext } from './helpers';

describe('EmployeeProfile', () => {
  it('shows rank, post, time in post, performance and the retirement date', async () => {
    const { context } = await openContext(minimalScenario());
    render(EmployeeProfile, { props: { nip: '196803151990031002' }, context });
    expect(screen.getByRole('heading', { level: 1, name: 'Budi' })).toBeInTheDocument();
    expect(screen.getByText(/19680315 199003 1 002/)).toBeInTheDocument();
    expect(screen.getByTestId('retirement-date')).toHaveTextContent('1 April 2026');
    expect(screen.getByTestId('retirement-date')).toHaveTextContent('BUP 58 tahun');
    expect(screen.getByText('Pensiun dalam 15 bulan')).toBeInTheDocument();
    expect(screen.getByText('2024: Baik')).toBeInTheDocument();
    // in post since 2020-01-02, as of 2025-01-01: 4 years 11 months
    expect(screen.getByText('4 tahun 11 bulan')).toBeInTheDocument();
  });

  it('moves the person to another post and the unit staff follow', async () => {
    const { app, context } = await openContext(minimalScenario());
    render(EmployeeProfile, { props: { nip: '198609262015051001' }, context });
    const select = screen.getByTestId('edit-post') as HTMLSelectElement;
    select.value = 'camat-analis';
    await fireEvent.change(select);
    await waitFor(() => expect(app.scenario.postRowById.get('camat-analis')?.headcount).toBe(1));
    expect(app.scenario.postRowById.get('camat-klerek')?.headcount).toBe(1);
    expect(app.scenario.people.get('198609262015051001')?.postSince).toBe('2025-01-01');
  });

  it('says so when the NIP is unknown', async () => {
    const { context } = await openContext(minimalScenario());
    render(EmployeeProfile, { props: { nip: '000' }, context });
    expect(screen.getByRole('alert')).toHaveTextContent('Pegawai tidak ditemukan');
  });
});
