/**
 * What changed between two versions of a model, small enough to post to a
 * worker that holds the first one, and exact: the worker rebuilds the second
 * version item for item, in its order, without a model being copied whole.
 *
 * An edit's result shares every untouched item with the model it was made
 * from (core's change sets rebuild only what they touch, and the undo
 * history hands back the very objects it kept), so an item is "the same"
 * when it is the same object. For each collection that changed, the delta
 * says, position by position, which item of the old version sits there
 * (its index) or that a new item does (-1, taken in turn from `added`).
 * Anything else that changed (the park's details, the saved view) travels
 * whole. Pure: the same two models give the same delta.
 */
import { changedPlaces } from './sameItems.ts';
import type { ParkModel } from './types.ts';

/** The model's collections of items, in the order they are listed. */
export const MODEL_COLLECTIONS = ['clusters', 'materials', 'enterprises', 'flows', 'chains'] as const;
type Collection = (typeof MODEL_COLLECTIONS)[number];
type Item<C extends Collection> = ParkModel[C][number];

export interface CollectionDelta<T> {
  /** For each position of the new collection: the index of the old item kept there, or -1 for the next added item. */
  readonly from: Int32Array;
  /** The new items, in the order their positions come. */
  readonly added: readonly T[];
}

/** The other fields of a model: small, sent whole when they changed. */
type Scalars = Omit<ParkModel, Collection>;

export interface ModelDelta {
  readonly collections: { readonly [C in Collection]?: CollectionDelta<Item<C>> };
  /** The fields outside the collections that changed, with their new values (`view: undefined` when it went). */
  readonly changed: Partial<Scalars>;
  /** Names of the fields outside the collections that the new version no longer has. */
  readonly removed: readonly (keyof Scalars)[];
}

/**
 * The last delta made from each model: an edit asks for the same delta twice, for the display patch and for the
 * analysis host (each a pass over 100 000 flows). Deltas are read only.
 */
const recent = new WeakMap<ParkModel, { readonly after: ParkModel; readonly delta: ModelDelta }>();

export function modelDelta(before: ParkModel, after: ParkModel): ModelDelta {
  const known = recent.get(before);
  if (known?.after === after) return known.delta;
  const delta = computedDelta(before, after);
  recent.set(before, { after, delta });
  return delta;
}

function computedDelta(before: ParkModel, after: ParkModel): ModelDelta {
  const collections: { [C in Collection]?: CollectionDelta<Item<C>> } = {};
  for (const name of MODEL_COLLECTIONS) {
    const old: readonly object[] = before[name];
    const next: readonly object[] = after[name];
    if (old !== next) Object.assign(collections, { [name]: collectionDelta(old, next) });
  }
  const changed: Record<string, unknown> = {};
  const removed: (keyof Scalars)[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof ParkModel>) {
    if ((MODEL_COLLECTIONS as readonly string[]).includes(key) || before[key] === after[key]) continue;
    if (key in after) changed[key] = after[key];
    else removed.push(key as keyof Scalars);
  }
  return { collections, changed: changed as Partial<Scalars>, removed };
}

function collectionDelta<T extends object>(before: readonly T[], after: readonly T[]): CollectionDelta<T> {
  if (before.length === after.length) return sameLengthDelta(before, after);
  const index = new Map<T, number>();
  before.forEach((item, i) => index.set(item, i));
  const from = new Int32Array(after.length);
  const added: T[] = [];
  after.forEach((item, i) => {
    const old = index.get(item);
    if (old === undefined) added.push(item);
    from[i] = old ?? -1;
  });
  return { from, added };
}

/**
 * The delta between collections of one length (an edit in place) by place:
 * an item that moved left its old place different too, so only the items
 * of places that differ are looked up (indexing 100 000 flows per edit cost
 * more than the rest of the delta). The places are core's `changedPlaces`,
 * found once per edit for every caller that compares the same two lists.
 */
function sameLengthDelta<T extends object>(before: readonly T[], after: readonly T[]): CollectionDelta<T> {
  const from = new Int32Array(after.length);
  for (let i = 0; i < from.length; i++) from[i] = i;
  const differ = changedPlaces(before, after) ?? [];
  const index = new Map<T, number>(differ.map((i) => [before[i]!, i]));
  const added: T[] = [];
  for (const i of differ) {
    const item = after[i]!;
    const old = index.get(item);
    if (old === undefined) added.push(item);
    from[i] = old ?? -1;
  }
  return { from, added };
}

/** The new version: `before` with the delta made from it applied. */
export function applyModelDelta(before: ParkModel, delta: ModelDelta): ParkModel {
  const next: Record<string, unknown> = { ...before, ...delta.changed };
  for (const key of delta.removed) delete next[key];
  for (const name of MODEL_COLLECTIONS) {
    const change = delta.collections[name];
    if (change) next[name] = rebuilt(before[name] as readonly object[], change as CollectionDelta<object>);
  }
  return next as unknown as ParkModel;
}

function rebuilt<T>(before: readonly T[], { from, added }: CollectionDelta<T>): T[] {
  const items = new Array<T>(from.length);
  let next = 0;
  for (let i = 0; i < from.length; i++) {
    const old = from[i]!;
    if (old >= 0) {
      if (old >= before.length) throw new Error(`model delta: item ${old} of a ${before.length}-item collection`);
      items[i] = before[old]!;
    } else {
      if (next >= added.length) throw new Error('model delta: fewer added items than new positions');
      items[i] = added[next++]!;
    }
  }
  return items;
}

/** How many items the delta carries: what posting it costs, against posting the whole model. */
export function deltaSize(delta: ModelDelta): number {
  let size = Object.keys(delta.changed).length;
  for (const name of MODEL_COLLECTIONS) size += delta.collections[name]?.added.length ?? 0;
  return size;
}

/** Every item the model holds, counted the way `deltaSize` counts. */
export function modelSize(model: ParkModel): number {
  return MODEL_COLLECTIONS.reduce((sum, name) => sum + model[name].length, 0);
}

/**
 * The items of one collection the delta drops and adds: a changed item is
 * dropped in its old form and added in its new one (the same id in both).
 */
export function collectionChanges<T>(
  before: readonly T[],
  delta: CollectionDelta<T> | undefined,
): { readonly dropped: readonly T[]; readonly added: readonly T[] } {
  if (!delta) return { dropped: [], added: [] };
  const kept = new Uint8Array(before.length);
  // Indexed, not for…of: run once per edit, this loop is cold, and cold iteration allocates a result per item.
  const { from } = delta;
  for (let i = 0; i < from.length; i++) if (from[i]! >= 0) kept[from[i]!] = 1;
  const dropped: T[] = [];
  for (let i = 0; i < before.length; i++) if (kept[i] === 0) dropped.push(before[i]!);
  return { dropped, added: delta.added };
}
