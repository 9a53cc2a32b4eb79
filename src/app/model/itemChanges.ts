/**
 * The core change that adds an item as a form built it, or that turns an
 * item into the one a form or a table cell describes — only the fields
 * that differ are named, so the change says what the user changed.
 */
import { deepEqual } from '../../core/model/deepEqual.ts';
import type { ChainTemplate, Enterprise, Flow, Material, ParkModel } from '../../core/model/types.ts';
import type { Change } from '../../core/scenario/changeSet.ts';

export type Collection = 'enterprises' | 'materials' | 'flows' | 'chains';
type Item<C extends Collection> = ParkModel[C][number];

export function addChange<C extends Collection>(collection: C, item: Item<C>): Change {
  switch (collection) {
    case 'enterprises':
      return { kind: 'add-enterprise', enterprise: item as Enterprise };
    case 'materials':
      return { kind: 'add-material', material: item as Material };
    case 'flows':
      return { kind: 'add-flow', flow: item as Flow };
    default:
      return { kind: 'add-chain', chain: item as ChainTemplate };
  }
}

/** The change from `before` to `after` (the same id), or null when they are equal. */
export function updateChange<C extends Collection>(collection: C, before: Item<C>, after: Item<C>): Change | null {
  const fields = fieldChanges<object>(before, after);
  if (fields === null) return null;
  const id = before.id;
  // One generic diff; each kind's `set` is that item's fields (core checks them on the result).
  switch (collection) {
    case 'enterprises':
      return { kind: 'update-enterprise', enterprise: id, ...(fields as FieldChanges<Enterprise>) };
    case 'materials':
      return { kind: 'update-material', material: id, ...(fields as FieldChanges<Material>) };
    case 'flows':
      return { kind: 'update-flow', flow: id, ...(fields as FieldChanges<Flow>) };
    default:
      return { kind: 'update-chain', chain: id, ...(fields as FieldChanges<ChainTemplate>) };
  }
}

export interface FieldChanges<T> {
  readonly set?: Partial<T>;
  readonly unset?: string[];
}

/**
 * The fields of `after` that differ from `before` (`set`) and the ones it
 * leaves out (`unset`), the id aside; null when nothing differs.
 */
export function fieldChanges<T extends object>(before: T, after: T): FieldChanges<T> | null {
  const was = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(now))
    if (key !== 'id' && value !== undefined && !deepEqual(was[key], value)) set[key] = value;
  const unset = Object.keys(was).filter((key) => was[key] !== undefined && now[key] === undefined);
  if (Object.keys(set).length === 0 && unset.length === 0) return null;
  return {
    ...(Object.keys(set).length > 0 ? { set: set as Partial<T> } : {}),
    ...(unset.length > 0 ? { unset } : {}),
  };
}
