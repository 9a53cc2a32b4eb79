/**
 * Brings a database to this version's schema: the migrations it has not had
 * yet (migrations/), in order, all in one transaction with their record in
 * `schema_migrations`, so a start that fails leaves the schema as it was. An
 * advisory lock makes two servers starting on one PostgreSQL take turns; a
 * database migrated by a newer Symbiograph is refused rather than written
 * with an older idea of its tables.
 */
import { MIGRATIONS, type Migration } from '../migrations/index.ts';
import type { Database } from './database.ts';

/** Any number that is ours alone: pg_advisory_xact_lock's key for "migrating Symbiograph's schema". */
const MIGRATION_LOCK = 0x53796d62; // "Symb"

export class DatabaseTooNewError extends Error {
  constructor(readonly versions: readonly number[]) {
    super(`the database has schema versions this server does not know: ${versions.join(', ')}`);
  }
}

/** Applies what is missing; gives the versions applied now (none when the database was up to date). */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    const applied = new Set(rows.map((row) => row.version));
    const known = new Set(migrations.map((m) => m.version));
    const unknown = [...applied].filter((version) => !known.has(version));
    if (unknown.length > 0) throw new DatabaseTooNewError(unknown);
    const now: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      now.push(migration.version);
    }
    return now;
  });
}
