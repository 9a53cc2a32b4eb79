/**
 * The database a server or a `user` command works on: PostgreSQL when a
 * connection string is given (DATABASE_URL), else the embedded PGlite in a
 * directory (`--data DIR`, by default under the user's home); migrated to
 * this version's schema before anything reads it.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { openPgliteDatabase } from './pgliteDatabase.ts';
import { openPostgresDatabase } from './postgresDatabase.ts';

export type DatabaseChoice =
  { readonly kind: 'postgres'; readonly url: string } | { readonly kind: 'pglite'; readonly dir: string };

/** Where the embedded database lives when `--data` is not given. */
export function defaultDataDir(): string {
  return join(homedir(), '.symbiograph', 'server');
}

export async function openDatabase(choice: DatabaseChoice): Promise<Database> {
  const db = choice.kind === 'postgres' ? await openPostgresDatabase(choice.url) : await openPgliteDatabase(choice.dir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
