/**
 * Builds the command line ahead of time: src/cli/bin.ts bundled by esbuild
 * into dist/cli/ (ES modules, one chunk per command, as main.ts imports each
 * command when it runs; `serve` brings the team server of src/server/, its
 * migrations inside as strings), dependencies left to node_modules. `npm install`
 * runs it (the `prepare` script), so a fresh clone's `bin/symbiograph.mjs`
 * starts compiled JavaScript instead of compiling TypeScript on every call.
 * dist/cli/ sits as deep as src/cli/, so paths the CLI makes from its own
 * location (the bundled technology catalogue) still point where they did.
 *
 * It also puts the CJK font the CLI falls back on (src/cli/render/findCjkFont.ts)
 * in dist/fonts/: Noto Sans SC Regular, a static TrueType cut of Google's font
 * from the @expo-google-fonts/noto-sans-sc package (a build input only, so an
 * installed package carries one 10 MB weight instead of that package's nine),
 * with its SIL Open Font License. PDFs embed only the glyphs they use.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const OUT = 'dist/cli';

rmSync(OUT, { recursive: true, force: true });
await build({
  // The workers are files of their own: worker threads start from a file (src/cli/parallelBetweenness.ts, and the
  // team server's analyses: src/server/analysis/analysisWorker.ts). All in dist/cli/ by their names alone, beside
  // the chunks that start them.
  entryPoints: ['src/cli/bin.ts', 'src/cli/betweenness.worker.ts', 'src/server/analysis/analysis.worker.ts'],
  entryNames: '[name]',
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

const FONTS = 'dist/fonts';
const fontPackage = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));
mkdirSync(FONTS, { recursive: true });
copyFileSync(join(fontPackage, '400Regular/NotoSansSC_400Regular.ttf'), join(FONTS, 'NotoSansSC-Regular.ttf'));
copyFileSync(join(fontPackage, 'LICENSE_FONT'), join(FONTS, 'NotoSansSC-OFL.txt'));
