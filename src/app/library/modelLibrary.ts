/**
 * The library of the user's park models and scenarios, kept in the browser
 * (IndexedDB, or memory when the browser refuses it). Each operation is
 * one transaction; everything read back is validated again; every failure
 * — a damaged record, a full disk — is a value with problems, never an
 * exception, and a damaged record is only ever removed by the user.
 */
import { shareRepeatedStrings } from '../../core/model/sharedStrings.ts';
import type { Problem } from '../../core/model/problems.ts';
import { MAX_NAME_LENGTH } from '../../core/model/schema.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { HistoryStep } from '../model/history.ts';
import { createMemoryBackend, type LibraryBackend, type LibraryTransaction } from './libraryBackend.ts';
import { NOTHING_STORED, planChunks, storedChunks, type StoredChunks } from './modelChunks.ts';
import {
  MODEL_FORMAT,
  RECORD_FORMAT,
  readEntry,
  readStoredModel,
  type LibraryEntry,
  type LibraryKind,
  type LoadedModel,
  type StoredEntry,
  type StoredModel,
} from './libraryRecord.ts';
import { openIndexedDbBackend } from './indexedDbBackend.ts';
import { checkName, guarded, keyProblem, missingProblem } from './libraryProblems.ts';
import {
  conflictProblem,
  createRevisionKnowledge,
  revisionOf,
  storedConflict,
  type RevisionConflict,
} from './revisions.ts';

export type LibraryResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/** An entry that cannot be used, listed so the user can see why and delete it. */
export interface DamagedEntry {
  readonly id: string;
  /** The stored name when it could still be read. */
  readonly name?: string;
  readonly problems: readonly Problem[];
}

export interface LibraryListing {
  /** Most recently updated first. */
  readonly entries: readonly LibraryEntry[];
  readonly damaged: readonly DamagedEntry[];
}

export interface OpenedModel extends LoadedModel {
  readonly entry: LibraryEntry;
  /** Warnings about what was read (e.g. saved undo steps left out). */
  readonly notes: readonly Problem[];
}

/** What is saved of the open model: its present (with positions as view state) and recent undo steps. */
export interface ModelSnapshot {
  readonly model: ParkModel;
  readonly past: readonly HistoryStep[];
  readonly future: readonly HistoryStep[];
}

/** A save refused because another tab wrote the model (or deleted it) since this tab read it. */
export interface SaveConflict {
  readonly ok: false;
  readonly problems: readonly Problem[];
  readonly conflict: RevisionConflict;
}

export type SaveResult = LibraryResult<LibraryEntry> | SaveConflict;

export interface NewEntry {
  readonly name: string;
  readonly kind?: LibraryKind;
  readonly model: ParkModel;
  readonly origin?: string;
}

export interface ModelLibrary {
  /** False when changes live only as long as the page (IndexedDB unavailable). */
  readonly persistent: boolean;
  list(): Promise<LibraryResult<LibraryListing>>;
  create(entry: NewEntry): Promise<LibraryResult<LibraryEntry>>;
  /** A copy of the entry's saved model (without its undo steps) under a new name. */
  duplicate(id: string, name: string, kind?: LibraryKind): Promise<LibraryResult<LibraryEntry>>;
  rename(id: string, name: string): Promise<LibraryResult<LibraryEntry>>;
  delete(id: string): Promise<LibraryResult<null>>;
  load(id: string): Promise<LibraryResult<OpenedModel>>;
  /**
   * Saves the open model under its entry (as the app holds it: the open
   * model's name is changed through here, not `rename`) and remembers it as
   * the one to reopen, in one transaction — unless the stored revision is no
   * longer `entry.revision` (another tab wrote it): then nothing is written
   * and the result says what is stored instead. The saved entry carries the
   * new revision, which the next save must start from.
   */
  save(entry: LibraryEntry, snapshot: ModelSnapshot): Promise<SaveResult>;
  lastOpened(): Promise<string | null>;
  remember(id: string): Promise<LibraryResult<null>>;
}

export interface LibraryOptions {
  /** Clock and id source, replaceable for tests. */
  readonly now?: () => number;
  readonly newId?: () => string;
}

export type LibraryOpening = { readonly library: ModelLibrary; readonly problem?: Problem };

/** The library in IndexedDB, or in memory with the reason when the browser refuses storage. */
export async function openModelLibrary(databaseName?: string, options: LibraryOptions = {}): Promise<LibraryOpening> {
  const opened = await openIndexedDbBackend(databaseName, undefined, options.now);
  if (opened.ok) return { library: createModelLibrary(opened.backend, options) };
  return { library: createModelLibrary(createMemoryBackend(), options), problem: opened.problem };
}

export function createModelLibrary(backend: LibraryBackend, options: LibraryOptions = {}): ModelLibrary {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomId;
  // Per library object, that is per tab: which revision this tab read or wrote, and when.
  const knowledge = createRevisionKnowledge();
  // Per tab too: the chunks of each model as of the revision this tab last read or wrote (modelChunks.ts). Set
  // only once a transaction has committed: a save relying on chunks that were never written would lose them.
  const chunksKnown = new Map<string, { readonly revision: number; readonly stored: StoredChunks }>();
  const newChunkKey = chunkKeys();
  const run = <T>(mode: 'readonly' | 'readwrite', work: (tx: LibraryTransaction) => Promise<LibraryResult<T>>) =>
    guarded(() => backend.transaction(mode, work));
  /** A write of an entry that tells the chunks its model has once it is written; this tab learns them after commit. */
  const written = async (
    work: (tx: LibraryTransaction) => Promise<Extract<LibraryResult<never>, { ok: false }> | Written>,
  ): Promise<LibraryResult<LibraryEntry>> => {
    const result = await guarded(() => backend.transaction('readwrite', work));
    if (!result.ok) return result;
    const { value } = result;
    const stored = 'stored' in result ? result.stored : undefined;
    if (stored) chunksKnown.set(value.id, { revision: revisionOf(value), stored });
    return { ok: true, value };
  };
  /** The usable entry under `id`, or why not. */
  const entryIn = async (tx: LibraryTransaction, id: string): Promise<LibraryResult<LibraryEntry>> => {
    const raw = await tx.entry(id);
    if (raw === undefined) return { ok: false, problems: [missingProblem(id)] };
    const entry = readEntry(raw);
    return entry.ok ? { ok: true, value: entry.value } : entry;
  };
  /** The stored entry's conflict with revision `known`, read in a transaction of its own (after a failed save). */
  const conflictWith = async (entry: LibraryEntry, known: number): Promise<RevisionConflict | null> => {
    try {
      return await backend.transaction('readonly', async (tx) => conflictIn(tx, entry, known));
    } catch {
      return null;
    }
  };
  /** Null when the stored revision of `entry` is `known`; a damaged entry is no conflict (the write reports it). */
  const conflictIn = async (tx: LibraryTransaction, entry: LibraryEntry, known: number) => {
    const raw = await tx.entry(entry.id);
    if (raw === undefined) return storedConflict(entry.id, entry.name, known, undefined);
    const stored = readEntry(raw);
    return stored.ok ? storedConflict(entry.id, entry.name, known, stored.value) : null;
  };
  const putEntry = (tx: LibraryTransaction, entry: LibraryEntry) => {
    const stored: StoredEntry = { format: RECORD_FORMAT, ...entry };
    tx.putEntry(entry.id, stored);
  };
  /**
   * Writes the entry and its model's chunks not in `stored`; `others`: chunk keys stored besides
   * (unknown to this tab), deleted. Returns what is stored once the transaction commits.
   */
  const put = (
    tx: LibraryTransaction,
    entry: LibraryEntry,
    snapshot: ModelSnapshot,
    stored: StoredChunks = NOTHING_STORED,
    others: readonly string[] = [],
  ): StoredChunks => {
    putEntry(tx, entry);
    const plan = planChunks(snapshot, stored, newChunkKey);
    for (const [key, value] of plan.writes) tx.putChunk(entry.id, key, value);
    for (const key of [...plan.deletes, ...others.filter((key) => !plan.stored.chunks.has(key))])
      tx.removeChunk(entry.id, key);
    const { present, past, future } = plan;
    const model: StoredModel = { format: MODEL_FORMAT, id: entry.id, model: present, past, future };
    tx.putModel(entry.id, model);
    return plan.stored;
  };
  /** The entry's model and steps, put together from its record and chunks and validated again. */
  const readModel = async (tx: LibraryTransaction, id: string) => {
    const [raw, chunks] = await Promise.all([tx.model(id), tx.chunks(id)]);
    return { data: readStoredModel(raw, id, chunks), chunks };
  };

  return {
    persistent: backend.persistent,

    list: () =>
      guarded(async () => {
        const entries: LibraryEntry[] = [];
        const damaged: DamagedEntry[] = [];
        for (const { key, value } of await backend.entries()) {
          const entry = readEntry(value);
          if (entry.ok && entry.value.id === key) entries.push(entry.value);
          else damaged.push({ id: key, ...nameOf(value), problems: entry.ok ? [keyProblem()] : entry.problems });
        }
        entries.sort((a, b) => b.updated - a.updated || a.name.localeCompare(b.name));
        return { ok: true, value: { entries, damaged } };
      }),

    create: ({ name, kind = 'model', model, origin }) =>
      written(async (tx) => {
        const checked = checkName(name);
        if (!checked.ok) return checked;
        const time = now();
        const entry: LibraryEntry = {
          id: newId(),
          name: checked.value,
          kind,
          created: time,
          updated: time,
          ...(origin === undefined ? {} : { origin }),
          revision: 1,
        };
        const stored = put(tx, entry, { model, past: [], future: [] });
        knowledge.learn(entry.id, 1, time);
        return { ok: true, value: entry, stored };
      }),

    duplicate: (id, name, kind) =>
      written(async (tx) => {
        const checked = checkName(name);
        if (!checked.ok) return checked;
        const source = await entryIn(tx, id);
        if (!source.ok) return source;
        const { data } = await readModel(tx, id);
        if (!data.ok) return data;
        const time = now();
        const { origin } = source.value;
        const entry: LibraryEntry = {
          id: newId(),
          name: checked.value,
          kind: kind ?? source.value.kind,
          created: time,
          updated: time,
          ...(origin === undefined ? {} : { origin }),
          revision: 1,
        };
        const stored = put(tx, entry, { model: data.value.model, past: [], future: [] });
        return { ok: true, value: entry, stored };
      }),

    rename: (id, name) =>
      written(async (tx) => {
        const checked = checkName(name);
        if (!checked.ok) return checked;
        const entry = await entryIn(tx, id);
        if (!entry.ok) return entry;
        // A rename is a write like a save: a tab holding the old revision must not write over the new name.
        const revision = revisionOf(entry.value);
        const time = now();
        const renamed = { ...entry.value, name: checked.value, updated: time, revision: revision + 1 };
        tx.retireRevision(id, revision, time, true);
        putEntry(tx, renamed);
        // The chunks are the same at the new revision.
        const known = chunksKnown.get(id);
        return { ok: true, value: renamed, ...(known?.revision === revision ? { stored: known.stored } : {}) };
      }),

    delete: (id) =>
      run('readwrite', async (tx) => {
        // Retired too, so a tab that still has the model open cannot write it back unawares. Put, not
        // added: a damaged entry (whose revision is a guess) must stay deletable.
        tx.retireRevision(id, revisionOf(await rawRevision(tx, id)), now(), false);
        tx.remove(id);
        chunksKnown.delete(id);
        return { ok: true, value: null };
      }),

    load: (id) => {
      // Taken before the read: any later write of what is read is retired after this time (revisions.ts).
      const since = now();
      return run('readonly', async (tx) => {
        const entry = await entryIn(tx, id);
        if (!entry.ok) return entry;
        const { data, chunks } = await readModel(tx, id);
        if (!data.ok) return data;
        // IndexedDB's structured clone wrote each repeated string anew.
        shareRepeatedStrings(data.value.model);
        const revision = revisionOf(entry.value);
        knowledge.learn(id, revision, since);
        chunksKnown.set(id, { revision, stored: storedChunks(chunks) });
        return { ok: true, value: { entry: entry.value, ...data.value, notes: data.notes } };
      });
    },

    async save(entry, snapshot): Promise<SaveResult> {
      const checked = checkName(entry.name);
      if (!checked.ok) return checked;
      const known = revisionOf(entry);
      const time = now();
      const saved: LibraryEntry = {
        ...entry,
        name: checked.value,
        updated: Math.max(time, entry.updated),
        revision: known + 1,
      };
      // Recently learned: the retired marker alone is the check, and every write is issued at once, so a
      // save started as the page goes away (a reload) is complete before it does. Else read first.
      const fresh = knowledge.isFresh(entry.id, known, time);
      // The chunks this tab knows are stored at `known`, when it knows: else all are written and the others deleted.
      const chunks = chunksKnown.get(entry.id);
      const stored = fresh && chunks?.revision === known ? chunks.stored : null;
      let written: StoredChunks | null = null;
      const result = await guarded(() =>
        backend.transaction('readwrite', async (tx): Promise<SaveResult> => {
          const conflict = fresh ? null : await conflictIn(tx, entry, known);
          if (conflict) return { ok: false, problems: [conflictProblem(conflict)], conflict };
          tx.retireRevision(entry.id, known, time, true);
          written = stored
            ? put(tx, saved, snapshot, stored)
            : put(tx, saved, snapshot, NOTHING_STORED, await tx.chunkKeys(entry.id));
          tx.setLastOpened(entry.id);
          return { ok: true, value: saved };
        }),
      );
      if (result.ok && written) chunksKnown.set(entry.id, { revision: known + 1, stored: written });
      if (result.ok) knowledge.learn(entry.id, known + 1, time);
      if (result.ok || 'conflict' in result) return result;
      // The write failed: because another tab wrote first (the marker was taken), or the storage failed.
      const conflict = await conflictWith(entry, known);
      return conflict ? { ok: false, problems: [conflictProblem(conflict)], conflict } : result;
    },

    async lastOpened() {
      try {
        const id = await backend.lastOpened();
        return typeof id === 'string' ? id : null;
      } catch {
        return null;
      }
    },

    remember: (id) =>
      run('readwrite', async (tx) => {
        tx.setLastOpened(id);
        return { ok: true, value: null };
      }),
  };
}

interface Written {
  readonly ok: true;
  readonly value: LibraryEntry;
  readonly stored?: StoredChunks;
}

/** Chunk keys unique to this tab: a random prefix and a count. */
function chunkKeys(): () => string {
  const prefix = randomId();
  let count = 0;
  return () => `${prefix}:${(count++).toString(36)}`;
}

/** The raw `revision` field of a stored entry, which may be damaged. */
async function rawRevision(tx: LibraryTransaction, id: string): Promise<{ revision?: number }> {
  const raw = await tx.entry(id);
  const revision = typeof raw === 'object' && raw !== null ? (raw as { revision?: unknown }).revision : undefined;
  return typeof revision === 'number' && Number.isInteger(revision) && revision >= 0 ? { revision } : {};
}

function nameOf(value: unknown): { name?: string } {
  const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? { name: name.slice(0, MAX_NAME_LENGTH) } : {};
}

/** Random ids where the browser offers them (secure contexts), else time and randomness. */
function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
