/** The server's tests that run once per backend (backends.ts). */
import { it } from 'vitest';
import { BACKENDS, backendTitle, type Backend } from './backends.ts';

/**
 * One test per backend, the backends' at the same time: each has its own
 * database and server, and while one waits for PostgreSQL the other works.
 */
export function eachBackend(title: string, timeout: number, test: (backend: Backend) => Promise<void>): void {
  for (const backend of BACKENDS) {
    const register = backend.skipped === null ? it.concurrent : it.skip;
    register(`${title}, on ${backendTitle(backend)}`, { timeout }, () => test(backend));
  }
}
