/**
 * Revisions of library models, so that two tabs editing one model never
 * overwrite each other unseen.
 *
 * Every write of a model (a save, a rename) raises its entry's revision by
 * one and, in the same transaction, records that the revision it started
 * from now has a successor (a "retired" marker keyed by model id and
 * revision). The marker is *added*, not put: IndexedDB refuses a second one
 * for the same key and aborts the whole transaction, writes and all. So a
 * tab whose revision another tab has already moved past cannot write, and
 * the check needs no read first: every request of a save is issued at once,
 * as the page goes away too (a read would have to come back before the
 * writes could be issued, and a closing page never gets it back).
 *
 * Markers are pruned after `MARKER_LIFETIME_MS`. A tab relies on them only
 * for a revision it learned less than `FRESH_MS` ago (any marker of that
 * revision is younger than that, so it is still there); an older revision
 * is checked by reading the stored one first, in the same transaction.
 */
import { problem, type Problem } from '../../core/model/problems.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import type { LibraryEntry } from './libraryRecord.ts';

/** How long a retired marker is kept. */
export const MARKER_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** Half the lifetime: the margin covers clocks that step back a little. */
export const FRESH_MS = MARKER_LIFETIME_MS / 2;

/** Records saved before revisions existed have none: they are revision 0, no migration needed. */
export function revisionOf(entry: { readonly revision?: number }): number {
  return entry.revision ?? 0;
}

/** What this tab found instead of the revision it knew. */
export type RevisionConflict =
  | { readonly kind: 'changed'; readonly entry: LibraryEntry }
  | { readonly kind: 'deleted'; readonly id: string; readonly name: string };

/** When this tab learned which revision of each model, to know whether the markers still cover it. */
export interface RevisionKnowledge {
  learn(id: string, revision: number, since: number): void;
  /** True when `revision` is the one learned for `id`, recently enough to rely on the markers alone. */
  isFresh(id: string, revision: number, at: number): boolean;
}

export function createRevisionKnowledge(): RevisionKnowledge {
  const known = new Map<string, { readonly revision: number; readonly since: number }>();
  return {
    learn: (id, revision, since) => void known.set(id, { revision, since }),
    isFresh(id, revision, at) {
      const learned = known.get(id);
      return learned !== undefined && learned.revision === revision && at - learned.since < FRESH_MS;
    },
  };
}

/**
 * The conflict between the revision this tab knows and what is stored
 * (`stored` undefined: the model is gone), or null when they agree.
 */
export function storedConflict(
  id: string,
  name: string,
  known: number,
  stored: LibraryEntry | undefined,
): RevisionConflict | null {
  if (stored === undefined) return { kind: 'deleted', id, name };
  return revisionOf(stored) === known ? null : { kind: 'changed', entry: stored };
}

export function conflictProblem(conflict: RevisionConflict): Problem {
  return conflict.kind === 'deleted'
    ? problem(
        'error',
        'library-conflict-deleted',
        [],
        appBilingual('libraryProblem.conflictDeleted', { name: conflict.name }),
      )
    : problem(
        'error',
        'library-conflict',
        [],
        appBilingual('libraryProblem.conflictChanged', { name: conflict.entry.name }),
      );
}
