/**
 * What the two commands that serve the app share — `open` (one park from a
 * file) and `serve` (the team server): the port option, where the built app
 * is, and running until Ctrl-C or SIGTERM.
 *
 * The app is the package's dist/app (vite build); SYMBIOGRAPH_APP_DIR names
 * another build instead (the end-to-end tests serve the one they made).
 */
import { realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { packageFile } from './packageFile.ts';

/** `--port`: a whole number from 0 to 65535; `fallback` when not given; null when it is not one. */
export function readPort(given: string | undefined, fallback = 0): number | null {
  if (given === undefined) return fallback;
  if (!/^\d{1,5}$/.test(given)) return null;
  const port = Number(given);
  return port <= 65535 ? port : null;
}

export function appFolder(): string {
  return process.env['SYMBIOGRAPH_APP_DIR'] ?? packageFile('dist/app');
}

/** The built app's folder as a real path, or null when it holds no built page. */
export async function builtApp(): Promise<string | null> {
  try {
    const dir = await realpath(appFolder());
    return (await stat(join(dir, 'index.html'))).isFile() ? dir : null;
  } catch {
    return null;
  }
}

/** Ctrl-C (SIGINT) or SIGTERM: the end of an ordinary session, not an error. */
export function signalled(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
