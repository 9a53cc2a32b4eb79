/**
 * Two tabs on one library (two library objects over one fake IndexedDB, as
 * two tabs of one origin are): a save over a revision another tab already
 * wrote is refused and says what is stored instead, whatever the order in
 * which the saves were started; deletes and renames count as writes;
 * records from before revisions load as revision 0 and are upgraded in place.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIBRARY_DATABASE } from '../../../src/app/library/indexedDbBackend.ts';
import { createMemoryBackend } from '../../../src/app/library/libraryBackend.ts';
import { RECORD_FORMAT, type LibraryEntry } from '../../../src/app/library/libraryRecord.ts';
import {
  createModelLibrary,
  openModelLibrary,
  type ModelLibrary,
  type SaveResult,
} from '../../../src/app/library/modelLibrary.ts';
import {
  FRESH_MS,
  MARKER_LIFETIME_MS,
  createRevisionKnowledge,
  revisionOf,
} from '../../../src/app/library/revisions.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { slagPark, value } from '../../fixtures/slagPark.ts';
import { renamed } from './edited.ts';

const park = slagPark;

const named = (name: string): ParkModel => renamed(park, name);
const snapshot = (name: string) => ({ model: named(name), past: [], future: [] });
const smelterName = async (library: ModelLibrary, id: string) =>
  value(await library.load(id)).model.enterprises[0]!.name.en;

/** A shared clock, so a test can let time pass for every tab at once. */
let time = 1_000;
let ids = 0;
/** One tab: a library object of its own over the shared database. */
async function tab(): Promise<ModelLibrary> {
  const opened = await openModelLibrary(undefined, { now: () => (time += 1), newId: () => `m${++ids}` });
  expect(opened.problem).toBeUndefined();
  return opened.library;
}

function conflictOf(result: SaveResult) {
  expect(result.ok).toBe(false);
  return !result.ok && 'conflict' in result ? result.conflict : null;
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  time = 1_000;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('revisions between tabs', () => {
  it('refuses a save over a revision another tab wrote, keeps that tab’s save, and says what is stored', async () => {
    const a = await tab();
    const created = value(await a.create({ name: 'Park', model: park }));
    expect(created.revision).toBe(1);
    const b = await tab();
    const inB = value(await b.load(created.id)).entry;

    const savedByA = value(await a.save(created, snapshot('From A')));
    expect(savedByA.revision).toBe(2);
    const refused = await b.save(inB, snapshot('From B'));
    const conflict = conflictOf(refused);
    expect(conflict).toMatchObject({ kind: 'changed', entry: { id: created.id, revision: 2 } });
    if (!refused.ok) expect(refused.problems[0]!.message.zh).toContain('另一个标签页');
    expect(await smelterName(b, created.id)).toBe('From A');

    // A goes on from its new revision; B, after loading A's version, from that one.
    value(await a.save(savedByA, snapshot('A again')));
    const reloaded = value(await b.load(created.id)).entry;
    expect(reloaded.revision).toBe(3);
    expect(value(await b.save(reloaded, snapshot('B on top'))).revision).toBe(4);
    expect(conflictOf(await a.save(savedByA, snapshot('A stale')))).toMatchObject({ kind: 'changed' });
    expect(await smelterName(a, created.id)).toBe('B on top');
  });

  it('lets exactly one of two saves started at once from the same revision through', async () => {
    const a = await tab();
    const created = value(await a.create({ name: 'Park', model: park }));
    const b = await tab();
    const inB = value(await b.load(created.id)).entry;
    const [fromA, fromB] = await Promise.all([a.save(created, snapshot('A')), b.save(inB, snapshot('B'))]);
    expect([fromA.ok, fromB.ok].filter(Boolean)).toHaveLength(1);
    const winner = fromA.ok ? 'A' : 'B';
    expect(conflictOf(fromA.ok ? fromB : fromA)).toMatchObject({ kind: 'changed' });
    expect(await smelterName(a, created.id)).toBe(winner);
  });

  it('counts a rename as a write, and a delete as the end: a stale save never brings a deleted model back', async () => {
    const a = await tab();
    const created = value(await a.create({ name: 'Park', model: park }));
    const b = await tab();
    const inB = value(await b.load(created.id)).entry;

    const renamed = value(await a.rename(created.id, 'Renamed'));
    expect(renamed.revision).toBe(2);
    expect(conflictOf(await b.save(inB, snapshot('B')))).toMatchObject({ kind: 'changed', entry: { name: 'Renamed' } });

    value(await a.delete(created.id));
    expect(conflictOf(await b.save(renamed, snapshot('B')))).toEqual({
      kind: 'deleted',
      id: created.id,
      name: 'Renamed',
    });
    expect(value(await a.list()).entries).toEqual([]);
  });

  it('reads records from before revisions as revision 0, upgrading the database in place', async () => {
    // A database as version 1 of the app left it: no revisions store, entries without a revision.
    const old = await openDB(LIBRARY_DATABASE, 1, {
      upgrade(db) {
        for (const store of ['entries', 'models', 'meta']) db.createObjectStore(store);
      },
    });
    const legacy = { format: RECORD_FORMAT, id: 'old', name: 'Old', kind: 'model', created: 1, updated: 1 };
    await old.put('entries', legacy, 'old');
    await old.put('models', { format: RECORD_FORMAT, id: 'old', model: park, past: [], future: [] }, 'old');
    old.close();

    const a = await tab();
    const b = await tab();
    const inA = value(await a.load('old')).entry;
    const inB = value(await b.load('old')).entry;
    expect(inA.revision).toBe(0);
    expect(value(await a.list()).entries.map((e) => e.revision)).toEqual([0]);
    expect(value(await a.save(inA, snapshot('A'))).revision).toBe(1);
    expect(conflictOf(await b.save(inB, snapshot('B')))).toMatchObject({ kind: 'changed' });
  });

  it('checks by reading first what a tab learned long ago, after old markers were pruned', async () => {
    const a = await tab();
    const created = value(await a.create({ name: 'Park', model: park }));
    const b = await tab();
    const inB = value(await b.load(created.id)).entry;
    value(await a.save(created, snapshot('A')));
    expect(await markers()).toBe(1);

    // Beyond the markers' lifetime a new tab prunes them: B must not rely on them any more.
    time += MARKER_LIFETIME_MS + 1;
    await tab();
    expect(await markers()).toBe(0);
    expect(conflictOf(await b.save(inB, snapshot('B stale')))).toMatchObject({
      kind: 'changed',
      entry: { revision: 2 },
    });
    expect(await smelterName(b, created.id)).toBe('A');
  });

  it('holds in the memory library too, which a page falls back to', async () => {
    const backend = createMemoryBackend();
    const a = createModelLibrary(backend);
    const b = createModelLibrary(backend);
    const created = value(await a.create({ name: 'Park', model: park }));
    const inB = value(await b.load(created.id)).entry;
    value(await a.save(created, snapshot('A')));
    expect(conflictOf(await b.save(inB, snapshot('B')))).toMatchObject({ kind: 'changed' });
    expect(await smelterName(b, created.id)).toBe('A');
  });
});

describe('revision knowledge', () => {
  it('is fresh only for the revision learned, and only for a while', () => {
    const knowledge = createRevisionKnowledge();
    knowledge.learn('m', 3, 100);
    expect(knowledge.isFresh('m', 3, 100 + FRESH_MS - 1)).toBe(true);
    expect(knowledge.isFresh('m', 3, 100 + FRESH_MS)).toBe(false);
    expect(knowledge.isFresh('m', 2, 101)).toBe(false);
    expect(knowledge.isFresh('other', 3, 101)).toBe(false);
    const entry: LibraryEntry = { id: 'm', name: 'M', kind: 'model', created: 0, updated: 0 };
    expect(revisionOf(entry)).toBe(0);
  });
});

async function markers(): Promise<number> {
  const db = await openDB(LIBRARY_DATABASE);
  const count = await db.count('revisions');
  db.close();
  return count;
}
