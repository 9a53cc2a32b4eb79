/**
 * What the model store shows, in one value changed by one reducer: the
 * library, the open session, the save status and its problems, a conflict
 * with another tab, the notices. useModelStore.ts holds it; pure, so each
 * change is tested without React.
 */
import type { Problem } from '../../core/model/problems.ts';
import type { ModelHistory } from '../model/history.ts';
import type { LibraryEntry } from './libraryRecord.ts';
import type { ModelLibrary } from './modelLibrary.ts';
import { addNotices, type Notice } from './notices.ts';
import type { RevisionConflict } from './revisions.ts';
import type { SaveStatus } from './autosave.ts';

export interface Session {
  readonly entry: LibraryEntry;
  readonly history: ModelHistory;
}

export interface StoreData {
  /** The start failed: nothing else is shown. */
  readonly failed: readonly Problem[] | null;
  readonly library: ModelLibrary | null;
  readonly session: Session | null;
  readonly notices: readonly Notice[];
  readonly saveStatus: SaveStatus;
  readonly saveProblems: readonly Problem[];
  readonly conflict: RevisionConflict | null;
  /** Counts what other tabs did to the library, so an open library list knows to read it again. */
  readonly libraryChanges: number;
}

export type StoreAction =
  | { readonly type: 'failed'; readonly errors: readonly Problem[] }
  | { readonly type: 'started'; readonly library: ModelLibrary; readonly notices: readonly Notice[] }
  | { readonly type: 'session'; readonly session: Session }
  | { readonly type: 'conflict'; readonly conflict: RevisionConflict | null }
  | { readonly type: 'save-status'; readonly status: SaveStatus }
  | { readonly type: 'save-problems'; readonly problems: readonly Problem[] }
  /** A conflict the user settled: saving goes on, with no problem to tell. */
  | { readonly type: 'settled' }
  | { readonly type: 'library-changed' }
  | { readonly type: 'add-notices'; readonly notices: readonly Notice[] }
  | { readonly type: 'dismiss-notice'; readonly id: string };

export const INITIAL_STORE_DATA: StoreData = {
  failed: null,
  library: null,
  session: null,
  notices: [],
  saveStatus: 'saved',
  saveProblems: [],
  conflict: null,
  libraryChanges: 0,
};

export function storeReducer(state: StoreData, action: StoreAction): StoreData {
  switch (action.type) {
    case 'failed':
      return { ...state, failed: action.errors };
    case 'started':
      return { ...state, library: action.library, notices: action.notices };
    case 'session':
      return { ...state, session: action.session };
    case 'conflict':
      return { ...state, conflict: action.conflict };
    case 'save-status':
      return state.saveStatus === action.status ? state : { ...state, saveStatus: action.status };
    case 'save-problems':
      return { ...state, saveProblems: action.problems };
    case 'settled':
      return { ...state, conflict: null, saveProblems: [] };
    case 'library-changed':
      return { ...state, libraryChanges: state.libraryChanges + 1 };
    case 'add-notices':
      return { ...state, notices: addNotices(state.notices, action.notices) };
    case 'dismiss-notice':
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
  }
}
