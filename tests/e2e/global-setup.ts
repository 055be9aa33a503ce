/**
 * Serves the built app (`dist/`, made by `vite build` in `npm run test:e2e`) with `vite preview`
 * on 127.0.0.1 and a free port, and hands its address to the tests. `SEIMBANG_DIST` names another build
 * folder, so that two builds can be tested side by side.
 */
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium".`);
  }
  const outDir = process.env.SEIMBANG_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`No build found in ${outDir}/: run "npm run test:e2e" (it builds first) or "npm run build".`);
  }
  server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no TCP address');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server?.close();
  };
}
