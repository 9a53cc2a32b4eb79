/**
 * Saving a form: one step through the store; a refused one leaves the form
 * open with the store's problems. A draft that changes nothing just closes.
 */
import { useState } from 'react';
import type { Problem } from '../../core/model/problems.ts';
import type { ModelEdit } from '../model/modelEdit.ts';
import type { FormCheck } from './formCheck.ts';
import type { CommitResult } from '../model/history.ts';

export type EditSink = (edit: ModelEdit) => CommitResult;

export function useCommit(onEdit: EditSink, onDone: () => void) {
  const [refused, setRefused] = useState<readonly Problem[]>([]);
  const save = (edit: ModelEdit | null, then: () => void = onDone) => {
    if (!edit) return;
    const result = onEdit(edit);
    if (result.ok) then();
    else setRefused(result.errors);
  };
  /** Saves what the check holds (nothing when unchanged), then goes on with `then`; an error stops it. */
  const saveThen = (check: FormCheck, then: () => void) => {
    if (check.edit) save(check.edit, then);
    else if (check.unchanged) then();
  };
  /** What FormDialog needs from a check: the problems not tied to one field, and saving. */
  const dialogProps = (check: FormCheck) => ({
    problems: [...(check.errors.get('') ?? []), ...refused],
    warnings: check.warnings.get('') ?? [],
    canSave: check.edit !== null || check.unchanged,
    onSave: () => (check.edit ? save(check.edit) : onDone()),
  });
  return { refused, save, saveThen, dialogProps, clear: () => setRefused([]) };
}
