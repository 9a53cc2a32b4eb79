/**
 * The two ways out of a conflict with another tab (the open model was
 * saved or deleted there while this tab had it open):
 * - load the other tab's version: this tab's model and undo history are
 *   replaced by what is stored, as opening the model would;
 * - keep this tab's version: saved as a new library model (with its undo
 *   history), which this tab goes on with; the other tab's stays as it is.
 * Both wait for a save already running, so nothing of this tab is written
 * after the choice.
 */
import type { ParkModel } from '../../core/model/types.ts';
import type { Autosave } from './autosave.ts';
import type { ModelHistory } from '../model/history.ts';
import type { LibraryEntry } from './libraryRecord.ts';
import type { LibraryResult, ModelLibrary, OpenedModel } from './modelLibrary.ts';
import { readNotesNotice, type Notice } from './notices.ts';
import type { RevisionConflict } from './revisions.ts';

export interface ConflictActions {
  /** Replaces this tab's model by the version the other tab saved. */
  loadTheirs(): Promise<LibraryResult<null>>;
  /** Saves this tab's model as a new library model named `name`, and goes on with that one. */
  keepAsCopy(name: string): Promise<LibraryResult<LibraryEntry>>;
}

export interface ConflictContext {
  readonly library: ModelLibrary;
  readonly autosave: Autosave;
  readonly session: () => { readonly entry: LibraryEntry; readonly history: ModelHistory } | null;
  readonly conflict: () => RevisionConflict | null;
  /** The model as saved: the present with the actors' positions. */
  readonly presentModel: (history: ModelHistory) => ParkModel;
  readonly openSession: (opened: OpenedModel) => void;
  readonly setSession: (session: { readonly entry: LibraryEntry; readonly history: ModelHistory }) => void;
  /** Clears the conflict and what the failed saves reported. */
  readonly settled: () => void;
  readonly addNotices: (notices: readonly Notice[]) => void;
}

export function conflictActions(context: ConflictContext): ConflictActions {
  const { library, autosave } = context;
  return {
    async loadTheirs() {
      const found = context.conflict();
      const open = context.session();
      if (found?.kind !== 'changed' || !open) return { ok: true, value: null };
      await autosave.flush();
      const loaded = await library.load(open.entry.id);
      if (!loaded.ok) return loaded;
      context.openSession(loaded.value);
      context.settled();
      autosave.resume({ discard: true });
      if (loaded.value.notes.length > 0) context.addNotices([readNotesNotice(open.entry.id, loaded.value.notes)]);
      return { ok: true, value: null };
    },

    async keepAsCopy(name) {
      const found = context.conflict();
      const open = context.session();
      if (!found || !open) return { ok: false, problems: [] };
      await autosave.flush();
      // A deleted model comes back as itself, where it came from; a copy beside the other tab's does not.
      const { kind, origin } = open.entry;
      const keepOrigin = found.kind === 'deleted' && origin !== undefined;
      const created = await library.create({
        name,
        kind,
        model: context.presentModel(open.history),
        ...(keepOrigin ? { origin } : {}),
      });
      if (!created.ok) return created;
      // The latest history (the user may have edited meanwhile), saved with its undo steps by the autosave.
      const latest = context.session() ?? open;
      context.setSession({ entry: created.value, history: latest.history });
      context.settled();
      autosave.resume({ discard: false });
      autosave.markDirty();
      return created;
    },
  };
}
