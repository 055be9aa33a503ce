/**
 * The scenario library over the real state classes and the engine api in-process: a scenario file
 * dropped on the page is imported with the same checks as one picked, and the anonymised export
 * leaves a key that the library shows.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario/schema';
import ScenarioLibrary from '../../src/ui/ScenarioLibrary.svelte';
import { openContext } from './helpers';

const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;

function fileOf(doc: unknown, name: string): File {
  return new File([JSON.stringify(doc)], name, { type: 'application/json' });
}

describe('scenario library', () => {
  beforeAll(() => {
    // The download itself is the browser's; here it is enough that a file was made.
    URL.createObjectURL = () => 'blob:test';
    URL.revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = () => undefined;
  });

  it('imports a scenario file dropped on the page, and rejects a bad one without changing anything', async () => {
    const { context } = await openContext(sample);
    render(ScenarioLibrary, { context });
    const page = screen.getByTestId('scenario-library');
    await waitFor(() => expect(page.querySelectorAll('li[data-scenario]')).toHaveLength(1));

    const bad = structuredClone(sample) as unknown as { posts: { unitId: string }[] };
    bad.posts[2]!.unitId = 'nowhere';
    await fireEvent.dragOver(page, { dataTransfer: { files: [] } });
    await fireEvent.drop(page, { dataTransfer: { files: [fileOf(bad, 'bad.json')] } });
    const outcome = screen.getByTestId('import-outcome');
    await waitFor(() => expect(outcome.querySelector('.problems')).not.toBeNull(), { timeout: 10_000 });
    expect(outcome).toHaveTextContent('posts[2].unitId: unit nowhere does not exist');
    expect(page.querySelectorAll('li[data-scenario]')).toHaveLength(1);

    const other = { ...structuredClone(sample), meta: { ...sample.meta, id: 'dijatuhkan', name: 'Skenario dijatuhkan' } };
    await fireEvent.drop(page, { dataTransfer: { files: [fileOf(other, 'other.json')] } });
    await waitFor(() => expect(outcome.querySelector('.ok')).not.toBeNull(), { timeout: 10_000 });
    expect(outcome).toHaveTextContent('Skenario dijatuhkan diimpor: 283 pegawai.');
    await waitFor(() => expect(page.querySelector('li[data-scenario="dijatuhkan"] .current')).not.toBeNull());
  }, 30_000);

  it('exports anonymised, explains what it does, and shows the key kept on this device', async () => {
    const { context } = await openContext(sample);
    render(ScenarioLibrary, { context });
    expect(screen.getByText('Berbagi tanpa data pribadi')).toBeInTheDocument();
    const item = await screen.findByText(sample.meta.name).then((el) => el.closest('li')!);
    await fireEvent.click(within(item).getByRole('button', { name: `Ekspor anonim: ${sample.meta.name}` }));
    await waitFor(() => expect(screen.getByTestId('anon-done')).toHaveTextContent(`Berkas anonim ${sample.meta.id}-anonim dibuat (283 pegawai)`), { timeout: 10_000 });
    await fireEvent.click(await within(item).findByRole('button', { name: 'Kunci anonim' }));
    const key = await screen.findByTestId('anonymisation-key');
    await waitFor(() => expect(key).toHaveTextContent('Menampilkan 50 dari 283 pegawai'));
    expect(key).toHaveTextContent(sample.employees[0]!.name);
    expect(key).toHaveTextContent(/Pegawai \d{4}/);
  }, 30_000);
});
