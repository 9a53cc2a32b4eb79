#!/usr/bin/env node
// The command line. `npm install` builds it ahead into dist/cli/ (scripts/buildCli.mjs), which starts in a
// fraction of a second; while the sources are newer than that build (a developer editing them) — or where it
// was never built — the TypeScript sources run through tsx instead, so what runs is never an old build.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli', 'bin.js');

/** The newest modification time of the sources the CLI is built from; 0 where they are not there. */
function newestSource() {
  let newest = 0;
  for (const folder of ['src/cli', 'src/core', 'src/server']) {
    let entries;
    try {
      entries = readdirSync(join(root, folder), { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries)
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function builtIsCurrent() {
  try {
    return statSync(built).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

if (builtIsCurrent()) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/bin.ts');
}
