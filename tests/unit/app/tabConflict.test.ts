// @vitest-environment jsdom
/**
 * Two tabs with one model open (two stores, each with a library object of
 * its own over one shared backend, and a fake BroadcastChannel between
 * them): the tab that is behind stops saving, keeps its edits in memory,
 * and the user either loads the other tab's version or keeps this one as
 * a copy; the library's revision check alone catches it without the
 * channel; a delete offers to save again; a rename is simply taken over.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renameEnterprise } from '../../../src/app/model/inspectorEdits.ts';
import { canUndo } from '../../../src/app/model/history.ts';
import { createMemoryBackend, type LibraryBackend } from '../../../src/app/library/libraryBackend.ts';
import { createModelLibrary, type ModelLibrary } from '../../../src/app/library/modelLibrary.ts';
import type { StartResult } from '../../../src/app/library/startModel.ts';
import { announcing, openTabChannel } from '../../../src/app/library/tabSync.ts';
import { useModelStore, type ModelStore, type StoreState } from '../../../src/app/library/useModelStore.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { fakeHub, type FakeHub } from './fakeChannel.ts';
import { slagPark } from '../../fixtures/slagPark.ts';

const park = slagPark;

function ready(state: StoreState): ModelStore {
  if (state.status !== 'ready') throw new Error(`store is ${state.status}`);
  return state.store;
}

const smelter = (model: ParkModel) => model.enterprises.find((e) => e.id === 'smelter')!.name.en;

/** A library as IndexedDB would be: shared by the tabs, and persistent (so changes are announced). */
function sharedBackend(): LibraryBackend {
  return { ...createMemoryBackend(), persistent: true };
}

/** One tab with model `id` open; `hub` null: a browser without BroadcastChannel. */
async function openTab(backend: LibraryBackend, hub: FakeHub | null, id: string) {
  const library = createModelLibrary(backend);
  const loaded = await library.load(id);
  if (!loaded.ok) throw new Error('load failed');
  const start = (): Promise<StartResult> => Promise.resolve({ ok: true, library, opened: loaded.value, notices: [] });
  const hook = renderHook(() => useModelStore(start, park, { channel: () => openTabChannel(hub?.port() ?? null) }));
  await waitFor(() => expect(hook.result.current.status).toBe('ready'));
  const store = () => ready(hook.result.current);
  const edit = (name: string) =>
    act(() => {
      expect(store().commit(renameEnterprise(store().session.history.present, 'smelter', { en: name })!).ok).toBe(true);
    });
  return { store, edit, unmount: hook.unmount };
}

async function twoTabs(hub: FakeHub | null = fakeHub()) {
  const backend = sharedBackend();
  const created = await createModelLibrary(backend).create({ name: 'Park', model: park });
  if (!created.ok) throw new Error('create failed');
  const a = await openTab(backend, hub, created.value.id);
  const b = await openTab(backend, hub, created.value.id);
  /** What the library holds now, as a third tab would read it. */
  const stored = async (id = created.value.id) => {
    const loaded = await createModelLibrary(backend).load(id);
    if (!loaded.ok) throw new Error('load failed');
    return loaded.value;
  };
  const other: ModelLibrary = announcing(createModelLibrary(backend), openTabChannel(hub?.port() ?? null));
  return { backend, id: created.value.id, a, b, stored, other };
}

describe('two tabs with one model open', () => {
  it('stops the tab that is behind from saving, keeps its edits, and loads the other tab’s version on request', async () => {
    const { a, b, stored } = await twoTabs();
    a.edit('From A');
    await waitFor(() => expect(b.store().conflict).toMatchObject({ kind: 'changed' }));
    expect(a.store().saveStatus).toBe('saved');
    expect(b.store().saveStatus).toBe('conflict');
    expect(b.store().saveProblems[0]?.code).toBe('library-conflict');

    b.edit('From B');
    expect(smelter(b.store().session.history.present)).toBe('From B');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(b.store().saveStatus).toBe('conflict');
    expect(smelter((await stored()).model)).toBe('From A');

    await act(async () => {
      expect((await b.store().resolveConflict.loadTheirs()).ok).toBe(true);
    });
    expect(b.store().conflict).toBeNull();
    expect(smelter(b.store().session.history.present)).toBe('From A');
    expect(b.store().saveStatus).toBe('saved');
    // B is now up to date: its next edit is saved, and it is A's turn to be behind.
    b.edit('B after loading');
    await waitFor(async () => expect(smelter((await stored()).model)).toBe('B after loading'));
    await waitFor(() => expect(a.store().conflict).toMatchObject({ kind: 'changed' }));
  });

  it('keeps this tab’s version as a new library model, with its undo history, beside the other tab’s', async () => {
    const { a, b, stored, other } = await twoTabs();
    a.edit('From A');
    await waitFor(() => expect(b.store().conflict).not.toBeNull());
    b.edit('From B');
    let copyId = '';
    await act(async () => {
      const kept = await b.store().resolveConflict.keepAsCopy('Park (copy from this tab)');
      if (!kept.ok) throw new Error('not kept');
      copyId = kept.value.id;
    });
    expect(b.store().conflict).toBeNull();
    expect(b.store().session.entry).toMatchObject({ id: copyId, name: 'Park (copy from this tab)' });
    expect(canUndo(b.store().session.history)).toBe(true);
    await waitFor(async () => expect((await stored(copyId)).past).toHaveLength(1));
    expect(smelter((await stored(copyId)).model)).toBe('From B');
    expect(smelter((await stored()).model)).toBe('From A');
    const listed = await other.list();
    expect(listed.ok && listed.value.entries.map((e) => e.name).sort()).toEqual(['Park', 'Park (copy from this tab)']);
    // A, which kept the model, is not disturbed.
    expect(a.store().conflict).toBeNull();
  });

  it('is caught by the library’s revision check alone in a browser without BroadcastChannel', async () => {
    const { a, b, stored } = await twoTabs(null);
    a.edit('From A');
    await waitFor(() => expect(a.store().saveStatus).toBe('saved'));
    expect(b.store().conflict).toBeNull();
    b.edit('From B');
    await waitFor(() => expect(b.store().saveStatus).toBe('conflict'));
    expect(b.store().conflict).toMatchObject({ kind: 'changed' });
    expect(b.store().saveProblems[0]?.code).toBe('library-conflict');
    expect(smelter((await stored()).model)).toBe('From A');
    expect(smelter(b.store().session.history.present)).toBe('From B');
  });

  it('refuses to leave the model while its changes are held, and to rename it', async () => {
    const { a, b, other } = await twoTabs();
    const elsewhere = await other.create({ name: 'Elsewhere', model: park });
    if (!elsewhere.ok) throw new Error('create failed');
    a.edit('From A');
    await waitFor(() => expect(b.store().conflict).not.toBeNull());
    b.edit('From B');
    await act(async () => {
      const opened = await b.store().library.open(elsewhere.value.id);
      expect(opened.ok).toBe(false);
      if (!opened.ok) expect(opened.problems[0]!.code).toBe('library-conflict');
      expect((await b.store().library.rename(b.store().session.entry.id, 'New')).ok).toBe(false);
    });
    expect(smelter(b.store().session.history.present)).toBe('From B');
  });

  it('offers to save the model again when another tab deleted it', async () => {
    const { id, b, stored, other } = await twoTabs();
    b.edit('From B');
    await waitFor(() => expect(b.store().saveStatus).toBe('saved'));
    await other.delete(id);
    await waitFor(() => expect(b.store().conflict).toEqual({ kind: 'deleted', id, name: 'Park' }));
    b.edit('Still here');
    await act(async () => {
      const kept = await b.store().resolveConflict.keepAsCopy('Park');
      expect(kept.ok).toBe(true);
    });
    expect(b.store().session.entry.id).not.toBe(id);
    await waitFor(async () => expect(smelter((await stored(b.store().session.entry.id)).model)).toBe('Still here'));
  });

  it('takes over a rename made in another tab, and goes on saving under the new name', async () => {
    const { id, b, stored, other } = await twoTabs();
    await other.rename(id, 'Renamed');
    await waitFor(() => expect(b.store().session.entry.name).toBe('Renamed'));
    expect(b.store().conflict).toBeNull();
    b.edit('From B');
    await waitFor(async () => expect(smelter((await stored()).model)).toBe('From B'));
    expect((await stored()).entry.name).toBe('Renamed');
    expect(b.store().saveStatus).toBe('saved');
  });
});
