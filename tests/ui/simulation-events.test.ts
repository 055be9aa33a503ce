import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario/schema';
import SimulationPage from '../../src/ui/SimulationPage.svelte';
import { generateScenario } from '../../scripts/sample/generate';
import { minimalScenario } from '../core/fixtures';
import { openContext } from './helpers';

/** The minimal scenario with a 5% exit rate (so that Monte Carlo runs differ) and a spike on the Puskesmas. */
function withSpike(): Scenario {
  const s = minimalScenario();
  s.events = [
    { id: 'keluar-1', type: 'exit-rate', yearlyRate: 0.05, positionType: null, minAge: null, maxAge: null },
    { id: 'spike-1', type: 'demand-spike', unitId: 'pusk', postId: null, taskId: null, start: '2025-03-01', end: '2025-05-31', factor: 2, extraVolume: null },
  ];
  return s;
}

async function openPage(s: Scenario) {
  const opened = await openContext(s);
  opened.app.simulation.runs = 200;
  render(SimulationPage, { context: opened.context });
  await screen.findByTestId('event-editor');
  await waitFor(() => expect(opened.app.simulation.expected).not.toBeNull());
  return opened;
}

const item = (id: string) => document.querySelector(`[data-testid="event-editor"] li[data-event="${id}"]`) as HTMLElement;
const field = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

async function type(testId: string, value: string) {
  const input = field(testId);
  input.value = value;
  await fireEvent.input(input);
}

describe('EventEditor: editing an event', () => {
  it('opens the form filled in, saves in place with the same id, and shows what the edit changes on the same draws', async () => {
    const { app } = await openPage(withSpike());
    await fireEvent.click(within(item('spike-1')).getByTestId('event-edit'));
    expect(screen.getByTestId('event-editing')).toHaveTextContent('Mengubah:');
    expect((screen.getByTestId('spike-unit') as HTMLSelectElement).value).toBe('pusk');
    expect(field('spike-from').value).toBe('2025-03');
    expect(field('spike-to').value).toBe('2025-05');
    expect(field('spike-factor').value).toBe('2');
    expect(screen.getByTestId('event-kind')).toBeDisabled();
    expect(screen.getByTestId('spike-add')).toHaveTextContent('Simpan perubahan');

    await type('spike-factor', '3');
    await type('spike-to', '2025-07');
    await fireEvent.click(screen.getByTestId('spike-add'));
    await waitFor(() => expect(app.scenario.scenario?.events[1]).toMatchObject({ id: 'spike-1', factor: 3, end: '2025-07-31' }));
    expect(app.scenario.scenario?.events.map((e) => e.id)).toEqual(['keluar-1', 'spike-1']);
    await waitFor(() => expect(screen.queryByTestId('event-editing')).toBeNull());
    expect(screen.getByTestId('spike-add')).toHaveTextContent('Tambahkan');

    // Deterministic what-changes, then the Monte Carlo before/after on the same draws: only the Puskesmas.
    await waitFor(() => expect(document.querySelector('[data-testid="what-changes"] tr[data-unit="pusk"]')).not.toBeNull());
    await waitFor(() => expect(document.querySelector('[data-testid="what-changes-mc"] tr[data-mc-unit="pusk"]')).not.toBeNull(), { timeout: 5000 });
    expect(document.querySelectorAll('[data-testid="what-changes-mc"] tr[data-mc-unit]')).toHaveLength(1);
    expect(screen.getByTestId('what-changes-mc')).toHaveTextContent('undian acak yang sama');
    expect(app.simulation.changes?.units[0]).toMatchObject({ unitId: 'pusk', monthsChanged: 5 });
  });

  it('validates an edit like an addition and keeps the event as it was', async () => {
    const { app } = await openPage(withSpike());
    await fireEvent.click(within(item('spike-1')).getByTestId('event-edit'));
    await type('spike-to', '2025-01');
    await fireEvent.click(screen.getByTestId('spike-add'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bulan akhir tidak boleh sebelum bulan mulai.');
    expect(app.scenario.scenario?.events[1]).toMatchObject({ id: 'spike-1', factor: 2, end: '2025-05-31' });
    expect(screen.getByTestId('event-editing')).toBeInTheDocument();
    await fireEvent.click(screen.getByTestId('event-edit-cancel'));
    expect(screen.queryByTestId('event-editing')).toBeNull();
    expect(app.scenario.scenario?.events).toHaveLength(2);
  });

  it('edits a planned hire and an exit rate in place, keeping the hire\'s profile', async () => {
    const s = withSpike();
    s.events.push({
      id: 'rekrut-3', type: 'planned-hire', postId: 'pusk-perawat', start: '2025-06-01', count: 2,
      profile: { status: 'PPPK', positionType: 'fungsional', positionLevel: 'terampil', family: 'perawat', education: { level: 'D-III', field: 'keperawatan' }, age: 24 },
    });
    const { app } = await openPage(s);
    await fireEvent.click(within(item('rekrut-3')).getByTestId('event-edit'));
    expect((screen.getByTestId('hire-post') as HTMLSelectElement).value).toBe('pusk-perawat');
    expect(field('hire-count').value).toBe('2');
    await type('hire-count', '0');
    await fireEvent.click(screen.getByTestId('spike-add'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Jumlah orang harus bilangan bulat 1 sampai 1.000.');
    await type('hire-count', '4');
    await fireEvent.click(screen.getByTestId('spike-add'));
    await waitFor(() => expect(app.scenario.scenario?.events[2]).toMatchObject({ id: 'rekrut-3', count: 4, profile: { status: 'PPPK', age: 24 } }));

    await fireEvent.click(within(item('keluar-1')).getByTestId('event-edit'));
    expect(field('exit-percent').value).toBe('5');
    await type('exit-percent', '7.5');
    await fireEvent.click(screen.getByTestId('spike-add'));
    await waitFor(() => expect(app.scenario.scenario?.events[0]).toMatchObject({ id: 'keluar-1', yearlyRate: 0.075 }));
    expect(app.scenario.scenario?.events).toHaveLength(3);
  });

  it('adds a temporary transfer by NIP and a workload trend, then edits the transfer into a permanent one', async () => {
    const s = minimalScenario();
    const person = s.employees.find((e) => e.postId !== null && e.postId !== 'pusk-perawat')!;
    const { app } = await openPage(s);
    const kind = screen.getByTestId('event-kind') as HTMLSelectElement;
    kind.value = 'transfer';
    await fireEvent.change(kind);
    await type('transfer-nip', '199');
    await fireEvent.click(screen.getByTestId('spike-add'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tidak ada pegawai dengan NIP ini');
    await type('transfer-nip', person.nip);
    expect(screen.getByTestId('transfer-who')).toHaveTextContent(person.name);
    const post = screen.getByTestId('hire-post') as HTMLSelectElement;
    post.value = 'pusk-perawat';
    await fireEvent.change(post);
    await type('spike-from', '2025-04');
    await type('spike-to', '2025-09');
    await fireEvent.click(screen.getByTestId('spike-add'));
    await waitFor(() => expect(app.scenario.scenario?.events).toHaveLength(1));
    const transfer = app.scenario.scenario!.events[0]!;
    expect(transfer).toMatchObject({ type: 'planned-transfer', nip: person.nip, toPostId: 'pusk-perawat', start: '2025-04-01', end: '2025-09-30' });

    kind.value = 'trend';
    await fireEvent.change(kind);
    await type('spike-from', '2025-01');
    await type('spike-to', '');
    await type('trend-percent', '4');
    await fireEvent.click(screen.getByTestId('spike-add'));
    await waitFor(() => expect(app.scenario.scenario?.events).toHaveLength(2));
    expect(app.scenario.scenario?.events[1]).toMatchObject({ type: 'demand-trend', unitId: null, start: '2025-01-01', end: null, yearlyGrowth: 0.04 });

    await fireEvent.click(within(item(transfer.id)).getByTestId('event-edit'));
    expect(field('transfer-nip').value).toBe(person.nip);
    expect(field('spike-to').value).toBe('2025-09');
    await type('spike-to', '');
    await fireEvent.click(screen.getByTestId('spike-add'));
    await waitFor(() => expect(app.scenario.scenario?.events[0]).toMatchObject({ id: transfer.id, type: 'planned-transfer', end: null }));
  });

  it('adds a spike on one task of a post as extra outputs a year, and reads it back for editing', async () => {
    const s = minimalScenario();
    const task = s.posts.find((p) => p.id === 'pusk-perawat')!.tasks[0]!;
    const { app } = await openPage(s);
    const choose = async (testId: string, value: string) => {
      const select = screen.getByTestId(testId) as HTMLSelectElement;
      select.value = value;
      await fireEvent.change(select);
    };
    await choose('spike-unit', 'pusk');
    await choose('spike-post', 'pusk-perawat');
    await choose('spike-task', task.id);
    await choose('spike-by', 'volume');
    await type('spike-from', '2025-02');
    await type('spike-to', '2025-04');
    await type('spike-extra', '1500');
    await fireEvent.click(screen.getByTestId('spike-add'));
    await waitFor(() => expect(app.scenario.scenario?.events).toHaveLength(1));
    const spike = app.scenario.scenario!.events[0]!;
    expect(spike).toMatchObject({ type: 'demand-spike', unitId: null, postId: 'pusk-perawat', taskId: task.id, factor: null, extraVolume: 1500, end: '2025-04-30' });
    expect(item(spike.id)).toHaveTextContent(`+1.500 ${task.output} per tahun`);

    await fireEvent.click(within(item(spike.id)).getByTestId('event-edit'));
    expect((screen.getByTestId('spike-unit') as HTMLSelectElement).value).toBe('pusk');
    expect((screen.getByTestId('spike-task') as HTMLSelectElement).value).toBe(task.id);
    expect(field('spike-extra').value).toBe('1500');
  });

  it('fills the spike form from a range drawn on the timeline', async () => {
    const { app } = await openPage(minimalScenario());
    app.simulation.drawSpike(7, 4);
    await waitFor(() => expect(field('spike-from').value).toBe('2025-05'));
    expect(field('spike-to').value).toBe('2025-08');
    expect(screen.getByTestId('spike-drawn')).toHaveTextContent('2025-05 – 2025-08');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('spike-unit')));
  });
});

describe('EventEditor: the post of a hire in a large agency', () => {
  it('lists the posts that match what is typed, not every post, and keeps the one chosen', async () => {
    const s = generateScenario({ seed: 3, employees: 1_500 });
    expect(s.posts.length).toBeGreaterThan(500);
    const target = s.posts[s.posts.length - 3]!;
    const unitName = s.units.find((u) => u.id === target.unitId)!.name;
    const { app } = await openPage(s);
    const kind = screen.getByTestId('event-kind') as HTMLSelectElement;
    kind.value = 'hire';
    await fireEvent.change(kind);
    const post = screen.getByTestId('hire-post') as HTMLSelectElement;
    expect(post.options).toHaveLength(1); // nothing typed: only the empty choice
    await type('hire-post-find', `${target.title} ${unitName}`);
    const listed = Array.from(post.options).map((o) => o.value).filter((v) => v !== '');
    expect(listed).toContain(target.id);
    expect(listed.length).toBeLessThanOrEqual(50);
    post.value = target.id;
    await fireEvent.change(post);
    await type('hire-post-find', 'no such post anywhere');
    expect(Array.from(post.options).map((o) => o.value)).toEqual(['', target.id]);
    expect(post.value).toBe(target.id);
    expect(app.scenario.scenario?.posts).toHaveLength(s.posts.length);
  });
});

