/**
 * Which model the app opens on start:
 * - `?model=<url>`: the library entry made from that address the last time
 *   (so a reload keeps the edits), else the file fetched, validated and
 *   stored as a new entry; a file that fails shows its problems as before;
 * - otherwise the model opened last; if it cannot be read, the most recent
 *   other entry that can (the damaged one is reported and left alone);
 * - the first time, the reference park, with any layout the browser kept
 *   for it before the library existed.
 * When the library cannot store anything, the app goes on in memory and
 * says so.
 */
import type { Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { createMemoryBackend } from './libraryBackend.ts';
import { REFERENCE_ORIGIN, type LibraryEntry } from './libraryRecord.ts';
import { forgetLegacyPositions, readLegacyPositions, type LegacyStorage } from './legacyPositions.ts';
import { createModelLibrary, type ModelLibrary, type NewEntry, type OpenedModel } from './modelLibrary.ts';
import type { ModelAddress } from './modelSource.ts';
import { openFailedNotice, readNotesNotice, storeFailedNotice, type Notice } from './notices.ts';
import { withPositions } from '../model/positions.ts';

export type FetchedModel =
  { readonly ok: true; readonly model: ParkModel } | { readonly ok: false; readonly errors: readonly Problem[] };

export interface StartOptions {
  readonly library: ModelLibrary;
  /** The bundled reference park, already validated. */
  readonly reference: ParkModel;
  readonly address: ModelAddress | null;
  readonly fetchModel: (url: string) => Promise<FetchedModel>;
  /** The library name of a park entering the library (its name in the UI language). */
  readonly nameOf: (model: ParkModel) => string;
  readonly legacyStorage?: LegacyStorage;
}

export type StartResult =
  | {
      readonly ok: true;
      /** The library in use: the one given, or one in memory when that one could not store the model. */
      readonly library: ModelLibrary;
      readonly opened: OpenedModel;
      readonly notices: readonly Notice[];
    }
  | { readonly ok: false; readonly errors: readonly Problem[] };

export async function startModel(options: StartOptions): Promise<StartResult> {
  const { library, address } = options;
  const notices: Notice[] = [];
  const listing = await library.list();
  const entries = listing.ok ? listing.value.entries : [];

  if (address !== null) {
    if (!address.ok) return { ok: false, errors: [address.problem] };
    const earlier = entries.find((e) => e.origin === address.url);
    const reopened = earlier && (await tryOpen(library, earlier.id, earlier.name, notices));
    if (reopened) return opened(library, reopened, notices);
    const fetched = await options.fetchModel(address.url);
    if (!fetched.ok) return { ok: false, errors: fetched.errors };
    return store(options, { name: options.nameOf(fetched.model), model: fetched.model, origin: address.url }, notices);
  }

  const lastId = await library.lastOpened();
  if (lastId !== null) {
    const last = entries.find((e) => e.id === lastId);
    const reopened = await tryOpen(library, lastId, last?.name, notices);
    if (reopened) return opened(library, reopened, notices);
  }
  for (const entry of entries) {
    if (entry.id === lastId) continue;
    const reopened = await tryOpen(library, entry.id, entry.name, notices);
    if (reopened) return opened(library, reopened, notices);
  }
  return storeReference(options, notices);
}

/** The reference park as a new entry, with the layout kept the old way for it, if any. */
async function storeReference(options: StartOptions, notices: Notice[]): Promise<StartResult> {
  const { reference, legacyStorage } = options;
  const legacy = readLegacyPositions(legacyStorage, reference.park.id);
  const model = Object.keys(legacy).length > 0 ? withPositions(reference, legacy) : reference;
  const result = await store(options, { name: options.nameOf(reference), model, origin: REFERENCE_ORIGIN }, notices);
  if (result.ok && result.library === options.library) forgetLegacyPositions(legacyStorage, reference.park.id);
  return result;
}

/** Stores a new entry and opens it; in a memory library (and says so) when the library refuses it. */
async function store(options: StartOptions, entry: NewEntry, notices: Notice[]): Promise<StartResult> {
  const created = await options.library.create(entry);
  if (created.ok) return opened(options.library, fresh(created.value, entry.model), notices);
  const memory = createModelLibrary(createMemoryBackend());
  notices.push(storeFailedNotice(created.problems));
  const inMemory = await memory.create(entry);
  // A memory library cannot fail to store, short of a bug.
  if (!inMemory.ok) throw new Error('the memory library refused a model');
  return opened(memory, fresh(inMemory.value, entry.model), notices);
}

async function tryOpen(
  library: ModelLibrary,
  id: string,
  name: string | undefined,
  notices: Notice[],
): Promise<OpenedModel | null> {
  const loaded = await library.load(id);
  if (loaded.ok) return loaded.value;
  notices.push(openFailedNotice(id, name, loaded.problems));
  return null;
}

async function opened(library: ModelLibrary, model: OpenedModel, notices: Notice[]): Promise<StartResult> {
  if (model.notes.length > 0) notices.push(readNotesNotice(model.entry.id, model.notes));
  // Remembered now, so a reload before the first edit opens the same model.
  await library.remember(model.entry.id);
  return { ok: true, library, opened: model, notices };
}

function fresh(entry: LibraryEntry, model: ParkModel): OpenedModel {
  return { entry, model, past: [], future: [], notes: [] };
}
