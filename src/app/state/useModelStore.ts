/**
 * The app's model store: the open library entry, its undo history, the
 * actors' positions, and the autosave that keeps all three in the library.
 * Edits go through the history (validated, undoable); positions are saved
 * with the model but are not undo steps, so dragging an actor does not
 * bury the user's edits.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { problem, type Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { createAutosave, type SaveStatus } from './autosave.ts';
import { commit, createHistory, recentSteps, redo, undo, type CommitResult, type ModelHistory } from './history.ts';
import type { ModelEdit } from './enterpriseEdits.ts';
import { REFERENCE_ORIGIN, type LibraryEntry, type LibraryKind } from './libraryRecord.ts';
import type { LibraryListing, LibraryResult, ModelLibrary, OpenedModel } from './modelLibrary.ts';
import { addNotices, readNotesNotice, type Notice } from './notices.ts';
import { sanitisePositions, withPositions, type Positions } from './positions.ts';
import type { StartResult } from './startModel.ts';

/** Undo and redo steps saved with a model, so a reload keeps the most recent ones. */
export const SAVED_STEPS = 20;
/** Changes within this spell after a save are gathered into one. */
export const SAVE_DELAY_MS = 400;

export interface Session {
  readonly entry: LibraryEntry;
  readonly history: ModelHistory;
}

export interface LibraryActions {
  list(): Promise<LibraryResult<LibraryListing>>;
  /** Saves the open model, then opens another. */
  open(id: string): Promise<LibraryResult<null>>;
  /** A new entry holding the reference park (or `model`, e.g. an imported one), opened at once. */
  create(name: string, model?: ParkModel): Promise<LibraryResult<LibraryEntry>>;
  duplicate(id: string, name: string, kind?: LibraryKind): Promise<LibraryResult<LibraryEntry>>;
  rename(id: string, name: string): Promise<LibraryResult<LibraryEntry>>;
  /** Any entry but the open one. */
  delete(id: string): Promise<LibraryResult<null>>;
}

export interface ModelStore {
  readonly session: Session;
  readonly persistent: boolean;
  readonly saveStatus: SaveStatus;
  readonly saveProblems: readonly Problem[];
  readonly notices: readonly Notice[];
  dismissNotice(id: string): void;
  commit(edit: ModelEdit): CommitResult;
  undo(): void;
  redo(): void;
  /** The reference park as the next undoable step of the open model. */
  resetToReference(): CommitResult;
  /** The positions to draw the open model with (null: the model's own view state). */
  positions(): Positions | null;
  keepPositions(positions: Positions): void;
  readonly library: LibraryActions;
}

export type StoreState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly errors: readonly Problem[] }
  | { readonly status: 'ready'; readonly store: ModelStore };

const RESET_LABEL = { zh: '恢复为参考园区', en: 'Reset to the reference park' };

export function useModelStore(start: () => Promise<StartResult>, reference: ParkModel): StoreState {
  const [failed, setFailed] = useState<readonly Problem[] | null>(null);
  const [library, setLibrary] = useState<ModelLibrary | null>(null);
  const [session, setSessionState] = useState<Session | null>(null);
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('saved');
  const [saveProblems, setSaveProblems] = useState<readonly Problem[]>([]);
  const sessionRef = useRef<Session | null>(null);
  const positionsRef = useRef<Positions | null>(null);
  const libraryRef = useRef<ModelLibrary | null>(null);
  const setSession = useCallback((next: Session) => {
    sessionRef.current = next;
    setSessionState(next);
  }, []);
  const openSession = useCallback(
    (opened: OpenedModel) => {
      positionsRef.current = opened.model.view?.positions ?? null;
      setSession({ entry: opened.entry, history: createHistory(opened.model, opened.past, opened.future) });
    },
    [setSession],
  );

  const autosave = useMemo(
    () =>
      createAutosave({
        delayMs: SAVE_DELAY_MS,
        onStatus: setSaveStatus,
        save: async () => {
          const current = sessionRef.current;
          const target = libraryRef.current;
          if (!current || !target) return true;
          const positions = positionsRef.current;
          const present = current.history.present;
          const model = positions ? withPositions(present, sanitisePositions(positions)) : present;
          const saved = await target.save(current.entry, { model, ...recentSteps(current.history, SAVED_STEPS) });
          setSaveProblems(saved.ok ? [] : saved.problems);
          return saved.ok;
        },
      }),
    [],
  );

  useEffect(() => {
    let live = true;
    void start().then((result) => {
      if (!live) return;
      if (!result.ok) return setFailed(result.errors);
      libraryRef.current = result.library;
      setLibrary(result.library);
      setNotices(result.notices);
      openSession(result.opened);
    });
    return () => {
      live = false;
    };
  }, [start, openSession]);

  // Leaving the page (reload, close, switching away on a phone): save what is pending now.
  useEffect(() => {
    const flush = () => void autosave.flush();
    const hidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      autosave.dispose();
    };
  }, [autosave]);

  const changeHistory = useCallback(
    (change: (history: ModelHistory) => ModelHistory) => {
      const current = sessionRef.current;
      if (!current) return;
      const history = change(current.history);
      if (history === current.history) return;
      setSession({ ...current, history });
      autosave.markDirty();
    },
    [autosave, setSession],
  );

  const commitEdit = useCallback(
    (edit: ModelEdit): CommitResult => {
      const current = sessionRef.current;
      if (!current) return { ok: false, errors: [] };
      const result = commit(current.history, edit.model, edit.label);
      if (result.ok) changeHistory(() => result.history);
      return result;
    },
    [changeHistory],
  );

  const actions = useMemo((): LibraryActions | null => {
    if (!library) return null;
    const current = () => sessionRef.current?.entry;
    const open = async (id: string): Promise<LibraryResult<null>> => {
      await autosave.flush();
      const loaded = await library.load(id);
      if (!loaded.ok) return loaded;
      openSession(loaded.value);
      if (loaded.value.notes.length > 0)
        setNotices((shown) => addNotices(shown, [readNotesNotice(id, loaded.value.notes)]));
      return library.remember(id);
    };
    return {
      list: () => library.list(),
      open,
      async create(name, model) {
        const created = await library.create(
          model ? { name, model } : { name, model: reference, origin: REFERENCE_ORIGIN },
        );
        if (!created.ok) return created;
        const opened = await open(created.value.id);
        return opened.ok ? created : opened;
      },
      async duplicate(id, name, kind) {
        // The copy is made from what is stored: the open model's latest state must be there first.
        if (id === current()?.id) await autosave.flush();
        return library.duplicate(id, name, kind);
      },
      async rename(id, name) {
        if (id !== current()?.id) return library.rename(id, name);
        // Every save writes the open entry: let pending ones land first, then hold the new name.
        await autosave.flush();
        const renamed = await library.rename(id, name);
        const open = sessionRef.current;
        if (renamed.ok && open?.entry.id === id) setSession({ ...open, entry: renamed.value });
        return renamed;
      },
      async delete(id) {
        if (id === current()?.id) return { ok: false, problems: [deleteOpenProblem()] };
        return library.delete(id);
      },
    };
  }, [library, autosave, openSession, reference, setSession]);

  const undoStep = useCallback(() => changeHistory(undo), [changeHistory]);
  const redoStep = useCallback(() => changeHistory(redo), [changeHistory]);
  const resetToReference = useCallback(
    () => commitEdit({ model: reference, label: RESET_LABEL }),
    [commitEdit, reference],
  );
  const positions = useCallback(() => positionsRef.current, []);
  const keepPositions = useCallback(
    (next: Positions) => {
      positionsRef.current = next;
      autosave.markDirty();
    },
    [autosave],
  );
  const dismissNotice = useCallback((id: string) => setNotices((shown) => shown.filter((n) => n.id !== id)), []);

  // Data changes make a new store object; its functions stay the same ones, so views need not re-subscribe.
  const store = useMemo((): ModelStore | null => {
    if (!session || !library || !actions) return null;
    return {
      session,
      persistent: library.persistent,
      saveStatus,
      saveProblems,
      notices,
      dismissNotice,
      commit: commitEdit,
      undo: undoStep,
      redo: redoStep,
      resetToReference,
      positions,
      keepPositions,
      library: actions,
    };
  }, [
    session,
    library,
    actions,
    saveStatus,
    saveProblems,
    notices,
    dismissNotice,
    commitEdit,
    undoStep,
    redoStep,
    resetToReference,
    positions,
    keepPositions,
  ]);

  if (failed) return { status: 'failed', errors: failed };
  return store ? { status: 'ready', store } : { status: 'loading' };
}

function deleteOpenProblem(): Problem {
  return problem('error', 'library-delete-open', [], {
    zh: '不能删除当前打开的模型:请先打开另一个模型',
    en: 'the open model cannot be deleted: open another model first',
  });
}
