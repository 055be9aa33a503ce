/**
 * Scenario files: the content hash written on export and checked on import, and gzip compression
 * through the browser's own CompressionStream (no library, no network).
 */
import type { Scenario } from '../core/scenario/schema';
import { canonicalJson, sha256Hex } from './hash';

export type HashStatus = 'ok' | 'missing' | 'mismatch';

/** SHA-256 of a document without its `contentHash` field, over canonical JSON. */
export async function documentHash(doc: Record<string, unknown>): Promise<string> {
  const { contentHash: _hash, ...rest } = doc;
  return sha256Hex(canonicalJson(rest));
}

/** Whether a parsed document carries a hash, and whether its content still matches it. */
export async function contentHashStatus(doc: Record<string, unknown>): Promise<HashStatus> {
  if (typeof doc.contentHash !== 'string') return 'missing';
  return (await documentHash(doc)) === doc.contentHash ? 'ok' : 'mismatch';
}

/** The steps of making a scenario file, in order, for a progress display. */
export type ExportStep = 'read' | 'hash' | 'text' | 'compress';

/**
 * Where the making of a file is: the step, and within it how far (`done` of `total`: people read,
 * bytes compressed; 0 of 0 for a step that is one piece of work).
 */
export interface ExportProgress {
  step: ExportStep;
  done: number;
  total: number;
}

/**
 * The scenario as file text, with its content hash: indented for people to read, or `compact` (for a
 * gzipped file, which nobody reads as it is: 100k people are then 100 MB to compress instead of 160).
 */
export async function scenarioFileText(s: Scenario, compact = false, onProgress?: (p: ExportProgress) => void): Promise<string> {
  const { contentHash: _old, ...doc } = s;
  onProgress?.({ step: 'hash', done: 0, total: 0 });
  const contentHash = await documentHash(doc as Record<string, unknown>);
  onProgress?.({ step: 'text', done: 0, total: 0 });
  return `${JSON.stringify({ ...doc, contentHash }, null, compact ? undefined : 2)}\n`;
}

/** Text of a file, gunzipped when it starts with the gzip signature. */
export async function readFileText(file: Blob): Promise<{ text: string; gzipped: boolean }> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const stream = file.stream().pipeThrough(new DecompressionStream('gzip'));
    return { text: await new Response(stream).text(), gzipped: true };
  }
  return { text: await file.text(), gzipped: false };
}

/** The text gzipped; `onBytes` hears how many of its bytes have gone into the compressor (of how many). */
export function gzipText(text: string, onBytes?: (done: number, total: number) => void): Promise<Blob> {
  const plain = new Blob([text]);
  let done = 0;
  const counted = plain.stream().pipeThrough(new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    transform(chunk, controller) {
      done += chunk.byteLength;
      onBytes?.(done, plain.size);
      controller.enqueue(chunk);
    },
  }));
  return new Response(counted.pipeThrough(new CompressionStream('gzip'))).blob();
}
