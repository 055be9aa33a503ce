import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

// Each test solves an exercise exactly in-process; allow for a busy machine.
const SLOW = { timeout: 30_000 };
import ExercisePage from '../../../src/ui/training/ExercisePage.svelte';
import FacilitatorPage from '../../../src/ui/training/FacilitatorPage.svelte';
import { TRAINING_CONTEXT_KEY } from '../../../src/state/training.svelte';
import { minimalScenario } from '../../core/fixtures';
import { openContext } from '../helpers';
import { fileOf, trainingState } from './helpers';

async function setup() {
  const { app, context } = await openContext(minimalScenario());
  const { state } = trainingState();
  const both = new Map<symbol, unknown>([...context.entries(), [TRAINING_CONTEXT_KEY, state]]);
  return { app, state, context: both };
}

async function pick(personStart: string, postId: string) {
  const person = screen.getByTestId('move-person') as HTMLSelectElement;
  const option = [...person.options].find((o) => o.text.startsWith(personStart))!;
  await fireEvent.change(person, { target: { value: option.value } });
  await fireEvent.change(screen.getByTestId('move-target'), { target: { value: postId } });
  await fireEvent.click(screen.getByTestId('move-submit'));
}

describe('the exercise sandbox', () => {
  it('refuses the qualification trap naming the rule, its reason and legal source; counts, undoes and scores moves', SLOW, async () => {
    const { state, context } = await setup();
    render(ExercisePage, { props: { exerciseId: '03-jebakan-kualifikasi' }, context });
    await screen.findByTestId('move-person');
    expect(screen.getByTestId('brief')).toHaveTextContent('SD Negeri 01 Surau Gadang kekurangan guru');
    expect(within(screen.getByTestId('post-board')).getAllByRole('columnheader', { name: 'EJ' })).toHaveLength(2);

    await pick('Wahyu Caniago', 'sdn-01-surau-gadang.guru-pai');
    const refusal = await screen.findByTestId('refusal');
    expect(refusal).toHaveAttribute('role', 'alert');
    expect(refusal).toHaveTextContent('Perpindahan ditolak: Bidang pendidikan yang dipersyaratkan');
    expect(refusal).toHaveTextContent('meminta bidang pendidikan pendidikan-agama-islam; bidang Wahyu Caniago, S.Pd.: pendidikan-guru-sd');
    expect(refusal).toHaveTextContent('PP 11/2017 Pasal 190 ayat (1)');
    expect(screen.getByTestId('metric-moves')).toHaveTextContent('0 / 4');

    await pick('Nofrizal Marzuki', 'sdn-01-surau-gadang.tenaga-administrasi');
    await waitFor(() => expect(screen.getByTestId('refusal')).toHaveAttribute('data-refusal', 'min-time-in-post'));
    expect(screen.getByTestId('refusal')).toHaveTextContent('26 Juni 2026 (5 bulan); aturan meminta minimal 24 bulan');

    await pick('Akbar Rahman', 'sdn-01-surau-gadang.guru-kelas');
    await waitFor(() => expect(screen.getByTestId('metric-moves')).toHaveTextContent('1 / 4'));
    expect(screen.queryByTestId('refusal')).toBeNull();
    expect(screen.getByTestId('metric-objective')).toHaveTextContent('2.951');
    await fireEvent.click(within(screen.getByTestId('move-log')).getByRole('button', { name: 'Batalkan perpindahan Akbar Rahman, S.Pd.' }));
    await waitFor(() => expect(screen.getByTestId('metric-moves')).toHaveTextContent('0 / 4'));
    expect(screen.getByTestId('metric-objective')).toHaveTextContent('3.841');

    const { optimum } = await state.optimumOf(state.entry('03-jebakan-kualifikasi')!);
    for (const m of optimum.moves) expect(state.move(m.nip, m.toPostId)).toBe(true);
    await fireEvent.click(await screen.findByTestId('submit-plan'));
    expect(await screen.findByTestId('score', {}, { timeout: 20_000 })).toHaveTextContent('Skor: 100,0');
    expect(screen.getByTestId('gap')).toHaveTextContent('0 poin');
    expect(within(screen.getByTestId('optimal-plan')).getAllByRole('listitem').length).toBeGreaterThanOrEqual(4);
    expect(screen.getByTestId('export-result')).toBeDisabled();
    await fireEvent.input(screen.getByTestId('trainee-name'), { target: { value: 'Rina' } });
    expect(screen.getByTestId('export-result')).toBeEnabled();
  });

  it('hides EJ and retirement dates when the exercise says so', SLOW, async () => {
    const { context } = await setup();
    render(ExercisePage, { props: { exerciseId: '05-anggaran-terbatas' }, context });
    await screen.findByTestId('move-person');
    expect(screen.getByText('EJ disembunyikan dalam latihan ini: lihat kebutuhan dan jumlah pegawai.')).toBeInTheDocument();
    expect(within(screen.getByTestId('post-board')).queryAllByRole('columnheader', { name: 'EJ', hidden: true })).toEqual([]);
    // Sixteen units start closed, so the page stays light.
    expect(screen.getByTestId('post-board').querySelectorAll('details:not([open])')).toHaveLength(16);
    expect(screen.getByTestId('post-board')).not.toHaveTextContent('pensiun');
    expect(screen.getByTestId('timer')).toHaveTextContent('Sisa waktu: 20:00');
  });
});

describe('the facilitator page', () => {
  it('imports result files into a table with flags and a chart, and reports an unreadable file', SLOW, async () => {
    const { state, context } = await setup();
    await state.open('01-gelombang-pensiun');
    state.setTrainee('Rina');
    const { optimum } = await state.optimumOf(state.entry('01-gelombang-pensiun')!);
    for (const m of optimum.moves) state.move(m.nip, m.toPostId);
    await state.submit();
    const honest = (await state.resultFile())!;
    const forged = JSON.stringify({ ...JSON.parse(honest), trainee: 'Rini', moves: [] });
    state.clearResults();

    render(FacilitatorPage, { context });
    const input = await screen.findByTestId('import-results');
    await fireEvent.change(input, { target: { files: [fileOf('rina.json', honest), fileOf('rini.json', forged), fileOf('kosong.json', '')] } });
    const table = await screen.findByTestId('results-table', {}, { timeout: 20_000 });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(within(table).getByRole('row', { name: /Rina/ })).toHaveTextContent('Sesuai');
    expect(within(table).getByRole('row', { name: /Rini/ })).toHaveTextContent('hash tidak cocok (berkas diubah)');
    expect(screen.getByTestId('file-problems')).toHaveTextContent('kosong.json');
    expect(screen.getByTestId('score-chart').querySelectorAll('rect')).toHaveLength(2);
  });
});
