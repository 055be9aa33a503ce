/**
 * The roster import page over the real state classes and the engine api in-process: choosing a file,
 * the column mapping with its preview, the check report, and the import the user agrees to.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario/schema';
import { mappingKey } from '../../src/storage/spreadsheet/mappingMemory';
import ImportPage from '../../src/ui/import/ImportPage.svelte';
import { openContext } from './helpers';
import { ScenarioRepository } from '../../src/storage/scenarios';

const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;
const post = sample.posts.find((p) => p.positionType === 'pelaksana')!;
const unit = sample.units.find((u) => u.id === post.unitId)!;
const headers = ['NIP', 'Nama', 'Golongan', 'Jenis Jabatan', 'Pendidikan', 'Unit Kerja', 'Jabatan', 'Kolom Lain'];
const csv = [
  headers.join(';'),
  `199001012015031001;Andi Saputra;II/c;pelaksana;SMA;${unit.name};${post.title};x`,
  `199202022016042002;<img src=x onerror="alert(1)">;II/b;Pelaksana;D3;${unit.name};${post.title};y`,
  `199303032017051003;Budi;X/y;pelaksana;SMA;${unit.name};${post.title};z`,
].join('\n');
const file = () => new File([csv], 'roster-simpeg.csv', { type: 'text/csv' });

/** Chooses a column as a person would: the chooser lists the file's columns once it has the focus. */
async function pick(label: string, value: string) {
  const select = screen.getByLabelText(label) as HTMLSelectElement;
  await fireEvent.focus(select);
  await fireEvent.change(select, { target: { value } });
  expect(select.value).toBe(value);
}

async function choose(container: HTMLElement) {
  const input = within(container).getByTestId('roster-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file()], configurable: true });
  await fireEvent.change(input);
  await screen.findByTestId('mapping-step', {}, { timeout: 5000 });
  await screen.findByTestId('preview-step'); // drawn a task after the mapping
}

describe('roster import page', () => {
  it('maps, previews, reports the bad row and imports the good rows only when asked', async () => {
    const { app, context, db } = await openContext(sample);
    const { container } = render(ImportPage, { context });
    await choose(container);

    expect(screen.getByTestId('roster-status')).toHaveTextContent('roster-simpeg.csv: 3 baris data, 8 kolom (judul kolom di baris 1).');
    expect((screen.getByLabelText('NIP / nomor PPPK') as HTMLSelectElement).value).toBe('0');
    expect((screen.getByLabelText('Golongan / grade') as HTMLSelectElement).value).toBe('2');
    expect((screen.getByLabelText('Jenis kelamin') as HTMLSelectElement).value).toBe('');
    // A chooser lists every column once it has the focus, keeping its choice.
    const nip = screen.getByLabelText('NIP / nomor PPPK') as HTMLSelectElement;
    expect(nip.options).toHaveLength(2);
    await fireEvent.focus(nip);
    expect([...nip.options].map((o) => o.text)).toEqual(['— tidak ada —', ...headers]);
    expect(nip.value).toBe('0');
    const preview = within(screen.getByTestId('preview-step'));
    expect(preview.getAllByRole('row')).toHaveLength(4);
    expect(preview.getByText('Andi Saputra')).toBeInTheDocument();

    // A required field without a column: said, and the check cannot start.
    await pick('Golongan / grade', '');
    expect(screen.getByTestId('mapping-missing')).toHaveTextContent('Golongan / grade');
    expect(screen.getByTestId('roster-check')).toBeDisabled();
    await pick('Golongan / grade', '2');

    await fireEvent.click(screen.getByTestId('roster-check'));
    const report = await screen.findByTestId('check-report', {}, { timeout: 5000 });
    expect(within(report).getByTestId('check-summary')).toHaveTextContent('2 dari 3 baris benar; 1 baris bermasalah.');
    const bad = within(report).getByTestId('problem-list').querySelector('tr[data-row="4"]')!;
    expect(bad).toHaveTextContent('4Golongan"X/y" bukan golongan PNS (I/a–IV/e)');
    expect(within(report).getByTestId('check-preview')).toHaveTextContent('<img src=x onerror="alert(1)">');
    expect(container.querySelector('img')).toBeNull();
    // Checked, not written: the stored scenario is as it was.
    expect(await new ScenarioRepository(db).employeeCount(sample.meta.id)).toBe(sample.employees.length);
    expect(await db.scenarios.count()).toBe(1);
    expect(localStorage.getItem(mappingKey(headers))).toContain('"rank":"Golongan"');

    await fireEvent.click(within(report).getByTestId('roster-import'));
    const done = await screen.findByTestId('roster-done', {}, { timeout: 5000 });
    expect(done).toHaveTextContent('2 pegawai diimpor ke "Kecamatan Nanggalo (contoh fiktif) (impor roster-simpeg)".');
    const opened = app.scenario.scenario!;
    expect(opened.meta.parentId).toBe(sample.meta.id);
    const people = app.scenario.people.all();
    expect(people.map((e) => e.nip)).toEqual(['199001012015031001', '199202022016042002']);
    expect(people.every((e) => e.postId === post.id)).toBe(true);
    expect(opened.units).toEqual(sample.units);
    expect(await new ScenarioRepository(db).employeeCount(sample.meta.id)).toBe(sample.employees.length);
  }, 30_000);

  it('remembers the mapping chosen for the same headers, and adds to the open scenario', async () => {
    const { app, context } = await openContext(sample);
    localStorage.setItem(mappingKey(headers), JSON.stringify({ nip: 'NIP', name: 'Kolom Lain', rank: 'Golongan' }));
    const { container } = render(ImportPage, { context });
    await choose(container);
    expect(screen.getByTestId('mapping-step')).toHaveTextContent('Pencocokan kolom diingat');
    expect((screen.getByLabelText('Nama') as HTMLSelectElement).value).toBe('7');
    await pick('Nama', '1');
    await fireEvent.click(screen.getByTestId('mode-add'));
    await fireEvent.click(screen.getByTestId('roster-check'));
    await screen.findByTestId('check-report', {}, { timeout: 5000 });
    await fireEvent.click(screen.getByTestId('roster-import'));
    await screen.findByTestId('roster-done', {}, { timeout: 5000 });
    await waitFor(() => expect(app.scenario.people.count).toBe(sample.employees.length + 2));
    expect(app.scenario.scenario!.meta.id).toBe(sample.meta.id);
  }, 30_000);

  it('says in the user\'s language when a file cannot be read', async () => {
    const { app, context } = await openContext(sample);
    app.locale.set('en');
    const { container } = render(ImportPage, { context });
    const input = within(container).getByTestId('roster-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'old.xls')], configurable: true });
    await fireEvent.change(input);
    expect(await screen.findByTestId('roster-error', {}, { timeout: 5000 })).toHaveTextContent('The .xls format (old Excel) is not supported');
    app.locale.set('id');
  });
});
