/**
 * Browser sessions and API tokens, by the hashes of their secrets
 * (auth/secrets.ts). A session ends at its expiry or at logout; a token
 * lasts until its account is removed.
 */
import type { Queryable } from '../database/database.ts';

export interface Holder {
  readonly userId: number;
  readonly username: string;
}

export async function createSession(q: Queryable, idHash: string, userId: number, lifetimeMs: number): Promise<void> {
  // Expired sessions are cleared as new ones begin: the table holds live ones and a few dead ones at most.
  await q.query('DELETE FROM sessions WHERE expires_at < now()');
  await q.query(
    `INSERT INTO sessions (id_hash, user_id, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')`,
    [idHash, userId, lifetimeMs],
  );
}

export async function sessionHolder(q: Queryable, idHash: string): Promise<Holder | null> {
  const [row] = await q.query<{ id: number; username: string }>(
    `SELECT u.id, u.username FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id_hash = $1 AND s.expires_at > now()`,
    [idHash],
  );
  return row ? { userId: row.id, username: row.username } : null;
}

export async function endSession(q: Queryable, idHash: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
}

export async function createApiToken(q: Queryable, tokenHash: string, userId: number): Promise<void> {
  await q.query('INSERT INTO api_tokens (token_hash, user_id) VALUES ($1, $2)', [tokenHash, userId]);
}

export async function tokenHolder(q: Queryable, tokenHash: string): Promise<Holder | null> {
  const [row] = await q.query<{ id: number; username: string }>(
    'SELECT u.id, u.username FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1',
    [tokenHash],
  );
  return row ? { userId: row.id, username: row.username } : null;
}

export async function revokeApiToken(q: Queryable, tokenHash: string): Promise<void> {
  await q.query('DELETE FROM api_tokens WHERE token_hash = $1', [tokenHash]);
}
