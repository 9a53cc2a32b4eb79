/** Accounts: a name and a password hash (auth/passwords.ts). Created by `symbiograph user add`, never over the API. */
import type { Queryable } from '../database/database.ts';

export interface Account {
  readonly id: number;
  readonly username: string;
  readonly passwordHash: string;
}

/** PostgreSQL's code for a unique constraint broken: the same in PGlite. */
function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

/** The new account's id, or null when the name is taken. */
export async function createAccount(q: Queryable, username: string, passwordHash: string): Promise<number | null> {
  try {
    const [row] = await q.query<{ id: number }>(
      'INSERT INTO users (username, password_hash) VALUES ($1, $2) RETURNING id',
      [username, passwordHash],
    );
    return row!.id;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

export async function findAccount(q: Queryable, username: string): Promise<Account | null> {
  const [row] = await q.query<{ id: number; username: string; password_hash: string }>(
    'SELECT id, username, password_hash FROM users WHERE username = $1',
    [username],
  );
  return row ? { id: row.id, username: row.username, passwordHash: row.password_hash } : null;
}

export interface AccountListing {
  readonly username: string;
  readonly created: string;
  /** Parks the account has a role on. */
  readonly parks: number;
}

export async function listAccounts(q: Queryable): Promise<AccountListing[]> {
  const rows = await q.query<{ username: string; created_at: Date; parks: number }>(
    `SELECT u.username, u.created_at, count(m.park_id)::int AS parks
       FROM users u LEFT JOIN park_members m ON m.user_id = u.id
      GROUP BY u.id ORDER BY u.username`,
  );
  return rows.map((row) => ({ username: row.username, created: row.created_at.toISOString(), parks: row.parks }));
}
