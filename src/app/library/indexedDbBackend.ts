/**
 * The model library in IndexedDB (through idb): entries and model data in
 * two object stores under the same key, so listing reads only the small
 * entries, the model data's chunks keyed by [model id, chunk key]
 * (modelChunks.ts), a `meta` store for the last-opened model, and a
 * `revisions` store of retired revisions keyed by [model id, revision]
 * (revisions.ts).
 * Keys are kept out of line, so a record that lost its own id can still be
 * found and deleted.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { problem, type Problem } from '../../core/model/problems.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import type { LibraryBackend } from './libraryBackend.ts';
import { MARKER_LIFETIME_MS } from './revisions.ts';

export const LIBRARY_DATABASE = 'symbiograph-library';
// Version 2 added the `revisions` store, version 3 `chunks`; an older database is upgraded in place, its records kept.
const DATABASE_VERSION = 3;
const LAST_OPENED = 'lastOpened';
const STORES = ['entries', 'models', 'chunks', 'meta', 'revisions'] as const;

/** How long opening may take before the app goes on without keeping changes (a blocked or broken database). */
const OPEN_TIMEOUT_MS = 5000;

interface LibrarySchema extends DBSchema {
  entries: { key: string; value: unknown };
  models: { key: string; value: unknown };
  chunks: { key: [string, string]; value: unknown };
  meta: { key: string; value: unknown };
  /** When each revision was retired, indexed by that time so old markers are pruned without reading all. */
  revisions: { key: [string, number]; value: RetiredRevision; indexes: { time: number } };
}

interface RetiredRevision {
  readonly time: number;
}

export type BackendOpening =
  { readonly ok: true; readonly backend: LibraryBackend } | { readonly ok: false; readonly problem: Problem };

export async function openIndexedDbBackend(
  name: string = LIBRARY_DATABASE,
  timeoutMs: number = OPEN_TIMEOUT_MS,
  now: () => number = Date.now,
): Promise<BackendOpening> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) return unavailable('IndexedDB is not available');
  let timedOut = false;
  let opening: Promise<IDBPDatabase<LibrarySchema>>;
  try {
    opening = openDB<LibrarySchema>(name, DATABASE_VERSION, {
      upgrade(db) {
        for (const store of ['entries', 'models', 'chunks', 'meta'] as const)
          if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
        if (!db.objectStoreNames.contains('revisions')) db.createObjectStore('revisions').createIndex('time', 'time');
      },
      // A newer version of the app opened in another tab: let it upgrade; this tab's saves then fail visibly.
      blocking() {
        void opening.then((db) => db.close());
      },
    });
  } catch (error) {
    // Private windows of some browsers refuse IndexedDB at once (InvalidStateError, SecurityError).
    return unavailable(describe(error));
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      resolve(null);
    }, timeoutMs);
  });
  try {
    const db = await Promise.race([opening, timeout]);
    if (db === null) {
      void opening.then((late) => late.close()).catch(() => undefined);
      return unavailable('opening the database timed out');
    }
    await pruneRevisions(db, now() - MARKER_LIFETIME_MS);
    return { ok: true, backend: indexedDbBackend(db) };
  } catch (error) {
    // Or when the request fails (an old database of a newer version: VersionError).
    return timedOut ? unavailable('opening the database timed out') : unavailable(describe(error));
  } finally {
    clearTimeout(timer);
  }
}

function indexedDbBackend(db: IDBPDatabase<LibrarySchema>): LibraryBackend {
  return {
    persistent: true,
    async entries() {
      const tx = db.transaction('entries', 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      return keys.map((key, i) => ({ key, value: values[i] }));
    },
    lastOpened: () => db.get('meta', LAST_OPENED),
    async transaction(mode, work) {
      // Strict durability: a save is on disk before it is reported, so a crash right after loses nothing.
      const tx = db.transaction(STORES, mode, { durability: mode === 'readwrite' ? 'strict' : 'default' });
      const entries = tx.objectStore('entries');
      const models = tx.objectStore('models');
      const revisions = tx.objectStore('revisions');
      const chunks = tx.objectStore('chunks');
      // A failed write aborts the transaction and rejects `tx.done`; its own promise needs no second report.
      const track = (request: Promise<unknown> | undefined) => void request?.catch(() => undefined);
      try {
        const result = await work({
          entry: (id) => entries.get(id),
          model: (id) => models.get(id),
          putEntry: (id, value) => track(entries.put?.(value, id)),
          putModel: (id, value) => track(models.put?.(value, id)),
          async chunks(id) {
            const [keys, values] = await Promise.all([chunks.getAllKeys(chunksOf(id)), chunks.getAll(chunksOf(id))]);
            return new Map(keys.map(([, key], i) => [key, values[i]]));
          },
          chunkKeys: async (id) => (await chunks.getAllKeys(chunksOf(id))).map(([, key]) => key),
          putChunk: (id, key, value) => track(chunks.put?.(value, [id, key])),
          removeChunk: (id, key) => track(chunks.delete?.([id, key])),
          remove: (id) => {
            track(entries.delete?.(id));
            track(models.delete?.(id));
            track(chunks.delete?.(chunksOf(id)));
          },
          setLastOpened: (id) => track(tx.objectStore('meta').put?.(id, LAST_OPENED)),
          retireRevision: (id, revision, time, exclusive) => {
            const retired: RetiredRevision = { time };
            // `add` fails on an existing key, which aborts the transaction: nothing of this save is written.
            track(exclusive ? revisions.add?.(retired, [id, revision]) : revisions.put?.(retired, [id, revision]));
          },
        });
        // Commit now rather than when the page next idles: the page may be going away.
        if (mode === 'readwrite') commitNow(tx);
        await tx.done;
        return result;
      } catch (error) {
        abortQuietly(tx);
        throw error;
      }
    },
  };
}

/** Every chunk key of model `id`: [id] sorts before [id, any string], which sorts before [id, an array]. */
function chunksOf(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id], [id, []]);
}

/**
 * Forgets the revisions retired before `before` (revisions.ts says why that
 * is safe). Best effort: a failure only leaves them for the next start.
 */
async function pruneRevisions(db: IDBPDatabase<LibrarySchema>, before: number): Promise<void> {
  try {
    const tx = db.transaction('revisions', 'readwrite');
    let cursor = await tx.store.index('time').openCursor(IDBKeyRange.upperBound(before, true));
    while (cursor) {
      void cursor.delete().catch(() => undefined);
      cursor = await cursor.continue();
    }
    await tx.done;
  } catch {
    // Nothing depends on it.
  }
}

function commitNow(tx: { commit?: () => void }): void {
  try {
    tx.commit?.();
  } catch {
    // Already committing (it was left idle): nothing to hurry.
  }
}

function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function unavailable(detail: string): BackendOpening {
  return {
    ok: false,
    problem: problem('warning', 'library-unavailable', [], appBilingual('libraryProblem.unavailable', { detail })),
  };
}
