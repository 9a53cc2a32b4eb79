/**
 * Builds the command line ahead of time: src/cli/bin.ts bundled by esbuild
 * into dist/cli/ (ES modules, one chunk per command, as main.ts imports each
 * command when it runs), dependencies left to node_modules. `npm install`
 * runs it (the `prepare` script), so a fresh clone's `bin/symbiograph.mjs`
 * starts compiled JavaScript instead of compiling TypeScript on every call.
 * dist/cli/ sits as deep as src/cli/, so paths the CLI makes from its own
 * location (the bundled technology catalogue) still point where they did.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const OUT = 'dist/cli';

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/bin.ts'],
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // JSON the sources import (none today) and the sources' own files only: everything else is a dependency.
  logLevel: 'warning',
  legalComments: 'none',
});
