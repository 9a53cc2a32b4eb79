/**
 * What confirming an import does to the store: the imported model replaces
 * the open one as one undoable step, or opens as a new library entry. The
 * import itself (reading, planning, the report) is imports/'s job.
 */
import type { Problem } from '../../core/model/problems.ts';
import { shareRepeatedStrings } from '../../core/model/sharedStrings.ts';
import type { ImportAction } from '../imports/importReport.ts';
import type { ModelStore } from './useModelStore.ts';

/** What applying needs of the store. */
export type ImportTarget = Pick<ModelStore, 'commitValidated' | 'positions' | 'keepPositions' | 'library'>;

/**
 * Applies a confirmed import; resolves to the problems when it could not be
 * (the open model is then as it was). Replacing is one undo step; positions
 * are not undo steps (useModelStore.ts), so the file's saved view is laid
 * over the positions the store holds.
 */
export async function applyImport(target: ImportTarget, action: ImportAction): Promise<readonly Problem[]> {
  if (action.kind === 'new') {
    // Opened from what the library stored, whose load shares the repeated strings (modelLibrary.ts).
    const created = await target.library.create(action.name, action.model);
    return created.ok ? [] : created.problems;
  }
  // The import worker's message wrote each repeated string anew (a flow's unit, an enterprise's id).
  shareRepeatedStrings(action.model);
  // The plan's model is core's validated output (in the import worker): not validated again here.
  const committed = target.commitValidated({ model: action.model, label: action.label });
  if (!committed.ok) return committed.errors;
  const view = action.model.view?.positions;
  if (view) target.keepPositions({ ...target.positions(), ...view });
  return [];
}
