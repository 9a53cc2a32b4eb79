/**
 * A file that comes with the package (the bundled catalogue, the example
 * parks, the built app), found from this module's own place rather than the
 * working directory, so an installed `symbiograph` finds them wherever it runs.
 * This module sits two folders below the package's root both as a source
 * (src/cli/packageFile.ts, run through tsx) and built (esbuild bundles the
 * CLI with splitting into dist/cli/, so this code lands in bin.js or one of
 * its chunks there — another file, the same depth).
 */
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);

/** `relative` is a path from the package's root, in `/` form (`data/technologies.json`). */
export function packageFile(relative: string): string {
  return fileURLToPath(new URL(relative, ROOT));
}
