/**
 * The app's model store: the open library entry, its undo history, the
 * actors' positions, and the autosave that keeps all three in the library.
 * Edits go through the history (validated, undoable); positions are saved
 * with the model but are not undo steps, so dragging an actor does not
 * bury the user's edits.
 *
 * Another tab may have the same model open. Its saves, renames and deletes
 * are heard on a BroadcastChannel (tabSync.ts), and a save of this tab over
 * a revision it has not seen is refused by the library (revisions.ts):
 * either way this tab stops saving, keeps its changes in memory, and asks
 * the user which version to keep (conflictActions.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Problem } from '../../core/model/problems.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { createAutosave, type SaveOutcome, type SaveStatus } from './autosave.ts';
import { conflictActions, type ConflictActions } from './conflictActions.ts';
import { libraryActions, type LibraryActions } from './libraryActions.ts';
import {
  commit,
  commitValidated,
  createHistory,
  recentSteps,
  redo,
  undo,
  type CommitResult,
  type ModelHistory,
  type StepLabel,
} from '../model/history.ts';
import { commitEdit as commitEditTo, type ModelEdit } from '../model/modelEdit.ts';
import type { LibraryEntry } from './libraryRecord.ts';
import type { OpenedModel } from './modelLibrary.ts';
import type { Notice } from './notices.ts';
import { INITIAL_STORE_DATA, storeReducer, type Session, type StoreAction, type StoreData } from './modelStoreState.ts';
import { sanitisePositions, withPositions, type Positions } from '../model/positions.ts';
import { conflictProblem, revisionOf, type RevisionConflict } from './revisions.ts';
import type { StartResult } from './startModel.ts';
import {
  afterChange,
  afterSaveConflict,
  announcing,
  openTabChannel,
  type LibraryChange,
  type TabChannel,
} from './tabSync.ts';

/** Undo and redo steps saved with a model, so a reload keeps the most recent ones. */
const SAVED_STEPS = 20;
/** Changes within this spell after a save are gathered into one. */
const SAVE_DELAY_MS = 400;

export type { Session } from './modelStoreState.ts';

export interface ModelStore {
  readonly session: Session;
  readonly persistent: boolean;
  readonly saveStatus: SaveStatus;
  readonly saveProblems: readonly Problem[];
  /** The open model was changed or deleted in another tab: nothing is saved until the user chooses. */
  readonly conflict: RevisionConflict | null;
  /** Grows by one with each library change another tab tells of (an open library list reads it again). */
  readonly libraryChanges: number;
  readonly resolveConflict: ConflictActions;
  readonly notices: readonly Notice[];
  dismissNotice(id: string): void;
  /** An edit (a change set) applied by core to the present: one undoable step, or refused with core's problems. */
  commit(edit: ModelEdit): CommitResult;
  /** A whole model that core has just validated (an import plan's) in place of the present: model/history.ts `commitValidated`. */
  commitValidated(step: ModelReplacement): CommitResult;
  undo(): void;
  redo(): void;
  /** The reference park as the next undoable step of the open model. */
  resetToReference(): CommitResult;
  /** The positions to draw the open model with (null: the model's own view state). */
  positions(): Positions | null;
  keepPositions(positions: Positions): void;
  /** The open model as it is saved: its present with the actors' positions as view state. */
  savedModel(): ParkModel;
  readonly library: LibraryActions;
}

/** A whole model in place of the present (an import, the reference park), with its step's label. */
export interface ModelReplacement {
  readonly model: ParkModel;
  readonly label: StepLabel;
}

export type StoreState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly errors: readonly Problem[] }
  | { readonly status: 'ready'; readonly store: ModelStore };

export interface StoreOptions {
  /** The channel to other tabs; by default the browser's BroadcastChannel, where there is one. */
  readonly channel?: () => TabChannel;
}

const RESET_LABEL = appBilingual('step.reset');

export function useModelStore(
  start: () => Promise<StartResult>,
  reference: ParkModel,
  options: StoreOptions = {},
): StoreState {
  // One state, one reducer (modelStoreState.ts). The reducer runs at the dispatch and its result is kept in
  // `latest` before React renders it: the autosave, the tab channel and the library actions read the state
  // between renders (a save that ends, another tab's message, two edits in one event), and must see every
  // change already made, which useReducer's state only shows at the next render.
  const [data, setData] = useState<StoreData>(INITIAL_STORE_DATA);
  const latest = useRef<StoreData>(INITIAL_STORE_DATA);
  const dispatch = useCallback((action: StoreAction) => {
    latest.current = storeReducer(latest.current, action);
    setData(latest.current);
  }, []);
  // Read once: a channel per mounted store, whatever the caller passes on later renders.
  const openChannel = useRef(options.channel ?? (() => openTabChannel())).current;
  // Not shown, only saved: a drag keeps its positions here without rendering the app again.
  const positionsRef = useRef<Positions | null>(null);
  const setSession = useCallback((session: Session) => dispatch({ type: 'session', session }), [dispatch]);
  const setConflict = useCallback(
    (conflict: RevisionConflict | null) => dispatch({ type: 'conflict', conflict }),
    [dispatch],
  );
  const setSaveProblems = useCallback(
    (problems: readonly Problem[]) => dispatch({ type: 'save-problems', problems }),
    [dispatch],
  );
  const addMoreNotices = useCallback(
    (notices: readonly Notice[]) => dispatch({ type: 'add-notices', notices }),
    [dispatch],
  );
  const openSession = useCallback(
    (opened: OpenedModel) => {
      positionsRef.current = opened.model.view?.positions ?? null;
      setSession({ entry: opened.entry, history: createHistory(opened.model, opened.past, opened.future) });
    },
    [setSession],
  );

  /** The open model as saved: its present with the actors' positions as view state. */
  const presentModel = useCallback((history: ModelHistory): ParkModel => {
    const positions = positionsRef.current;
    return positions ? withPositions(history.present, sanitisePositions(positions)) : history.present;
  }, []);

  const autosave = useMemo(() => {
    /** Found in conflict with another tab: remember it (unless a newer one is known) and stop saving. */
    const conflicted = (found: RevisionConflict, entry: LibraryEntry) => {
      const next = afterSaveConflict({ entry, conflict: latest.current.conflict }, found);
      setConflict(next.conflict);
    };
    const save = async (retry: boolean): Promise<SaveOutcome> => {
      const current = latest.current.session;
      const target = latest.current.library;
      if (!current || !target) return true;
      const snapshot = { model: presentModel(current.history), ...recentSteps(current.history, SAVED_STEPS) };
      const saved = await target.save(current.entry, snapshot);
      const now = latest.current.session;
      if (saved.ok) {
        setSaveProblems([]);
        // The next save starts from the revision just written (unless the session moved on meanwhile).
        if (now?.entry.id === saved.value.id && revisionOf(now.entry) === revisionOf(current.entry))
          setSession({ ...now, entry: { ...saved.value, name: now.entry.name } });
        return true;
      }
      if (!('conflict' in saved)) {
        setSaveProblems(saved.problems);
        return false;
      }
      // Another tab's rename, taken over while this save ran (tabSync.ts): save again on top of it.
      const found = saved.conflict;
      if (retry && found.kind === 'changed' && now && revisionOf(found.entry) === revisionOf(now.entry))
        return save(false);
      setSaveProblems(saved.problems);
      if (now) conflicted(found, now.entry);
      return 'conflict';
    };
    const onStatus = (status: SaveStatus) => dispatch({ type: 'save-status', status });
    return createAutosave({ delayMs: SAVE_DELAY_MS, onStatus, save: () => save(true) });
  }, [dispatch, presentModel, setConflict, setSaveProblems, setSession]);

  /** Another tab saved, renamed or deleted a model: if it is the open one, take the rename or stop saving. */
  const heard = useCallback(
    (change: LibraryChange) => {
      dispatch({ type: 'library-changed' });
      const current = latest.current.session;
      if (!current) return;
      const before = { entry: current.entry, conflict: latest.current.conflict };
      const next = afterChange(before, change);
      if (next.entry !== before.entry) setSession({ ...current, entry: next.entry });
      if (next.conflict === before.conflict) return;
      setConflict(next.conflict);
      // The save status's tooltip says why, as it does for a save that ran into the conflict.
      setSaveProblems(next.conflict ? [conflictProblem(next.conflict)] : []);
      if (next.conflict) autosave.hold();
      else autosave.resume({ discard: false });
    },
    [autosave, dispatch, setConflict, setSaveProblems, setSession],
  );

  useEffect(() => {
    let live = true;
    const channel = openChannel();
    const unsubscribe = channel.subscribe(heard);
    void start().then((result) => {
      if (!live) return;
      if (!result.ok) return dispatch({ type: 'failed', errors: result.errors });
      // A library only this page sees (no IndexedDB) has nothing to tell other tabs.
      const shared = result.library.persistent ? announcing(result.library, channel) : result.library;
      dispatch({ type: 'started', library: shared, notices: result.notices });
      openSession(result.opened);
    });
    return () => {
      live = false;
      unsubscribe();
      channel.close();
    };
  }, [start, dispatch, openSession, openChannel, heard]);

  // Leaving the page (reload, close, switching away on a phone): save what is pending now.
  useEffect(() => {
    const flush = () => void autosave.flush();
    const hidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    // Changes that cannot be saved until the user settles a conflict with another tab: ask before leaving.
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current.conflict && autosave.unsaved()) event.preventDefault();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', warn);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('visibilitychange', hidden);
      autosave.dispose();
    };
  }, [autosave]);

  const changeHistory = useCallback(
    (change: (history: ModelHistory) => ModelHistory) => {
      const current = latest.current.session;
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
      const current = latest.current.session;
      if (!current) return { ok: false, errors: [] };
      const result = commitEditTo(current.history, edit);
      if (result.ok) changeHistory(() => result.history);
      return result;
    },
    [changeHistory],
  );
  const commitValidatedEdit = useCallback(
    (step: ModelReplacement): CommitResult => {
      const current = latest.current.session;
      if (!current) return { ok: false, errors: [] };
      const history = commitValidated(current.history, step.model, step.label);
      changeHistory(() => history);
      return { ok: true, history };
    },
    [changeHistory],
  );

  const library = data.library;
  const actions = useMemo(
    (): LibraryActions | null =>
      library &&
      libraryActions({
        library,
        autosave,
        reference,
        session: () => latest.current.session,
        conflict: () => latest.current.conflict,
        saveProblems: () => latest.current.saveProblems,
        openSession,
        setSession,
        setConflict,
        addNotices: addMoreNotices,
      }),
    [library, autosave, openSession, reference, setSession, setConflict, addMoreNotices],
  );

  const resolveConflict = useMemo(
    (): ConflictActions | null =>
      library &&
      conflictActions({
        library,
        autosave,
        session: () => latest.current.session,
        conflict: () => latest.current.conflict,
        presentModel,
        openSession,
        setSession,
        settled: () => dispatch({ type: 'settled' }),
        addNotices: addMoreNotices,
      }),
    [library, autosave, presentModel, openSession, setSession, dispatch, addMoreNotices],
  );

  const undoStep = useCallback(() => changeHistory(undo), [changeHistory]);
  const redoStep = useCallback(() => changeHistory(redo), [changeHistory]);
  // The reference park replaces the model whole: not an edit, but still one undoable, validated step.
  const resetToReference = useCallback((): CommitResult => {
    const current = latest.current.session;
    if (!current) return { ok: false, errors: [] };
    const result = commit(current.history, reference, RESET_LABEL);
    if (result.ok) changeHistory(() => result.history);
    return result;
  }, [changeHistory, reference]);
  const positions = useCallback(() => positionsRef.current, []);
  const keepPositions = useCallback(
    (next: Positions) => {
      positionsRef.current = next;
      autosave.markDirty();
    },
    [autosave],
  );
  const dismissNotice = useCallback((id: string) => dispatch({ type: 'dismiss-notice', id }), [dispatch]);

  // Data changes make a new store object; its functions stay the same ones, so views need not re-subscribe.
  const { session, saveStatus, saveProblems, conflict, libraryChanges, notices } = data;
  const store = useMemo((): ModelStore | null => {
    if (!session || !library || !actions || !resolveConflict) return null;
    return {
      session,
      persistent: library.persistent,
      saveStatus,
      saveProblems,
      conflict,
      libraryChanges,
      resolveConflict,
      notices,
      dismissNotice,
      commit: commitEdit,
      commitValidated: commitValidatedEdit,
      undo: undoStep,
      redo: redoStep,
      resetToReference,
      positions,
      keepPositions,
      savedModel: () => presentModel(session.history),
      library: actions,
    };
  }, [
    session,
    library,
    actions,
    saveStatus,
    saveProblems,
    conflict,
    libraryChanges,
    resolveConflict,
    notices,
    dismissNotice,
    commitEdit,
    commitValidatedEdit,
    undoStep,
    redoStep,
    resetToReference,
    positions,
    keepPositions,
    presentModel,
  ]);

  if (data.failed) return { status: 'failed', errors: data.failed };
  return store ? { status: 'ready', store } : { status: 'loading' };
}
