/**
 * A saved model in chunks, so that saving an edit writes what it changed.
 * Storing a 100 000-flow park as one record made each autosave copy the
 * whole park (half a second of the page's time, for one changed cell).
 * Here each collection is cut into chunks of items and the view state is a
 * chunk of its own; the record lists chunk keys, and a save writes only
 * chunks not already stored. Undo steps share their chunks with the
 * present, so they cost a list of keys.
 *
 * Chunks end after an item whose id hashes to a boundary (content-defined
 * chunking), not every n items: inserting or removing a flow changes one
 * chunk, not every chunk after it. Chunks are recognised as stored by the
 * identity of their items, which an edit keeps for every item it does not
 * touch (core's scenario edits and the undo history share them).
 */
import { MODEL_COLLECTIONS } from '../../core/model/modelDelta.ts';
import { changedPlaces } from '../../core/model/sameItems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { HistoryStep } from '../model/history.ts';

type Collection = (typeof MODEL_COLLECTIONS)[number];

/** Items per chunk on average (a boundary is an id whose hash is a multiple of it), and at most. */
const AVERAGE_CHUNK = 512;
const LONGEST_CHUNK = 4096;

/** A model as its record holds it: the park's own fields inline, the rest as chunk keys. */
export interface ChunkedModel {
  readonly head: Omit<ParkModel, Collection | 'view'>;
  readonly collections: Readonly<Record<Collection, readonly string[]>>;
  /** The key of the view state's chunk. */
  readonly view?: string;
}

/** What storage holds of one model's chunks, as far as this tab knows. */
export interface StoredChunks {
  readonly chunks: ReadonlyMap<string, unknown>;
  /** The key of a stored chunk by its first item (the view state's by the state itself). */
  readonly byFirst: ReadonlyMap<unknown, string>;
}

export interface ChunkPlan {
  readonly present: ChunkedModel;
  readonly past: readonly { readonly model: ChunkedModel; readonly label: HistoryStep['label'] }[];
  readonly future: readonly { readonly model: ChunkedModel; readonly label: HistoryStep['label'] }[];
  /** Chunks to write, by key. */
  readonly writes: ReadonlyMap<string, unknown>;
  /** Stored chunks nothing refers to any more. */
  readonly deletes: readonly string[];
  /** What storage holds once the plan is written. */
  readonly stored: StoredChunks;
}

export interface Snapshot {
  readonly model: ParkModel;
  readonly past: readonly HistoryStep[];
  readonly future: readonly HistoryStep[];
}

// The chunk keys an array was cut into, by the array: a step saved before is not cut again.
const cutBefore = new WeakMap<readonly object[], readonly string[]>();

/**
 * The chunks of `snapshot`: keys of chunks already in `stored` where their
 * items are the same objects, new chunks (keys from `newKey`) for the rest,
 * and every stored chunk no model of the snapshot refers to, to delete.
 */
export function planChunks(snapshot: Snapshot, stored: StoredChunks, newKey: () => string): ChunkPlan {
  const writes = new Map<string, unknown>();
  const live = new Map<string, unknown>();
  const byFirst = new Map<unknown, string>();
  const keep = (key: string, value: unknown, first: unknown) => {
    live.set(key, value);
    byFirst.set(first, key);
  };
  /**
   * The key of the chunk holding `value`, found by `first` (and `same`) among the stored ones, else a new chunk
   * (the value made only then: a stored chunk is not copied again).
   */
  const chunkOf = (value: () => unknown, first: unknown, same: (stored: unknown) => boolean): string => {
    const known = stored.byFirst.get(first) ?? byFirst.get(first);
    const found = known === undefined ? undefined : (live.get(known) ?? stored.chunks.get(known));
    if (known !== undefined && same(found)) {
      keep(known, found, first);
      return known;
    }
    const key = newKey();
    const made = value();
    writes.set(key, made);
    keep(key, made, first);
    return key;
  };
  const collection = (name: Collection, items: readonly object[]): readonly string[] => {
    const before = cutBefore.get(items);
    if (before?.every((key) => live.has(key) || stored.chunks.has(key))) {
      for (const key of before) {
        const value = live.get(key) ?? stored.chunks.get(key);
        keep(key, value, (value as readonly object[])[0]);
      }
      return before;
    }
    const { ranges, edited } = cut(name, items);
    const editedKeys = edited && cutBefore.get(edited.items);
    let next = 0;
    const keys = ranges.map(([start, end], r) => {
      // A chunk that none of an edit's places fall in holds the very items of the last cut's chunk there.
      if (edited && editedKeys) {
        while (next < edited.places.length && edited.places[next]! < start) next += 1;
        const touched = next < edited.places.length && edited.places[next]! < end;
        const key = editedKeys[r]!;
        const value = live.get(key) ?? stored.chunks.get(key);
        if (!touched && value !== undefined) {
          keep(key, value, items[start]);
          return key;
        }
      }
      return chunkOf(
        () => items.slice(start, end),
        items[start],
        (found) => sameChunk(found, items, start, end),
      );
    });
    cutBefore.set(items, keys);
    return keys;
  };
  const chunked = (model: ParkModel): ChunkedModel => {
    const { clusters, materials, enterprises, flows, chains, view, ...head } = model;
    return {
      head,
      collections: {
        clusters: collection('clusters', clusters),
        materials: collection('materials', materials),
        enterprises: collection('enterprises', enterprises),
        flows: collection('flows', flows),
        chains: collection('chains', chains),
      },
      // The view state is a chunk of its own, the same while it is the same object.
      ...(view === undefined
        ? {}
        : {
            view: chunkOf(
              () => view,
              view,
              (found) => found === view,
            ),
          }),
    };
  };
  const steps = (list: readonly HistoryStep[]) =>
    list.map((step) => ({ model: chunked(step.model), label: step.label }));
  const present = chunked(snapshot.model);
  const past = steps(snapshot.past);
  const future = steps(snapshot.future);
  const deletes = [...stored.chunks.keys()].filter((key) => !live.has(key));
  return { present, past, future, writes, deletes, stored: { chunks: live, byFirst } };
}

/** Nothing stored, or nothing this tab may rely on: every chunk is written anew. */
export const NOTHING_STORED: StoredChunks = { chunks: new Map(), byFirst: new Map() };

/** What storage holds after a read of all of a model's chunks. */
export function storedChunks(chunks: ReadonlyMap<string, unknown>): StoredChunks {
  const byFirst = new Map<unknown, string>();
  for (const [key, value] of chunks) byFirst.set(Array.isArray(value) ? value[0] : value, key);
  return { chunks, byFirst };
}

/**
 * The model a chunked record describes, its collections' arrays shared
 * between the models that list the same chunks (as the undo steps shared
 * them when saved); undefined when a chunk is missing or not a list.
 */
export function assembleModels(chunks: ReadonlyMap<string, unknown>): (raw: unknown) => unknown {
  const arrays = new Map<string, unknown[] | undefined>();
  const collection = (keys: unknown): unknown[] | undefined => {
    if (!Array.isArray(keys) || !keys.every((key) => typeof key === 'string')) return undefined;
    const id = keys.join('\n');
    if (arrays.has(id)) return arrays.get(id);
    const parts = keys.map((key) => chunks.get(key));
    const array = parts.every(Array.isArray) ? (parts as unknown[][]).flat() : undefined;
    arrays.set(id, array);
    return array;
  };
  return (raw) => {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { head, collections, view } = raw as { head?: unknown; collections?: unknown; view?: unknown };
    if (typeof head !== 'object' || head === null || typeof collections !== 'object' || collections === null)
      return undefined;
    const model: Record<string, unknown> = { ...head };
    for (const name of MODEL_COLLECTIONS) {
      const items = collection((collections as Record<string, unknown>)[name]);
      if (!items) return undefined;
      model[name] = items;
    }
    if (view !== undefined) {
      if (typeof view !== 'string' || !chunks.has(view)) return undefined;
      model['view'] = chunks.get(view);
    }
    return model;
  };
}

type Ranges = readonly (readonly [number, number])[];

/** Where each collection's items were last cut: which of them end a chunk by their id, and the chunks. */
const lastCuts = new Map<
  Collection,
  { readonly items: readonly object[]; readonly endsChunk: Uint8Array; readonly ranges: Ranges }
>();

/**
 * The items cut at content-defined boundaries (an id hashing to a multiple of the average), never too long,
 * as [start, end) places. An item in the same place as in the collection's last cut is not hashed again: an
 * edit replaces one flow of 100 000. When the edit moved no boundary, the chunks are the last cut's, and
 * `edited` names that cut's items and the places the edit replaced (the chunks holding none are unchanged).
 */
function cut(
  name: Collection,
  items: readonly object[],
): { ranges: Ranges; edited: { readonly items: readonly object[]; readonly places: readonly number[] } | null } {
  const last = lastCuts.get(name);
  // The places an edit replaced (core's changedPlaces, found once per edit for every caller).
  const places = last ? changedPlaces(last.items, items) : null;
  if (last && places && places.every((i) => endsAChunk(items[i]!) === last.endsChunk[i])) {
    lastCuts.set(name, { items, endsChunk: last.endsChunk, ranges: last.ranges });
    return { ranges: last.ranges, edited: { items: last.items, places } };
  }
  let endsChunk: Uint8Array;
  if (last && places) {
    endsChunk = last.endsChunk.slice();
    for (const i of places) endsChunk[i] = endsAChunk(items[i]!);
  } else endsChunk = Uint8Array.from(items, endsAChunk);
  const ranges: (readonly [number, number])[] = [];
  let start = 0;
  for (let i = 0; i < items.length; i++)
    if (endsChunk[i] === 1 || i + 1 - start >= LONGEST_CHUNK) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  if (start < items.length) ranges.push([start, items.length]);
  lastCuts.set(name, { items, endsChunk, ranges });
  return { ranges, edited: null };
}

/** 1 when the item's id hashes to a chunk boundary. */
function endsAChunk(item: object): number {
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' && hash(id) % AVERAGE_CHUNK === 0 ? 1 : 0;
}

/** FNV-1a over the UTF-16 code units: fast, and the same in every tab and version. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Whether a stored chunk holds the items from `start` to `end`, the same objects. */
function sameChunk(stored: unknown, items: readonly object[], start: number, end: number): boolean {
  if (!Array.isArray(stored) || stored.length !== end - start) return false;
  for (let i = start; i < end; i++) if (stored[i - start] !== items[i]) return false;
  return true;
}
