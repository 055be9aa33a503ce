import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import UnitView from '../../src/ui/UnitView.svelte';
import { minimalScenario } from '../core/fixtures';
import { openContext } from './helpers';
import { ScenarioRepository } from '../../src/storage/scenarios';

describe('UnitView', () => {
  it('shows posts, tasks, need and staff of a unit', async () => {
    const { context } = await openContext(minimalScenario());
    render(UnitView, { props: { unitId: 'camat' }, context });
    expect(screen.getByRole('heading', { level: 1, name: 'Kantor Camat Nanggalo' })).toBeInTheDocument();
    expect(screen.getByTestId('unit-need')).toHaveTextContent('1,80');
    expect(screen.getByTestId('unit-ej')).toHaveTextContent('0,90');
    expect(screen.getByRole('heading', { name: 'Pengadministrasi Perkantoran' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Andi' })).toBeInTheDocument();
  });

  it('recomputes need and EJ when a task volume changes, and saves it', async () => {
    const { app, context, db } = await openContext(minimalScenario());
    render(UnitView, { props: { unitId: 'camat' }, context });
    const input = screen.getByTestId('volume-camat-klerek-t1') as HTMLInputElement;
    input.value = '3000';
    await fireEvent.change(input);
    // 3000 x 60 / 75000 = 2.40 FTE for the post, plus 0.60 vacant analyst = 3.00 for the unit; 2 people -> EJ 1.50
    await waitFor(() => expect(screen.getByTestId('unit-ej')).toHaveTextContent('1,50'));
    expect(screen.getByTestId('unit-need')).toHaveTextContent('3,00');
    await waitFor(() => expect(app.scenario.pendingSaves).toBe(0));
    const stored = await new ScenarioRepository(db).load('test-minimal');
    expect(stored?.scenario.posts.find((p) => p.id === 'camat-klerek')?.tasks[0]?.volume).toBe(3000);
  });

  it('rejects a negative volume with a message and keeps the old value', async () => {
    const { app, context } = await openContext(minimalScenario());
    render(UnitView, { props: { unitId: 'camat' }, context });
    const input = screen.getByTestId('volume-camat-klerek-t1') as HTMLInputElement;
    input.value = '-5';
    await fireEvent.change(input);
    expect(screen.getByRole('alert')).toHaveTextContent('Masukkan angka 0 atau lebih');
    expect(app.scenario.postById.get('camat-klerek')?.tasks[0]?.volume).toBe(1500);
  });

  it('says so when the unit does not exist', async () => {
    const { context } = await openContext(minimalScenario());
    render(UnitView, { props: { unitId: 'missing' }, context });
    expect(screen.getByRole('alert')).toHaveTextContent('Unit tidak ditemukan');
  });
});

describe('UnitView: placing someone in a post', () => {
  it('finds people by name or NIP, leaves out who holds the post already, and places the one chosen', async () => {
    const s = minimalScenario();
    const { app, context } = await openContext(s);
    render(UnitView, { props: { unitId: 'camat' }, context });
    const post = screen.getByRole('heading', { name: 'Pengadministrasi Perkantoran' }).closest('article')!;
    const inPost = s.employees.filter((e) => e.postId === post.getAttribute('data-post'));
    const elsewhere = s.employees.find((e) => e.postId !== post.getAttribute('data-post'))!;
    await fireEvent.click(within(post as HTMLElement).getByRole('button', { name: 'Tempatkan pegawai di jabatan ini' }));
    const search = within(post as HTMLElement).getByLabelText('Cari pegawai yang akan ditempatkan (nama atau NIP)');
    await fireEvent.input(search, { target: { value: inPost[0]!.name } });
    expect(within(post as HTMLElement).queryByRole('button', { name: new RegExp(`^${inPost[0]!.name} —`) })).toBeNull();
    await fireEvent.input(search, { target: { value: 'zzzz' } });
    expect(within(post as HTMLElement).getByRole('status')).toHaveTextContent('Tidak ada pegawai yang cocok');
    await fireEvent.input(search, { target: { value: elsewhere.nip.slice(0, 12) } });
    await fireEvent.click(within(post as HTMLElement).getByRole('button', { name: new RegExp(`^${elsewhere.name} —`) }));
    await waitFor(() => expect(app.scenario.people.get(elsewhere.nip)?.postId).toBe(post.getAttribute('data-post')));
    await waitFor(() => expect(within(post as HTMLElement).getByRole('link', { name: elsewhere.name })).toBeInTheDocument());
    expect(within(post as HTMLElement).queryByTestId('place-picker')).toBeNull();
  });
});
