/**
 * Vitest global setup for e2e: build the app once and serve it with Vite's
 * preview server. The build goes to a directory of its own, so two e2e runs
 * at once (or a dev build) do not overwrite each other's files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), 'symbiograph-e2e-'));
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    configFile: 'vite.config.ts',
    build: { outDir },
    preview: { port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('the preview server did not start');
  project.provide('baseUrl', address);
  // The same build for `symbiograph open` (tests/e2e/open.test.ts), through SYMBIOGRAPH_APP_DIR.
  project.provide('appDir', outDir);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    appDir: string;
  }
}
