/** Saving a form: one step through the store; a refused one leaves the form open with the store's problems. */
import { useState } from 'react';
import type { Problem } from '../../../core/model/problems.ts';
import type { ModelEdit } from '../../state/enterpriseEdits.ts';
import type { CommitResult } from '../../state/history.ts';

export type EditSink = (edit: ModelEdit) => CommitResult;

export function useCommit(onEdit: EditSink, onDone: () => void) {
  const [refused, setRefused] = useState<readonly Problem[]>([]);
  const save = (edit: ModelEdit | null) => {
    if (!edit) return;
    const result = onEdit(edit);
    if (result.ok) onDone();
    else setRefused(result.errors);
  };
  return { refused, save, clear: () => setRefused([]) };
}
