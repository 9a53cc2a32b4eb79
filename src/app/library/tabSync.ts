/**
 * Early notice between tabs of the same app: when a tab saves, renames or
 * deletes a library model it says so on a BroadcastChannel, so a tab with
 * that model open learns it is behind before it tries to save. The
 * library's revision check (revisions.ts) is what actually keeps a tab from
 * writing over another; this only tells the user sooner. Browsers without
 * BroadcastChannel get a channel that says nothing.
 */
import { z } from 'zod';
import { RECORD_FORMAT, readEntry, type LibraryEntry } from './libraryRecord.ts';
import type { ModelLibrary } from './modelLibrary.ts';
import { revisionOf, type RevisionConflict } from './revisions.ts';

const TAB_CHANNEL = 'symbiograph-library';

/** What another tab did to a library model. */
export type LibraryChange =
  | { readonly kind: 'saved' | 'renamed'; readonly entry: LibraryEntry }
  | { readonly kind: 'deleted'; readonly id: string };

/** The part of a BroadcastChannel used here, so tests can pass a fake one. */
export interface ChannelPort {
  post(message: unknown): void;
  listen(listener: (message: unknown) => void): void;
  close(): void;
}

export interface TabChannel {
  announce(change: LibraryChange): void;
  /** Changes made by other tabs; returns the unsubscribe function. */
  subscribe(listener: (change: LibraryChange) => void): () => void;
  close(): void;
}

/** The browser's BroadcastChannel, or null where there is none (or it refuses, e.g. an opaque origin). */
export function broadcastPort(name: string = TAB_CHANNEL): ChannelPort | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  try {
    const channel = new BroadcastChannel(name);
    return {
      post: (message) => channel.postMessage(message),
      listen: (listener) => channel.addEventListener('message', (event) => listener(event.data)),
      close: () => channel.close(),
    };
  } catch {
    return null;
  }
}

const messageShape = z.object({
  tab: z.string(),
  kind: z.enum(['saved', 'renamed', 'deleted']),
  id: z.string().min(1),
  entry: z.unknown().optional(),
});

/** A channel over `port` (none: a channel that says nothing), ignoring this tab's own messages. */
export function openTabChannel(port: ChannelPort | null = broadcastPort(), tab: string = tabId()): TabChannel {
  const listeners = new Set<(change: LibraryChange) => void>();
  let closed = false;
  port?.listen((message) => {
    const change = readMessage(message, tab);
    if (change) for (const listener of listeners) listener(change);
  });
  return {
    announce(change) {
      if (closed || !port) return;
      const id = change.kind === 'deleted' ? change.id : change.entry.id;
      const entry = change.kind === 'deleted' ? {} : { entry: { format: RECORD_FORMAT, ...change.entry } };
      try {
        port.post({ tab, kind: change.kind, id, ...entry });
      } catch {
        // Only the early notice is lost: the revision check still holds.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close() {
      closed = true;
      listeners.clear();
      port?.close();
    },
  };
}

/** A message from another tab (possibly another version of the app): checked like a stored record. */
function readMessage(message: unknown, ownTab: string): LibraryChange | null {
  const parsed = messageShape.safeParse(message);
  if (!parsed.success || parsed.data.tab === ownTab) return null;
  const { kind, id } = parsed.data;
  if (kind === 'deleted') return { kind, id };
  const entry = readEntry(parsed.data.entry);
  return entry.ok && entry.value.id === id ? { kind, entry: entry.value } : null;
}

/** The library, announcing every model it creates, saves, renames or deletes on `channel`. */
export function announcing(library: ModelLibrary, channel: TabChannel): ModelLibrary {
  /** Tells the entry a successful call wrote; new entries are told as saves, so other tabs' library lists show them. */
  const told = <R extends { readonly ok: boolean; readonly value?: LibraryEntry }>(
    kind: 'saved' | 'renamed',
    result: R,
  ): R => {
    if (result.ok && result.value) channel.announce({ kind, entry: result.value });
    return result;
  };
  return {
    ...library,
    save: async (entry, snapshot) => told('saved', await library.save(entry, snapshot)),
    create: async (entry) => told('saved', await library.create(entry)),
    duplicate: async (id, name, kind) => told('saved', await library.duplicate(id, name, kind)),
    rename: async (id, name) => told('renamed', await library.rename(id, name)),
    async delete(id) {
      const result = await library.delete(id);
      if (result.ok) channel.announce({ kind: 'deleted', id });
      return result;
    },
  };
}

/** The open model's entry as this tab knows it, and what it found changed elsewhere. */
export interface TabState {
  readonly entry: LibraryEntry;
  readonly conflict: RevisionConflict | null;
}

/**
 * The open model's state after another tab's change (the same object when
 * the change does not concern it). A rename made on top of the revision
 * this tab has is taken over, name and revision (only the name changed, so
 * this tab's next save is still right); a newer save or a rename over a
 * revision this tab has not seen is a conflict; so is a delete.
 */
export function afterChange(state: TabState, change: LibraryChange): TabState {
  const { entry, conflict } = state;
  if (change.kind === 'deleted') {
    return change.id === entry.id && conflict?.kind !== 'deleted'
      ? { entry, conflict: { kind: 'deleted', id: entry.id, name: entry.name } }
      : state;
  }
  const theirs = change.entry;
  const known = revisionOf(entry);
  // Another model, or news of what this tab already has (its own save, told late).
  if (theirs.id !== entry.id || revisionOf(theirs) <= known || conflict?.kind === 'deleted') return state;
  if (change.kind === 'renamed' && revisionOf(theirs) === known + 1) {
    // The rename may also be what a save of this tab ran into: then that conflict is settled.
    const settled = conflict?.kind === 'changed' && revisionOf(conflict.entry) === revisionOf(theirs);
    return { entry: theirs, conflict: settled ? null : conflict };
  }
  if (conflict?.kind === 'changed' && revisionOf(conflict.entry) >= revisionOf(theirs)) return state;
  return { entry, conflict: { kind: 'changed', entry: theirs } };
}

/** A conflict a save ran into, merged with what the channel already told (the newer news wins). */
export function afterSaveConflict(state: TabState, found: RevisionConflict): TabState {
  const change: LibraryChange =
    found.kind === 'deleted' ? { kind: 'deleted', id: found.id } : { kind: 'saved', entry: found.entry };
  const next = afterChange(state, change);
  // The library saw the stored revision differ from this tab's: a conflict, whatever the order of the news.
  return next.conflict ? next : { ...next, conflict: found };
}

/** Random per page: tells this tab's messages from the others'. */
function tabId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
