import { describe, expect, it } from 'vitest';
import { contentHashStatus, gzipText, readFileText, scenarioFileText } from '../../src/storage/file';
import { scenarioFile } from '../../src/storage/share';
import { minimalScenario } from '../core/fixtures';

describe('scenario files', () => {
  it('writes a content hash that checks, and flags any later change', async () => {
    const text = await scenarioFileText(minimalScenario());
    const doc = JSON.parse(text) as Record<string, unknown> & { meta: { name: string } };
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
    await expect(contentHashStatus(doc)).resolves.toBe('ok');
    doc.meta.name = 'Changed by hand';
    await expect(contentHashStatus(doc)).resolves.toBe('mismatch');
    const { contentHash: _h, ...bare } = doc;
    await expect(contentHashStatus(bare)).resolves.toBe('missing');
  });

  it('gives the same hash whatever the key order or indentation', async () => {
    const text = await scenarioFileText(minimalScenario());
    const doc = JSON.parse(text) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(doc).reverse());
    await expect(contentHashStatus(JSON.parse(JSON.stringify(reordered)))).resolves.toBe('ok');
  });

  it('reads back a gzipped file, and a plain one', async () => {
    const text = await scenarioFileText(minimalScenario());
    const gz = await gzipText(text);
    expect(gz.size).toBeLessThan(text.length);
    await expect(readFileText(gz)).resolves.toEqual({ text, gzipped: true });
    await expect(readFileText(new Blob([text]))).resolves.toEqual({ text, gzipped: false });
  });

  it('writes a gzipped file compact and a plain one indented, with the same content and hash', async () => {
    const s = minimalScenario();
    const plain = await readFileText(await scenarioFile(s, false));
    const gzipped = await readFileText(await scenarioFile(s, true));
    expect(gzipped.gzipped).toBe(true);
    expect(plain.text).toContain('\n  "format"');
    expect(gzipped.text.trimEnd()).not.toContain('\n');
    expect(gzipped.text.length).toBeLessThan(plain.text.length);
    const [a, b] = [JSON.parse(plain.text) as Record<string, unknown>, JSON.parse(gzipped.text) as Record<string, unknown>];
    expect(b).toEqual(a);
    await expect(contentHashStatus(b)).resolves.toBe('ok');
  });
});
