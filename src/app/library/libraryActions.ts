/**
 * The library as the open model's tab uses it: opening, creating,
 * duplicating, renaming and deleting models without losing the open one's
 * changes — the autosave is flushed first, and while another tab's save
 * holds this tab's changes back (a conflict) nothing leaves the open model.
 * The open model's own name is changed through the autosave, so no save of
 * this tab can overtake the rename.
 */
import { problem, type Problem } from '../../core/model/problems.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { Autosave } from './autosave.ts';
import type { ModelHistory } from '../model/history.ts';
import { REFERENCE_ORIGIN, type LibraryEntry, type LibraryKind } from './libraryRecord.ts';
import { checkName } from './libraryProblems.ts';
import type { LibraryListing, LibraryResult, ModelLibrary, OpenedModel } from './modelLibrary.ts';
import { readNotesNotice, type Notice } from './notices.ts';
import { conflictProblem, type RevisionConflict } from './revisions.ts';

export interface LibraryActions {
  list(): Promise<LibraryResult<LibraryListing>>;
  /** Saves the open model, then opens another. */
  open(id: string): Promise<LibraryResult<null>>;
  /** A new entry holding the reference park (or `model`, e.g. an imported one, from `origin` when given), opened at once. */
  create(name: string, model?: ParkModel, origin?: string): Promise<LibraryResult<LibraryEntry>>;
  duplicate(id: string, name: string, kind?: LibraryKind): Promise<LibraryResult<LibraryEntry>>;
  rename(id: string, name: string): Promise<LibraryResult<LibraryEntry>>;
  /** Any entry but the open one. */
  delete(id: string): Promise<LibraryResult<null>>;
}

export interface LibraryActionsContext {
  readonly library: ModelLibrary;
  readonly autosave: Autosave;
  /** What a new model holds unless one is given. */
  readonly reference: ParkModel;
  readonly session: () => { readonly entry: LibraryEntry; readonly history: ModelHistory } | null;
  readonly conflict: () => RevisionConflict | null;
  /** What the last failed save reported. */
  readonly saveProblems: () => readonly Problem[];
  readonly openSession: (opened: OpenedModel) => void;
  readonly setSession: (session: { readonly entry: LibraryEntry; readonly history: ModelHistory }) => void;
  readonly setConflict: (conflict: RevisionConflict | null) => void;
  readonly addNotices: (notices: readonly Notice[]) => void;
}

export function libraryActions(context: LibraryActionsContext): LibraryActions {
  const { library, autosave } = context;
  const current = () => context.session()?.entry;
  /** Why this tab may not leave the open model now: changes another tab's save keeps it from saving. */
  const unsettled = (): LibraryResult<never> | null => {
    const found = context.conflict();
    return found && autosave.unsaved() ? { ok: false, problems: [conflictProblem(found)] } : null;
  };
  const open = async (id: string): Promise<LibraryResult<null>> => {
    await autosave.flush();
    const refused = unsettled();
    if (refused) return refused;
    const loaded = await library.load(id);
    if (!loaded.ok) return loaded;
    context.openSession(loaded.value);
    if (context.conflict()) {
      // Nothing unsaved was left behind (else `unsettled`): a conflict over the model left is moot.
      context.setConflict(null);
      autosave.resume({ discard: true });
    }
    if (loaded.value.notes.length > 0) context.addNotices([readNotesNotice(id, loaded.value.notes)]);
    return library.remember(id);
  };
  return {
    list: () => library.list(),
    open,
    async create(name, model, origin) {
      const refused = unsettled();
      if (refused) return refused;
      const created = await library.create(
        model
          ? { name, model, ...(origin === undefined ? {} : { origin }) }
          : { name, model: context.reference, origin: REFERENCE_ORIGIN },
      );
      if (!created.ok) return created;
      const opened = await open(created.value.id);
      return opened.ok ? created : opened;
    },
    async duplicate(id, name, kind) {
      if (id !== current()?.id) return library.duplicate(id, name, kind);
      // The copy is made from what is stored: the open model's latest state must be there first.
      await autosave.flush();
      // In a conflict what is stored is the other tab's version, not the one this tab shows.
      const found = context.conflict();
      return found ? { ok: false, problems: [conflictProblem(found)] } : library.duplicate(id, name, kind);
    },
    async rename(id, name) {
      if (id !== current()?.id) return library.rename(id, name);
      // The open model's name is saved with it, by the autosave, so no save of this tab can overtake it.
      const checked = checkName(name);
      if (!checked.ok) return checked;
      const open = context.session();
      if (!open || context.conflict()) return { ok: false, problems: conflictProblems(context.conflict()) };
      context.setSession({ ...open, entry: { ...open.entry, name: checked.value } });
      autosave.markDirty();
      const status = await autosave.flush();
      const renamed = context.session()?.entry;
      if (status === 'saved' && renamed) return { ok: true, value: renamed };
      return { ok: false, problems: conflictProblems(context.conflict(), context.saveProblems()) };
    },
    async delete(id) {
      if (id === current()?.id) return { ok: false, problems: [deleteOpenProblem()] };
      return library.delete(id);
    },
  };
}

/** The conflict's problem, else `others`, else a generic one (an empty list would explain nothing). */
function conflictProblems(found: RevisionConflict | null, others: readonly Problem[] = []): readonly Problem[] {
  if (found) return [conflictProblem(found)];
  return others.length > 0
    ? others
    : [problem('error', 'library-not-saved', [], appBilingual('libraryProblem.notSaved'))];
}

function deleteOpenProblem(): Problem {
  return problem('error', 'library-delete-open', [], appBilingual('libraryProblem.deleteOpen'));
}
