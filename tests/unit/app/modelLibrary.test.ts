/**
 * The model library over IndexedDB (fake-indexeddb, a fresh database per
 * test): CRUD, saving and reopening as a reload would, damaged records
 * reported and left alone, and a browser without IndexedDB.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHistory, recentSteps, type ModelHistory } from '../../../src/app/model/history.ts';
import { renameEnterprise } from '../../../src/app/model/inspectorEdits.ts';
import { commitEdit } from '../../../src/app/model/modelEdit.ts';
import { LIBRARY_DATABASE, openIndexedDbBackend } from '../../../src/app/library/indexedDbBackend.ts';
import type { LibraryBackend } from '../../../src/app/library/libraryBackend.ts';
import { RECORD_FORMAT } from '../../../src/app/library/libraryRecord.ts';
import { createModelLibrary, openModelLibrary, type ModelLibrary } from '../../../src/app/library/modelLibrary.ts';
import { withPositions } from '../../../src/app/model/positions.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { slagPark, value } from '../../fixtures/slagPark.ts';
import { edited } from './edited.ts';

const park = slagPark;

/** A library over the test's database, with a clock that ticks once per call and numbered ids. */
async function open(): Promise<ModelLibrary> {
  let time = 1_000;
  let id = 0;
  const opened = await openModelLibrary(undefined, { now: () => (time += 1), newId: () => `m${++id}-${time}` });
  expect(opened.problem).toBeUndefined();
  return opened.library;
}

/** Writes raw records straight into the database, as a bug, an old version or a user in the dev tools could. */
async function writeRaw(store: 'entries' | 'models' | 'meta', key: string, record: unknown): Promise<void> {
  const db = await openDB(LIBRARY_DATABASE);
  await db.put(store, record, key);
  db.close();
}

function renamed(history: ModelHistory, name: string): ModelHistory {
  const result = commitEdit(history, renameEnterprise(history.present, 'smelter', { en: name })!);
  if (!result.ok) throw new Error('edit refused');
  return result.history;
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the model library', () => {
  it('creates, lists (most recently saved first), renames, duplicates and deletes models', async () => {
    const library = await open();
    expect(library.persistent).toBe(true);
    const first = value(await library.create({ name: '  Linyi  ', model: park, origin: 'reference' }));
    expect(first).toMatchObject({ name: 'Linyi', kind: 'model', origin: 'reference' });
    const second = value(await library.create({ name: 'Other', kind: 'scenario', model: park }));
    expect(value(await library.list()).entries.map((e) => e.name)).toEqual(['Other', 'Linyi']);

    const renamedEntry = value(await library.rename(first.id, 'Linyi ETDZ'));
    expect(renamedEntry.name).toBe('Linyi ETDZ');
    expect(renamedEntry.created).toBe(first.created);
    expect(value(await library.list()).entries.map((e) => e.name)).toEqual(['Linyi ETDZ', 'Other']);

    const copy = value(await library.duplicate(first.id, 'Linyi copy', 'scenario'));
    expect(copy).toMatchObject({ name: 'Linyi copy', kind: 'scenario', origin: 'reference' });
    expect(copy.id).not.toBe(first.id);
    expect(value(await library.load(copy.id)).model).toEqual(park);

    value(await library.delete(second.id));
    const listing = value(await library.list());
    expect(listing.entries.map((e) => e.id).sort()).toEqual([first.id, copy.id].sort());
    expect(listing.damaged).toEqual([]);
    expect((await library.load(second.id)).ok).toBe(false);
  });

  it('refuses empty or overlong names', async () => {
    const library = await open();
    const entry = value(await library.create({ name: 'A', model: park }));
    for (const name of ['', '   ', 'x'.repeat(301)]) {
      const result = await library.rename(entry.id, name);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]!.code).toBe('library-name');
    }
    expect((await library.create({ name: ' ', model: park })).ok).toBe(false);
    expect((await library.rename('nobody', 'B')).ok).toBe(false);
  });

  it('restores exactly what was saved in a new library over the same database (a reload)', async () => {
    const library = await open();
    const entry = value(await library.create({ name: 'Linyi', model: park }));
    let history = createHistory(park);
    for (const name of ['One', 'Two', 'Three']) history = renamed(history, name);
    const present = withPositions(history.present, { smelter: { x: 1.5, y: -2.25 } });
    value(await library.save(entry, { model: present, ...recentSteps(history, 2) }));

    const reloaded = await open();
    expect(await reloaded.lastOpened()).toBe(entry.id);
    const opened = value(await reloaded.load(entry.id));
    expect(opened.model).toEqual(present);
    expect(opened.model.view?.positions).toEqual({ smelter: { x: 1.5, y: -2.25 } });
    expect(opened.past.map((s) => s.label.en)).toEqual([
      'Rename enterprise “One” to “Two”',
      'Rename enterprise “Two” to “Three”',
    ]);
    expect(opened.past.map((s) => s.model.enterprises[0]!.name.en)).toEqual(['One', 'Two']);
    expect(opened.future).toEqual([]);
    expect(opened.notes).toEqual([]);
    // Stored as one structured clone, the steps still share what they did not change.
    expect(opened.past[0]!.model.flows).toBe(opened.past[1]!.model.flows);
    expect(opened.entry.updated).toBeGreaterThan(entry.updated);
  });

  it('remembers the model opened last', async () => {
    const library = await open();
    expect(await library.lastOpened()).toBeNull();
    const a = value(await library.create({ name: 'A', model: park }));
    value(await library.remember(a.id));
    expect(await (await open()).lastOpened()).toBe(a.id);
  });
});

describe('damaged records', () => {
  const entryOf = (id: string, extra: object = {}) => ({
    format: RECORD_FORMAT,
    id,
    name: `Entry ${id}`,
    kind: 'model',
    created: 1,
    updated: 1,
    ...extra,
  });
  const modelOf = (id: string, model: unknown, extra: object = {}) => ({
    format: RECORD_FORMAT,
    id,
    model,
    past: [],
    future: [],
    ...extra,
  });

  it('are listed apart with why, and the usable entries are still listed', async () => {
    const library = await open();
    const good = value(await library.create({ name: 'Good', model: park }));
    await writeRaw('entries', 'no-kind', { ...entryOf('no-kind'), kind: undefined });
    await writeRaw('entries', 'garbage', 'not an object');
    await writeRaw('entries', 'newer', entryOf('newer', { format: RECORD_FORMAT + 1 }));
    await writeRaw('entries', 'elsewhere', entryOf('moved'));
    const listing = value(await library.list());
    expect(listing.entries.map((e) => e.id)).toEqual([good.id]);
    const damaged = new Map(listing.damaged.map((d) => [d.id, d]));
    expect(damaged.get('no-kind')?.name).toBe('Entry no-kind');
    expect(damaged.get('no-kind')?.problems[0]!.code).toBe('library-entry-shape');
    expect(damaged.get('garbage')?.problems[0]!.code).toBe('library-entry-shape');
    expect(damaged.get('newer')?.problems[0]!.code).toBe('library-format');
    expect(damaged.get('newer')?.problems[0]!.message.en).toContain('newer Symbiograph');
    expect(damaged.get('elsewhere')?.problems[0]!.code).toBe('library-entry-key');
  });

  it('report an invalid model, a model from a newer schema version and a bad shape on load, and stay untouched', async () => {
    const library = await open();
    const invalid = { ...park, flows: [{ ...park.flows[0]!, quantity: -5 }] };
    await writeRaw('entries', 'invalid', entryOf('invalid'));
    await writeRaw('models', 'invalid', modelOf('invalid', invalid));
    await writeRaw('entries', 'future', entryOf('future'));
    await writeRaw('models', 'future', modelOf('future', { ...park, schemaVersion: 99 }));
    await writeRaw('entries', 'shapeless', entryOf('shapeless'));
    await writeRaw('models', 'shapeless', { model: park });
    await writeRaw('entries', 'missing', entryOf('missing'));

    const problems = async (id: string) => {
      const loaded = await library.load(id);
      expect(loaded.ok).toBe(false);
      return loaded.ok ? [] : loaded.problems;
    };
    const invalidProblems = await problems('invalid');
    expect(invalidProblems.map((p) => p.path.join('.'))).toContain('flows.0.quantity');
    expect((await problems('future'))[0]!.code).toBe('schema-version-future');
    expect((await problems('shapeless'))[0]!.code).toBe('library-model-shape');
    expect((await problems('missing'))[0]!.code).toBe('library-model-shape');
    expect((await problems('nobody'))[0]!.code).toBe('library-missing');
    // Nothing was repaired or removed behind the user's back.
    const db = await openDB(LIBRARY_DATABASE);
    expect(await db.get('models', 'invalid')).toEqual(modelOf('invalid', invalid));
    db.close();
    expect(value(await library.list()).entries.map((e) => e.id)).toContain('invalid');
  });

  it('keep the valid present of a model whose saved undo steps are damaged, and say so', async () => {
    const library = await open();
    const history = renamed(renamed(createHistory(park), 'One'), 'Two');
    const steps = recentSteps(history, 5);
    const broken = { model: { ...park, clusters: [] }, label: { zh: '坏', en: 'bad' } };
    await writeRaw('entries', 'steps', entryOf('steps'));
    // Oldest first: the damaged step is the oldest, so the two after it survive.
    await writeRaw('models', 'steps', modelOf('steps', history.present, { past: [broken, ...steps.past] }));
    const opened = value(await library.load('steps'));
    expect(opened.model.enterprises[0]!.name.en).toBe('Two');
    expect(opened.past).toHaveLength(2);
    expect(opened.notes.map((n) => n.code)).toEqual(['library-steps-dropped']);
    await writeRaw('models', 'steps', modelOf('steps', history.present, { past: [...steps.past, null] }));
    expect(value(await library.load('steps')).past).toEqual([]);
  });

  it('refuse a database left by a newer version of the app, going on in memory', async () => {
    const newer = await openDB(LIBRARY_DATABASE, 5);
    newer.close();
    const { library, problem } = await openModelLibrary();
    expect(library.persistent).toBe(false);
    expect(problem?.message.en).toContain('VersionError');
  });

  it('can be deleted by the user', async () => {
    const library = await open();
    await writeRaw('entries', 'bad', 'x');
    await writeRaw('models', 'bad', 'y');
    value(await library.delete('bad'));
    expect(value(await library.list()).damaged).toEqual([]);
  });
});

describe('without IndexedDB', () => {
  it('works in memory for the session and says changes will not be kept', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { library, problem } = await openModelLibrary();
    expect(library.persistent).toBe(false);
    expect(problem?.code).toBe('library-unavailable');
    expect(problem?.message.en).toContain('will not be kept');
    const entry = value(await library.create({ name: 'Linyi', model: park }));
    value(
      await library.save(entry, {
        model: edited(park, renameEnterprise(park, 'smelter', { en: 'S' })),
        past: [],
        future: [],
      }),
    );
    expect(value(await library.load(entry.id)).model.enterprises[0]!.name.en).toBe('S');
    expect(await library.lastOpened()).toBe(entry.id);
  });

  it('goes on in memory when the browser refuses to open a database (private mode)', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
    const { library, problem } = await openModelLibrary();
    expect(library.persistent).toBe(false);
    expect(problem?.message.en).toContain('SecurityError');
  });

  it('gives up waiting for a database that never opens', async () => {
    // A request that never succeeds nor fails, as when another tab blocks an upgrade for good.
    const Request = globalThis.IDBOpenDBRequest as unknown as new () => IDBOpenDBRequest;
    vi.stubGlobal('indexedDB', { open: () => new Request() });
    const opened = await openIndexedDbBackend('stuck', 20);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.problem.message.en).toContain('timed out');
  });

  it('reports storage failures (a full disk) as problems, not exceptions', async () => {
    const failing: LibraryBackend = {
      persistent: true,
      entries: () => Promise.reject(new DOMException('disk full', 'QuotaExceededError')),
      lastOpened: () => Promise.reject(new Error('closed')),
      transaction: () => Promise.reject(new DOMException('disk full', 'QuotaExceededError')),
    };
    const library = createModelLibrary(failing);
    const saved = await library.save(
      { id: 'a', name: 'A', kind: 'model', created: 1, updated: 1 },
      { model: park as ParkModel, past: [], future: [] },
    );
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.problems[0]!.message.en).toContain('QuotaExceededError');
    expect((await library.list()).ok).toBe(false);
    expect(await library.lastOpened()).toBeNull();
  });
});
