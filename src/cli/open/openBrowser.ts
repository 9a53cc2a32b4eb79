/**
 * Opens an address in the user's browser with what the system offers for
 * it: `xdg-open` (Linux and other Unix desktops), `open` (macOS),
 * `start` through cmd (Windows). Never fails the command: it says why not,
 * and the address is printed anyway.
 */
import { spawn } from 'node:child_process';

export type BrowserOutcome =
  | { readonly kind: 'opened' }
  /** No graphical session (Linux without DISPLAY or WAYLAND_DISPLAY). */
  | { readonly kind: 'no-display' }
  | { readonly kind: 'failed'; readonly command: string; readonly detail: string };

function opener(url: string): { command: string; args: string[]; verbatim?: boolean } {
  switch (process.platform) {
    case 'darwin':
      return { command: 'open', args: [url] };
    case 'win32':
      // `start`'s first quoted argument is a window title; the address is quoted for cmd (it holds no quotes).
      return { command: 'cmd', args: ['/d', '/s', '/c', `start "" "${url}"`], verbatim: true };
    default:
      return { command: 'xdg-open', args: [url] };
  }
}

/** Whether a browser window can appear at all: without a display, xdg-open would start a text browser in this terminal. */
function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
}

export function openBrowser(url: string): Promise<BrowserOutcome> {
  if (!hasDisplay()) return Promise.resolve({ kind: 'no-display' });
  const { command, args, verbatim } = opener(url);
  return new Promise((resolveOutcome) => {
    const child = spawn(command, args, {
      stdio: 'ignore',
      detached: true,
      windowsHide: true,
      ...(verbatim ? { windowsVerbatimArguments: true } : {}),
    });
    child.once('error', (error: NodeJS.ErrnoException) =>
      resolveOutcome({ kind: 'failed', command, detail: error.code ?? error.message }),
    );
    child.once('exit', (code) =>
      resolveOutcome(code === 0 ? { kind: 'opened' } : { kind: 'failed', command, detail: `exit ${code}` }),
    );
    child.unref();
  });
}
