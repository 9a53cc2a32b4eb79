/**
 * The audit log: who did what, when, from where — sign-ins (and failed
 * ones), tokens, parks created, saved, restored, saves refused as stale, and
 * members' roles changed. Written in the transaction of what it records, so
 * the log and the data never disagree; a park's entries are read by its
 * owners (GET /api/parks/:id/audit).
 */
import type { Queryable } from '../database/database.ts';

export type AuditAction =
  | 'login'
  | 'login-failed'
  | 'logout'
  | 'token-created'
  | 'park-created'
  | 'park-saved'
  | 'save-rejected'
  | 'park-restored'
  | 'member-changed';

export interface AuditRecord {
  readonly action: AuditAction;
  readonly userId: number | null;
  readonly address: string;
  readonly parkId?: string;
  readonly revision?: number;
  readonly detail?: Readonly<Record<string, unknown>>;
}

export async function recordAudit(q: Queryable, entry: AuditRecord): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (user_id, action, park_id, revision, address, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      entry.userId,
      entry.action,
      entry.parkId ?? null,
      entry.revision ?? null,
      entry.address,
      JSON.stringify(entry.detail ?? {}),
    ],
  );
}

export interface AuditEntry {
  readonly id: number;
  readonly time: string;
  readonly username: string | null;
  readonly action: string;
  readonly revision?: number;
  readonly detail: Record<string, unknown>;
}

/** A park's log, newest first (the latest `limit` entries). */
export async function parkAudit(q: Queryable, parkId: string, limit = 1000): Promise<AuditEntry[]> {
  const rows = await q.query<{
    id: number;
    at: Date;
    username: string | null;
    action: string;
    revision: number | null;
    detail: string;
  }>(
    `SELECT a.id, a.at, u.username, a.action, a.revision, a.detail
       FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
      WHERE a.park_id = $1 ORDER BY a.id DESC LIMIT $2`,
    [parkId, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    time: row.at.toISOString(),
    username: row.username,
    action: row.action,
    ...(row.revision === null ? {} : { revision: row.revision }),
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  }));
}
