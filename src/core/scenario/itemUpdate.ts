/** What every update change does to its item: set some fields, leave some optional ones out. */
import { quote, type BilingualMessage } from '../model/problems.ts';
import {
  aboutItem,
  done,
  failed,
  refs,
  unknownId,
  type ChangeContext,
  type ChangeOutcome,
  type ReferenceKind,
} from './draft.ts';

/**
 * The item with `set` written over it and the `unset` fields left out, as a
 * new object (the draft replaces items, never edits them). A key set to
 * undefined is no value: it does not erase the item's.
 */
export function updated<T extends object>(
  item: T,
  set: Partial<T> | undefined,
  unset: readonly string[] | undefined,
): T {
  const next: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const [key, value] of Object.entries(set ?? {})) if (value !== undefined) next[key] = value;
  for (const key of unset ?? []) delete next[key];
  return next as T;
}

/** "set quantity, unit of flow "f1"": the summary of an update, in both languages. */
export function updateSummary(
  kind: ReferenceKind,
  id: string,
  set: object | undefined,
  unset: readonly string[] | undefined,
): BilingualMessage {
  const fields = [...Object.keys(set ?? {}), ...(unset ?? [])].join(', ');
  return aboutItem('scenario:updated', kind, { id: quote(id), fields });
}

/** The lists an update change names its item in, by the change's reference kind. */
const UPDATABLE_LISTS = { enterprise: 'enterprises', material: 'materials', chain: 'chains' } as const;
type UpdatableKind = keyof typeof UPDATABLE_LISTS;

/**
 * An enterprise, material or chain template with its fields set or left
 * out: one handler for the three, so they cannot drift apart. What the
 * fields say is checked on the result, with every other rule.
 */
export function updateListedItem(
  ctx: ChangeContext,
  kind: UpdatableKind,
  id: string,
  set: object | undefined,
  unset: readonly string[] | undefined,
): ChangeOutcome {
  const { draft, at } = ctx;
  const list = draft[UPDATABLE_LISTS[kind]] as { readonly id: string }[];
  const index = list.findIndex((item) => item.id === id);
  const before = list[index];
  if (!before) return failed(unknownId(kind, id, [...at, kind]));
  list[index] = updated(before, set as Partial<typeof before>, unset);
  return done(updateSummary(kind, before.id, set, unset), { changed: refs(kind, [before.id]) });
}
