/**
 * The library of the user's park models and scenarios, kept in the browser
 * (IndexedDB, or memory when the browser refuses it). Each operation is
 * one transaction; everything read back is validated again; every failure
 * — a damaged record, a full disk — is a value with problems, never an
 * exception, and a damaged record is only ever removed by the user.
 */
import { problem, type Problem } from '../../core/model/problems.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import { MAX_NAME_LENGTH } from '../../core/model/schema.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { HistoryStep } from '../model/history.ts';
import { createMemoryBackend, type LibraryBackend, type LibraryTransaction } from './libraryBackend.ts';
import {
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
  const run = <T>(mode: 'readonly' | 'readwrite', work: (tx: LibraryTransaction) => Promise<LibraryResult<T>>) =>
    guarded(() => backend.transaction(mode, work));
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
  const put = (tx: LibraryTransaction, entry: LibraryEntry, snapshot?: ModelSnapshot) => {
    const stored: StoredEntry = { format: RECORD_FORMAT, ...entry };
    tx.putEntry(entry.id, stored);
    if (snapshot) {
      const model: StoredModel = { format: RECORD_FORMAT, id: entry.id, ...snapshot };
      tx.putModel(entry.id, model);
    }
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
      run('readwrite', async (tx) => {
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
        put(tx, entry, { model, past: [], future: [] });
        knowledge.learn(entry.id, 1, time);
        return { ok: true, value: entry };
      }),

    duplicate: (id, name, kind) =>
      run('readwrite', async (tx) => {
        const checked = checkName(name);
        if (!checked.ok) return checked;
        const source = await entryIn(tx, id);
        if (!source.ok) return source;
        const data = readStoredModel(await tx.model(id), id);
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
        put(tx, entry, { model: data.value.model, past: [], future: [] });
        return { ok: true, value: entry };
      }),

    rename: (id, name) =>
      run('readwrite', async (tx) => {
        const checked = checkName(name);
        if (!checked.ok) return checked;
        const entry = await entryIn(tx, id);
        if (!entry.ok) return entry;
        // A rename is a write like a save: a tab holding the old revision must not write over the new name.
        const revision = revisionOf(entry.value);
        const time = now();
        const renamed = { ...entry.value, name: checked.value, updated: time, revision: revision + 1 };
        tx.retireRevision(id, revision, time, true);
        put(tx, renamed);
        return { ok: true, value: renamed };
      }),

    delete: (id) =>
      run('readwrite', async (tx) => {
        // Retired too, so a tab that still has the model open cannot write it back unawares. Put, not
        // added: a damaged entry (whose revision is a guess) must stay deletable.
        tx.retireRevision(id, revisionOf(await rawRevision(tx, id)), now(), false);
        tx.remove(id);
        return { ok: true, value: null };
      }),

    load: (id) => {
      // Taken before the read: any later write of what is read is retired after this time (revisions.ts).
      const since = now();
      return run('readonly', async (tx) => {
        const entry = await entryIn(tx, id);
        if (!entry.ok) return entry;
        const data = readStoredModel(await tx.model(id), id);
        if (!data.ok) return data;
        knowledge.learn(id, revisionOf(entry.value), since);
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
      const result = await guarded(() =>
        backend.transaction('readwrite', async (tx): Promise<SaveResult> => {
          const conflict = fresh ? null : await conflictIn(tx, entry, known);
          if (conflict) return { ok: false, problems: [conflictProblem(conflict)], conflict };
          tx.retireRevision(entry.id, known, time, true);
          put(tx, saved, snapshot);
          tx.setLastOpened(entry.id);
          return { ok: true, value: saved };
        }),
      );
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

/** Storage failures (quota, a closed connection, an aborted transaction) as problems. */
async function guarded<R>(work: () => Promise<R>): Promise<R | LibraryResult<never>> {
  try {
    return await work();
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      ok: false,
      problems: [problem('error', 'library-storage', [], appBilingual('libraryProblem.storageFailed', { detail }))],
    };
  }
}

export function checkName(name: string): LibraryResult<string> {
  const trimmed = name.trim();
  if (trimmed.length > 0 && trimmed.length <= MAX_NAME_LENGTH) return { ok: true, value: trimmed };
  return {
    ok: false,
    problems: [
      problem('error', 'library-name', ['name'], appBilingual('libraryProblem.name', { max: MAX_NAME_LENGTH })),
    ],
  };
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

function missingProblem(id: string): Problem {
  return problem('error', 'library-missing', [], appBilingual('libraryProblem.missing', { id }));
}

function keyProblem(): Problem {
  return problem('error', 'library-entry-key', [], appBilingual('libraryProblem.entryKey'));
}

/** Random ids where the browser offers them (secure contexts), else time and randomness. */
function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
