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

  it('moves the person to a post found by title or unit, leaving out the post they hold', async () => {
    const { app, context } = await openContext(minimalScenario());
    render(EmployeeProfile, { props: { nip: '198609262015051001' }, context });
    expect(screen.getByTestId('edit-current-post')).toHaveTextContent('Pengadministrasi Perkantoran — Kantor Camat Nanggalo');
    const find = screen.getByTestId('edit-post');
    await fireEvent.input(find, { target: { value: 'kantor camat' } });
    // both of the Kantor Camat's posts match the unit's name; the one held is not offered
    expect(screen.getByRole('button', { name: 'Analis Kebijakan — Kantor Camat Nanggalo' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Pengadministrasi Perkantoran/ })).toBeNull();
    await fireEvent.input(find, { target: { value: 'perawat camat' } });
    expect(screen.getByRole('status')).toHaveTextContent('Tidak ada jabatan yang cocok');
    await fireEvent.input(find, { target: { value: 'ANALIS' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Analis Kebijakan — Kantor Camat Nanggalo' }));
    await waitFor(() => expect(app.scenario.postRowById.get('camat-analis')?.headcount).toBe(1));
    expect(app.scenario.postRowById.get('camat-klerek')?.headcount).toBe(1);
    expect(app.scenario.people.get('198609262015051001')?.postSince).toBe('2025-01-01');
    await waitFor(() => expect(screen.getByTestId('edit-current-post')).toHaveTextContent('Analis Kebijakan'));
    expect((find as HTMLInputElement).value).toBe('');
  });

  it('takes the person out of their post', async () => {
    const { app, context } = await openContext(minimalScenario());
    render(EmployeeProfile, { props: { nip: '198609262015051001' }, context });
    await fireEvent.click(screen.getByRole('button', { name: 'Lepas dari jabatan' }));
    await waitFor(() => expect(app.scenario.postRowById.get('camat-klerek')?.headcount).toBe(1));
    expect(app.scenario.people.get('198609262015051001')?.postId).toBeNull();
    await waitFor(() => expect(screen.getByTestId('edit-current-post')).toHaveTextContent('Belum ditempatkan'));
  });

  it('says so when the NIP is unknown', async () => {
    const { context } = await openContext(minimalScenario());
    render(EmployeeProfile, { props: { nip: '000' }, context });
    expect(screen.getByRole('alert')).toHaveTextContent('Pegawai tidak ditemukan');
  });
});
