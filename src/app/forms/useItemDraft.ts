/**
 * The state every item form shares: the draft as typed (starting from the
 * item being edited, or a blank one), an id suggested from the name until
 * the user types one, and saving through the store.
 */
import { useMemo, useState } from 'react';
import { useCommit, type EditSink } from './useCommit.ts';

export function useItemDraft<D extends { readonly id: string }>(
  initial: () => D,
  suggestId: (draft: D) => string,
  editing: string | null,
  onEdit: EditSink,
  onClose: () => void,
) {
  const [typed, setTyped] = useState(initial);
  const [typedId, setTypedId] = useState<string | null>(null);
  const commit = useCommit(onEdit, onClose);
  const id = editing ?? typedId ?? suggestId(typed);
  const draft: D = useMemo(() => ({ ...typed, id }), [typed, id]);
  const change = (part: Partial<D>) => {
    setTyped((d) => ({ ...d, ...part }));
    commit.clear();
  };
  const changeId = (next: string) => {
    setTypedId(next);
    commit.clear();
  };
  return { draft, change, changeId, commit };
}
