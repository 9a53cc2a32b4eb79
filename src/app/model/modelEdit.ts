/**
 * An edit of the open model, as every part of the app makes one — forms,
 * table cells, the inspector, a flow drawn on the network, the delete
 * dialog: a core change set and a label for the undo and redo buttons.
 * Core applies it, the one way a model changes (scenario/applyScenario.ts),
 * and validates the result; the app never writes a model of its own.
 */
import type { Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { applyScenario, RESULT_PATH_ROOT } from '../../core/scenario/applyScenario.ts';
import type { Change } from '../../core/scenario/changeSet.ts';
import type { AppliedChange } from '../../core/scenario/draft.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import { commitValidated, type CommitResult, type ModelHistory, type StepLabel } from './history.ts';

export interface ModelEdit {
  readonly changes: readonly Change[];
  readonly label: StepLabel;
}

export type EditOutcome =
  | { readonly ok: true; readonly model: ParkModel; readonly applied: readonly AppliedChange[] }
  | { readonly ok: false; readonly errors: readonly Problem[] };

/** The change set's own name: the label is for people and may be longer than a change set's name may be. */
const EDIT_NAME = appBilingual('step.changeSetName');

/**
 * The model after the edit, or core's problems. Only what the edit changed
 * is validated (a one-cell edit of a 100 000-flow park takes milliseconds),
 * and the result shares everything else with `model`, as the undo history
 * wants. Problems in the result carry paths into the model, as a loaded
 * file's would; problems of a change keep the change's path.
 */
export function applyEdit(model: ParkModel, edit: ModelEdit): EditOutcome {
  const changeSet = { id: 'edit', name: EDIT_NAME, changes: [...edit.changes] };
  const result = applyScenario(model, changeSet, undefined, { validation: 'changes' });
  if (result.ok) return { ok: true, model: result.model, applied: result.applied };
  return {
    ok: false,
    errors: result.errors.map((p) => (p.path[0] === RESULT_PATH_ROOT ? { ...p, path: p.path.slice(1) } : p)),
  };
}

/** The edit applied to the history's present, as one undoable step; refused with core's problems, leaving it as it was. */
export function commitEdit(history: ModelHistory, edit: ModelEdit): CommitResult {
  const applied = applyEdit(history.present, edit);
  if (!applied.ok) return { ok: false, errors: applied.errors };
  return { ok: true, history: commitValidated(history, applied.model, edit.label) };
}
