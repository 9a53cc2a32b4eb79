// @vitest-environment jsdom
/**
 * The store hook the app uses: edits are undo steps and are saved, positions
 * are saved but are not undo steps, switching models saves the open one
 * first, and the open model cannot be deleted.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { canUndo } from '../../../src/app/model/history.ts';
import { renameEnterprise } from '../../../src/app/model/inspectorEdits.ts';
import { edited } from './edited.ts';
import { createMemoryBackend } from '../../../src/app/library/libraryBackend.ts';
import { createModelLibrary, type ModelLibrary } from '../../../src/app/library/modelLibrary.ts';
import type { StartResult } from '../../../src/app/library/startModel.ts';
import { useModelStore, type ModelStore, type StoreState } from '../../../src/app/library/useModelStore.ts';
import { problem } from '../../../src/core/model/problems.ts';
import { slagPark } from '../../fixtures/slagPark.ts';

const park = slagPark;

async function setUp() {
  const library = createModelLibrary(createMemoryBackend());
  const created = await library.create({ name: 'Test', model: park });
  if (!created.ok) throw new Error('create failed');
  const start = (): Promise<StartResult> =>
    Promise.resolve({
      ok: true,
      library,
      opened: { entry: created.value, model: park, past: [], future: [], notes: [] },
      notices: [],
    });
  const hook = renderHook(() => useModelStore(start, park));
  await waitFor(() => expect(hook.result.current.status).toBe('ready'));
  const store = () => ready(hook.result.current);
  return { library, entry: created.value, store };
}

function ready(state: StoreState): ModelStore {
  if (state.status !== 'ready') throw new Error(`store is ${state.status}`);
  return state.store;
}

async function saved(library: ModelLibrary, id: string) {
  const loaded = await library.load(id);
  if (!loaded.ok) throw new Error('load failed');
  return loaded.value;
}

describe('the model store', () => {
  it('commits an edit as an undo step, saves it, and saves the undo too', async () => {
    const { library, entry, store } = await setUp();
    const edit = renameEnterprise(park, 'smelter', { en: 'Smelter' })!;
    act(() => {
      expect(store().commit(edit).ok).toBe(true);
    });
    const after = edited(park, edit);
    expect(store().session.history.present).toEqual(after);
    expect(store().session.history.present.flows).toBe(park.flows);
    await waitFor(async () => expect((await saved(library, entry.id)).model).toEqual(after));
    expect((await saved(library, entry.id)).past.map((s) => s.label)).toEqual([edit.label]);
    await waitFor(() => expect(store().saveStatus).toBe('saved'));
    act(() => store().undo());
    expect(store().session.history.present).toBe(park);
    await waitFor(async () => expect((await saved(library, entry.id)).model).toEqual(park));
    expect((await saved(library, entry.id)).future.map((s) => s.label)).toEqual([edit.label]);
  });

  it('refuses an invalid edit and saves nothing', async () => {
    const { library, entry, store } = await setUp();
    const broken = {
      changes: [{ kind: 'remove-material', material: 'slag' }],
      label: { zh: '坏', en: 'bad' },
    } as const;
    let result: ReturnType<ModelStore['commit']> | undefined;
    act(() => {
      result = store().commit(broken);
    });
    expect(result?.ok).toBe(false);
    expect(store().session.history.present).toBe(park);
    expect(canUndo(store().session.history)).toBe(false);
    expect((await saved(library, entry.id)).model).toEqual(park);
  });

  it('saves positions with the model without making them an undo step', async () => {
    const { library, entry, store } = await setUp();
    act(() => store().keepPositions({ smelter: { x: 1, y: 2 }, builder: { x: Number.NaN, y: 0 } }));
    expect(store().positions()).toMatchObject({ smelter: { x: 1, y: 2 } });
    expect(canUndo(store().session.history)).toBe(false);
    // Non-finite coordinates would make the saved model invalid: they are left out.
    await waitFor(async () =>
      expect((await saved(library, entry.id)).model.view?.positions).toEqual({ smelter: { x: 1, y: 2 } }),
    );
  });

  it('saves the open model before opening another, and takes the other one’s positions', async () => {
    const { library, entry, store } = await setUp();
    const other = await library.create({
      name: 'Other',
      model: { ...park, view: { positions: { smelter: { x: 9, y: 9 } } } },
    });
    if (!other.ok) throw new Error('create failed');
    const edit = renameEnterprise(park, 'smelter', { en: 'Edited' })!;
    act(() => void store().commit(edit));
    await act(async () => {
      expect((await store().library.open(other.value.id)).ok).toBe(true);
    });
    expect(store().session.entry.id).toBe(other.value.id);
    expect(store().positions()).toEqual({ smelter: { x: 9, y: 9 } });
    expect((await saved(library, entry.id)).model).toEqual(edited(park, edit));
    expect(await library.lastOpened()).toBe(other.value.id);
  });

  it('renames the open model in place and refuses to delete it', async () => {
    const { entry, store } = await setUp();
    await act(async () => {
      expect((await store().library.rename(entry.id, 'Renamed')).ok).toBe(true);
    });
    expect(store().session.entry.name).toBe('Renamed');
    const deleted = await store().library.delete(entry.id);
    expect(deleted.ok).toBe(false);
    if (!deleted.ok) expect(deleted.problems[0]!.code).toBe('library-delete-open');
  });

  it('resets to the reference park as an undoable step', async () => {
    const { store } = await setUp();
    const edit = renameEnterprise(park, 'smelter', { en: 'Edited' })!;
    act(() => void store().commit(edit));
    act(() => void store().resetToReference());
    expect(store().session.history.present).toBe(park);
    act(() => store().undo());
    expect(store().session.history.present).toEqual(edited(park, edit));
  });

  it('reports a start that fails', async () => {
    const errors = [problem('error', 'model-fetch-failed', [], { zh: '无法下载', en: 'cannot download' })];
    const start = (): Promise<StartResult> => Promise.resolve({ ok: false, errors });
    const hook = renderHook(() => useModelStore(start, park));
    await waitFor(() => expect(hook.result.current).toEqual({ status: 'failed', errors }));
  });
});
