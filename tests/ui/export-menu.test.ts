/** The export menu under the dashboard's unit table: a CSV and an XLSX download with the table's content. */
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/universal';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/core/scenario/schema';
import Dashboard from '../../src/ui/Dashboard.svelte';
import { openContext } from './helpers';

const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;

/** Captures what the page hands to the browser as a download. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

/** The bytes of a jsdom Blob (which has no stream()), read the way a page would. */
const bytes = (blob: Blob) => new Promise<Uint8Array>((resolve, reject) => {
  const reader = new FileReader();
  reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
  reader.onerror = () => reject(reader.error);
  reader.readAsArrayBuffer(blob);
});

describe('ExportMenu', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the unit table as CSV for Indonesian Excel, then as XLSX', async () => {
    const { app, context } = await openContext(sample);
    const files = catchDownloads();
    render(Dashboard, { context });
    await fireEvent.click(await screen.findByTestId('export-csv'));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toMatch(/^kecamatan-nanggalo-contoh-fiktif-tabel-unit-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytes(files[0]!.blob));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFUnit kerja;Kode unit;Kebutuhan;Kebutuhan (dibulatkan);Pegawai;Selisih;EJ;Kategori;Jabatan kosong;Jabatan kelebihan beban');
    expect(lines).toHaveLength(sample.units.length + 2);
    const unit = sample.units[0]!;
    const row = app.scenario.unitRowById.get(unit.id)!;
    const need = String(Math.round(row.need * 100) / 100).replace('.', ',');
    expect(lines[1]).toBe(`${unit.name};${unit.code};${need};${row.needRounded};${row.headcount};` + lines[1]!.split(';').slice(5).join(';'));
    expect(lines[1]!.split(';')[6]).toBe(row.ej === null ? '' : String(Math.round(row.ej * 100) / 100).replace('.', ','));
    expect(screen.getByTestId('export-units')).toHaveTextContent(`Berkas ${files[0]!.name} diunduh.`);

    await fireEvent.change(screen.getByTestId('export-dialect'), { target: { value: 'standard' } });
    await fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(files).toHaveLength(2));
    const standard = new TextDecoder().decode(await bytes(files[1]!.blob));
    expect(standard.split('\r\n')[1]).toContain(`${unit.name},${unit.code},${String(Math.round(row.need * 100) / 100)}`);

    await fireEvent.click(screen.getByTestId('export-xlsx'));
    await waitFor(() => expect(files).toHaveLength(3), { timeout: 5000 });
    expect(files[2]!.name).toMatch(/tabel-unit-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = await readSheet((await bytes(files[2]!.blob)).buffer as ArrayBuffer);
    expect(sheet[0]![0]).toBe('Unit kerja');
    expect(sheet.slice(1).map((r) => r[0])).toEqual(sample.units.map((u) => u.name));
    expect(sheet[1]![4]).toBe(row.headcount);
  });
});
