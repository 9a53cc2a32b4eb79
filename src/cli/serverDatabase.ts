/**
 * The team server's database as `serve` and `user` open it: PostgreSQL when
 * DATABASE_URL is set, else the embedded database in `--data DIR` (default
 * ~/.symbiograph/server); what goes wrong opening it said in the user's
 * language (another process holds the directory, a newer schema, a server
 * that cannot be reached).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Language } from '../core/model/types.ts';
import type { Database } from '../server/database/database.ts';
import { DirectoryBusyError } from '../server/database/dataDirLock.ts';
import { DatabaseTooNewError } from '../server/database/migrate.ts';
import { defaultDataDir, openDatabase, type DatabaseChoice } from '../server/database/openDatabase.ts';
import { t } from './i18n.ts';
import type { Output } from './output.ts';

/** The database asked for, or null (printed) when both were given. */
export function databaseChoice(data: string | undefined, language: Language, out: Output): DatabaseChoice | null {
  const url = process.env['DATABASE_URL'];
  if (url !== undefined && url !== '') {
    if (data === undefined) return { kind: 'postgres', url };
    out.stderr(t(language, 'serveBothDatabases'));
    return null;
  }
  return { kind: 'pglite', dir: resolve(data ?? defaultDataDir()) };
}

/** The database open and migrated, or null after saying why not. */
export async function openServerDatabase(
  choice: DatabaseChoice,
  language: Language,
  out: Output,
): Promise<Database | null> {
  if (choice.kind === 'pglite' && !existsSync(join(choice.dir, 'postgres')))
    out.stdout(t(language, 'serveCreatingDatabase', { dir: choice.dir }));
  try {
    return await openDatabase(choice);
  } catch (error) {
    if (error instanceof DirectoryBusyError)
      out.stderr(
        t(language, 'serveBusy', { dir: choice.kind === 'pglite' ? choice.dir : '', pid: error.pid, lock: error.path }),
      );
    else if (error instanceof DatabaseTooNewError)
      out.stderr(t(language, 'serveDatabaseTooNew', { versions: error.versions.join(', ') }));
    else
      out.stderr(
        t(language, 'serveDatabaseFailed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    return null;
  }
}
