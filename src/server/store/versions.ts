/**
 * A park's versions. Every save is a new revision (1, 2, 3 …) with its
 * author, time and message; nothing is ever overwritten. A save names the
 * revision it started from: in the transaction that writes it, the park's
 * row is locked (SELECT … FOR UPDATE) and its head compared with that
 * revision, so of two saves from the same revision one is written and the
 * other refused — and kept, as a rejected save, with the model it carried.
 */
import type { RevisionStamp, Version } from '../../core/io/serverProtocol.ts';
import type { Queryable } from '../database/database.ts';
import { recordAudit } from './audit.ts';

/** What a save writes: the validated model as JSON text, and its park's name (JSON {zh, en}). */
export interface VersionContent {
  readonly model: string;
  readonly name: string;
}

export interface Author {
  readonly userId: number;
  readonly address: string;
}

interface StampRow {
  revision: number;
  username: string;
  saved_at: Date;
}

const stamp = (row: StampRow): RevisionStamp => ({
  revision: row.revision,
  author: row.username,
  time: row.saved_at.toISOString(),
});

async function insertVersion(
  q: Queryable,
  parkId: string,
  revision: number,
  author: Author,
  content: VersionContent,
  message: string,
  restoredFrom: number | null,
): Promise<RevisionStamp> {
  const [row] = await q.query<StampRow>(
    `WITH v AS (
       INSERT INTO park_versions (park_id, revision, author_id, message, restored_from, park_name, model)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING revision, author_id, saved_at
     )
     SELECT v.revision, u.username, v.saved_at FROM v JOIN users u ON u.id = v.author_id`,
    [parkId, revision, author.userId, message, restoredFrom, content.name, content.model],
  );
  return stamp(row!);
}

/** A new park at revision 1, its author its owner. */
export async function createPark(
  q: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> },
  parkId: string,
  author: Author,
  content: VersionContent,
  message: string,
): Promise<RevisionStamp> {
  return q.transaction(async (tx) => {
    await tx.query('INSERT INTO parks (id, head_revision) VALUES ($1, 1)', [parkId]);
    const saved = await insertVersion(tx, parkId, 1, author, content, message, null);
    await tx.query(`INSERT INTO park_members (park_id, user_id, role) VALUES ($1, $2, 'owner')`, [
      parkId,
      author.userId,
    ]);
    await recordAudit(tx, {
      action: 'park-created',
      userId: author.userId,
      address: author.address,
      parkId,
      revision: 1,
    });
    return saved;
  });
}

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly stamp: RevisionStamp }
  | { readonly kind: 'stale'; readonly head: RevisionStamp; readonly rejectedId: number };

export interface SaveRequest {
  readonly parkId: string;
  readonly author: Author;
  /** The revision the edit started from; `head` for a restore that names none. */
  readonly base: number | 'head';
  readonly content: VersionContent;
  readonly message: string;
  /** A restore: the revision whose content this is. */
  readonly restoredFrom?: number;
}

/** Writes the next revision if the head is still `base`; else keeps the model as a rejected save. One transaction. */
export async function saveVersion(
  q: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> },
  request: SaveRequest,
): Promise<SaveOutcome> {
  const { parkId, author, content, message } = request;
  return q.transaction(async (tx) => {
    const [park] = await tx.query<{ head_revision: number }>(
      'SELECT head_revision FROM parks WHERE id = $1 FOR UPDATE',
      [parkId],
    );
    if (!park) throw new Error(`no park ${parkId}`);
    const head = park.head_revision;
    const base = request.base === 'head' ? head : request.base;
    if (base !== head) {
      const [rejected] = await tx.query<{ id: number }>(
        `INSERT INTO rejected_saves (park_id, author_id, base_revision, head_revision, message, model)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [parkId, author.userId, base, head, message, content.model],
      );
      await recordAudit(tx, {
        action: 'save-rejected',
        userId: author.userId,
        address: author.address,
        parkId,
        revision: head,
        detail: { base, rejected: rejected!.id },
      });
      return { kind: 'stale', head: (await headStamp(tx, parkId))!, rejectedId: rejected!.id };
    }
    const revision = head + 1;
    const saved = await insertVersion(tx, parkId, revision, author, content, message, request.restoredFrom ?? null);
    await tx.query('UPDATE parks SET head_revision = $2 WHERE id = $1', [parkId, revision]);
    await recordAudit(tx, {
      action: request.restoredFrom === undefined ? 'park-saved' : 'park-restored',
      userId: author.userId,
      address: author.address,
      parkId,
      revision,
      detail: request.restoredFrom === undefined ? {} : { restoredFrom: request.restoredFrom },
    });
    return { kind: 'saved', stamp: saved };
  });
}

export async function headStamp(q: Queryable, parkId: string): Promise<RevisionStamp | null> {
  const [row] = await q.query<StampRow>(
    `SELECT v.revision, u.username, v.saved_at
       FROM parks p JOIN park_versions v ON v.park_id = p.id AND v.revision = p.head_revision
       JOIN users u ON u.id = v.author_id
      WHERE p.id = $1`,
    [parkId],
  );
  return row ? stamp(row) : null;
}

export interface StoredVersion {
  readonly revision: number;
  /** The model as stored: JSON text. */
  readonly model: string;
  /** The park's name in it: JSON {zh, en}. */
  readonly name: string;
}

/** A revision's model; the head's when `revision` is left out. */
export async function versionModel(q: Queryable, parkId: string, revision?: number): Promise<StoredVersion | null> {
  const [row] = await q.query<{ revision: number; model: string; park_name: string }>(
    revision === undefined
      ? `SELECT v.revision, v.model, v.park_name FROM parks p JOIN park_versions v
           ON v.park_id = p.id AND v.revision = p.head_revision WHERE p.id = $1`
      : 'SELECT revision, model, park_name FROM park_versions WHERE park_id = $1 AND revision = $2',
    revision === undefined ? [parkId] : [parkId, revision],
  );
  return row ? { revision: row.revision, model: row.model, name: row.park_name } : null;
}

/** The head revision, or whether `revision` is one of the park's: without reading a model. */
export async function existingRevision(q: Queryable, parkId: string, revision?: number): Promise<number | null> {
  const [row] = await q.query<{ revision: number }>(
    revision === undefined
      ? 'SELECT head_revision AS revision FROM parks WHERE id = $1'
      : 'SELECT revision FROM park_versions WHERE park_id = $1 AND revision = $2',
    revision === undefined ? [parkId] : [parkId, revision],
  );
  return row?.revision ?? null;
}

export async function listVersions(q: Queryable, parkId: string): Promise<Version[]> {
  const rows = await q.query<StampRow & { message: string; restored_from: number | null }>(
    `SELECT v.revision, u.username, v.saved_at, v.message, v.restored_from
       FROM park_versions v JOIN users u ON u.id = v.author_id
      WHERE v.park_id = $1 ORDER BY v.revision`,
    [parkId],
  );
  return rows.map((row) => ({
    ...stamp(row),
    message: row.message,
    ...(row.restored_from === null ? {} : { restoredFrom: row.restored_from }),
  }));
}

export interface RejectedSave {
  readonly id: number;
  readonly author: string;
  readonly time: string;
  readonly baseRevision: number;
  readonly headRevision: number;
  readonly message: string;
  readonly model: string;
}

export async function rejectedSave(q: Queryable, parkId: string, id: number): Promise<RejectedSave | null> {
  const [row] = await q.query<{
    id: number;
    username: string;
    saved_at: Date;
    base_revision: number;
    head_revision: number;
    message: string;
    model: string;
  }>(
    `SELECT r.id, u.username, r.saved_at, r.base_revision, r.head_revision, r.message, r.model
       FROM rejected_saves r JOIN users u ON u.id = r.author_id
      WHERE r.park_id = $1 AND r.id = $2`,
    [parkId, id],
  );
  return row
    ? {
        id: row.id,
        author: row.username,
        time: row.saved_at.toISOString(),
        baseRevision: row.base_revision,
        headRevision: row.head_revision,
        message: row.message,
        model: row.model,
      }
    : null;
}
