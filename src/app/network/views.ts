/** The three views of a park and how a selection crosses between them. */
import { ENTERPRISE_KEY_PREFIX, MATERIAL_KEY_PREFIX } from '../../core/graph/types.ts';

export const VIEWS = ['exchange', 'material', 'process'] as const;
export type ViewKind = (typeof VIEWS)[number];

/** What the selected node is, whatever view it was selected in. */
function selectedThing(selected: string, view: ViewKind): { kind: 'actor' | 'material'; id: string } {
  if (view === 'exchange') return { kind: 'actor', id: selected };
  if (view === 'material') return { kind: 'material', id: selected };
  if (selected.startsWith(ENTERPRISE_KEY_PREFIX))
    return { kind: 'actor', id: selected.slice(ENTERPRISE_KEY_PREFIX.length) };
  return { kind: 'material', id: selected.slice(MATERIAL_KEY_PREFIX.length) };
}

/**
 * The selection after switching from one view to another: the same actor or
 * material when the other view has it (`exists` asks the target view), else none.
 */
export function carrySelection(
  selected: string | null,
  from: ViewKind,
  to: ViewKind,
  exists: (key: string) => boolean,
): string | null {
  if (selected === null) return null;
  const thing = selectedThing(selected, from);
  let key: string | null;
  if (to === 'process') key = (thing.kind === 'actor' ? ENTERPRISE_KEY_PREFIX : MATERIAL_KEY_PREFIX) + thing.id;
  else if (to === 'exchange') key = thing.kind === 'actor' ? thing.id : null;
  else key = thing.kind === 'material' ? thing.id : null;
  return key !== null && exists(key) ? key : null;
}
