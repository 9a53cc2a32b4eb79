/** Who may do what with a park: its members and their roles, and the parks a user can see. */
import { ROLES, type ParkSummary, type Role } from '../../core/io/serverProtocol.ts';
import type { Database, Queryable } from '../database/database.ts';
import { recordAudit } from './audit.ts';
import type { Author } from './versions.ts';

function asRole(value: string): Role {
  const role = ROLES.find((r) => r === value);
  if (role === undefined) throw new Error(`unknown role ${value} in park_members`);
  return role;
}

/** The user's role on the park, or null: no such park, or not a member (the same to the caller). */
export async function roleOn(q: Queryable, parkId: string, userId: number): Promise<Role | null> {
  const [row] = await q.query<{ role: string }>('SELECT role FROM park_members WHERE park_id = $1 AND user_id = $2', [
    parkId,
    userId,
  ]);
  return row ? asRole(row.role) : null;
}

export async function parksOf(q: Queryable, userId: number): Promise<ParkSummary[]> {
  const rows = await q.query<{
    id: string;
    role: string;
    park_name: string;
    revision: number;
    username: string;
    saved_at: Date;
  }>(
    `SELECT p.id, m.role, v.park_name, v.revision, u.username, v.saved_at
       FROM park_members m
       JOIN parks p ON p.id = m.park_id
       JOIN park_versions v ON v.park_id = p.id AND v.revision = p.head_revision
       JOIN users u ON u.id = v.author_id
      WHERE m.user_id = $1
      ORDER BY v.saved_at DESC, p.id`,
    [userId],
  );
  return rows.map((row) => ({
    id: row.id,
    name: JSON.parse(row.park_name) as ParkSummary['name'],
    role: asRole(row.role),
    head: { revision: row.revision, author: row.username, time: row.saved_at.toISOString() },
  }));
}

export interface Member {
  readonly username: string;
  readonly role: Role;
}

export async function membersOf(q: Queryable, parkId: string): Promise<Member[]> {
  const rows = await q.query<{ username: string; role: string }>(
    `SELECT u.username, m.role FROM park_members m JOIN users u ON u.id = m.user_id
      WHERE m.park_id = $1 ORDER BY u.username`,
    [parkId],
  );
  return rows.map((row) => ({ username: row.username, role: asRole(row.role) }));
}

export type MemberChange =
  { readonly kind: 'changed' } | { readonly kind: 'unknown-user' } | { readonly kind: 'last-owner' };

/**
 * Gives `username` the role on the park, or takes it away (`none`). The
 * park's row is locked first, so two owners demoting each other at once
 * cannot leave the park without an owner.
 */
export async function setMember(
  db: Database,
  parkId: string,
  actor: Author,
  username: string,
  role: Role | 'none',
): Promise<MemberChange> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT id FROM parks WHERE id = $1 FOR UPDATE', [parkId]);
    const [user] = await tx.query<{ id: number }>('SELECT id FROM users WHERE username = $1', [username]);
    if (!user) return { kind: 'unknown-user' };
    const before = await roleOn(tx, parkId, user.id);
    if (before === 'owner' && role !== 'owner') {
      const [owners] = await tx.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM park_members WHERE park_id = $1 AND role = 'owner'`,
        [parkId],
      );
      if (owners!.n <= 1) return { kind: 'last-owner' };
    }
    if (role === 'none') {
      await tx.query('DELETE FROM park_members WHERE park_id = $1 AND user_id = $2', [parkId, user.id]);
    } else {
      await tx.query(
        `INSERT INTO park_members (park_id, user_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (park_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
        [parkId, user.id, role],
      );
    }
    await recordAudit(tx, {
      action: 'member-changed',
      userId: actor.userId,
      address: actor.address,
      parkId,
      detail: { member: username, before: before ?? 'none', after: role },
    });
    return { kind: 'changed' };
  });
}
