/**
 * One process at a time in an embedded database's directory. PGlite is
 * PostgreSQL in this process, without the postmaster that keeps a second
 * server out of its data directory: two processes writing one directory
 * corrupt it. So the directory holds a lock file with the holder's process
 * id, created exclusively; a file left by a process that has since died
 * (killed, crashed) is taken over, a live one is refused with its id.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export const LOCK_FILE = 'server.lock';

export class DirectoryBusyError extends Error {
  constructor(
    readonly path: string,
    readonly pid: number,
  ) {
    super(`${path} is held by process ${pid}`);
  }
}

/** Whether a process with this id runs (EPERM: it does, as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function create(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Takes the lock at `path` (a file in the directory), or throws DirectoryBusyError; gives the function that releases it. */
export function lockDirectory(path: string): () => void {
  if (!create(path)) {
    const pid = holder(path);
    if (pid !== null && alive(pid)) throw new DirectoryBusyError(path, pid);
    // Left by a process that died (or half-written by one): taken over. Exclusive creation again, so of two
    // processes taking it over at once, one wins and the other is refused.
    rmSync(path, { force: true });
    if (!create(path)) throw new DirectoryBusyError(path, holder(path) ?? 0);
  }
  const release = () => {
    process.off('exit', release);
    if (holder(path) === process.pid) rmSync(path, { force: true });
  };
  // A process that ends without closing the database (an uncaught error) still leaves the directory free.
  process.on('exit', release);
  return release;
}
