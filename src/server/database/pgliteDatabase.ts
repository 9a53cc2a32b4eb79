/**
 * The embedded database: PGlite, PostgreSQL compiled to WebAssembly, in this
 * process, its data in a directory of the user's (`serve --data DIR`), so the
 * server runs with nothing else installed.
 *
 * PGlite is one connection: every statement and transaction here waits its
 * turn in one queue, so a transaction sees no one else's writes until it
 * ends — trivially serializable. Durability: PGlite writes its files through
 * Node's file system as PostgreSQL writes them (WAL first; `relaxedDurability`
 * stays off, so a query answers only after its writes were handed to the
 * file system), and a process killed mid-write recovers from the WAL on the
 * next start (tests/integration/server/crash.test.ts kills it with SIGKILL).
 * It does not fsync, so a power cut may lose the last commits.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable, SqlValue } from './database.ts';
import { LOCK_FILE, lockDirectory } from './dataDirLock.ts';

/** Opens (or, the first time, creates) the database in `dir`; throws DirectoryBusyError while another process holds it. */
export async function openPgliteDatabase(dir: string): Promise<Database> {
  const root = resolve(dir);
  mkdirSync(root, { recursive: true });
  const release = lockDirectory(join(root, LOCK_FILE));
  let db: PGlite;
  try {
    db = await PGlite.create(join(root, 'postgres'), { relaxedDurability: false });
  } catch (error) {
    release();
    throw error;
  }
  let turn: Promise<unknown> = Promise.resolve();
  /** Runs `work` after everything queued before it, whether that succeeded or not. */
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const next = turn.then(work, work);
    turn = next.catch(() => undefined);
    return next;
  };
  const direct: Queryable = {
    query: async <Row>(sql: string, params: readonly SqlValue[] = []) => (await db.query<Row>(sql, [...params])).rows,
    exec: async (sql: string) => void (await db.exec(sql)),
  };
  return {
    kind: 'pglite',
    location: root,
    query: (sql, params) => queued(() => direct.query(sql, params)),
    exec: (sql) => queued(() => direct.exec(sql)),
    transaction: (work) =>
      queued(() =>
        db.transaction((tx) =>
          work({
            query: async <Row>(sql: string, params: readonly SqlValue[] = []) =>
              (await tx.query<Row>(sql, [...params])).rows,
            exec: async (sql: string) => void (await tx.exec(sql)),
          }),
        ),
      ),
    close: () =>
      queued(async () => {
        try {
          await db.close();
        } finally {
          release();
        }
      }),
  };
}
