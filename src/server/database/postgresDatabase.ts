/**
 * A PostgreSQL server (`DATABASE_URL=postgres://…`): for a team that
 * outgrows the embedded database or wants its backups and replicas. The same
 * schema and queries as PGlite; a pool of connections, each transaction on
 * one of them.
 */
import pg from 'pg';
import type { Database, Queryable, SqlValue } from './database.ts';

/** Where a connection string points, without its password: what the server prints. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

export async function openPostgresDatabase(url: string, connections = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  // An idle connection the server drops (a restart, a network cut) is an event, not a crash of ours: the pool
  // replaces it at the next query, and a query that fails is answered as an error.
  pool.on('error', (error) => process.stderr.write(`PostgreSQL: ${error.message}\n`));
  // Reached now, so a wrong address or password stops the server at its start instead of at its first request.
  const first = await pool.connect().catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  first.release();
  const on = (client: pg.PoolClient | pg.Pool): Queryable => ({
    query: async <Row>(sql: string, params: readonly SqlValue[] = []) =>
      (await client.query(sql, [...params])).rows as Row[],
    exec: async (sql: string) => void (await client.query(sql)),
  });
  return {
    kind: 'postgres',
    location: describeUrl(url),
    ...on(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is dropped rather than handed to the next transaction.
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
