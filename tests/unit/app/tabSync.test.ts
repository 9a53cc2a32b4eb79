/**
 * The early notice between tabs: changes announced on one channel reach the
 * others (not the sender), messages that are not ours are ignored, a
 * browser without BroadcastChannel still works, and the open model's state
 * after another tab's change: a rename on top is taken over, anything else
 * newer is a conflict, old news is ignored.
 */
import { describe, expect, it, vi } from 'vitest';
import { createMemoryBackend } from '../../../src/app/library/libraryBackend.ts';
import type { LibraryEntry } from '../../../src/app/library/libraryRecord.ts';
import { createModelLibrary } from '../../../src/app/library/modelLibrary.ts';
import {
  afterChange,
  afterSaveConflict,
  announcing,
  broadcastPort,
  openTabChannel,
  type LibraryChange,
  type TabState,
} from '../../../src/app/library/tabSync.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { fakeHub } from './fakeChannel.ts';

const entry = (revision: number, name = 'Park', id = 'm'): LibraryEntry => ({
  id,
  name,
  kind: 'model',
  created: 1,
  updated: revision,
  revision,
});
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the tab channel', () => {
  it('tells the other tabs, not the sender, and ignores what is not a change of ours', async () => {
    const hub = fakeHub();
    const a = openTabChannel(hub.port(), 'a');
    const b = openTabChannel(hub.port(), 'b');
    const heardByA: LibraryChange[] = [];
    const heardByB: LibraryChange[] = [];
    a.subscribe((change) => heardByA.push(change));
    const unsubscribe = b.subscribe((change) => heardByB.push(change));
    a.announce({ kind: 'saved', entry: entry(2) });
    a.announce({ kind: 'deleted', id: 'x' });
    const stranger = hub.port();
    stranger.post({ tab: 'c', kind: 'saved', id: 'm', entry: { id: 'm' } });
    stranger.post({ tab: 'c', kind: 'saved', id: 'other', entry: { ...entry(3), format: 1 } });
    stranger.post('hello');
    // B's own message (another channel object of the same tab, say) is not news to B.
    stranger.post({ tab: 'b', kind: 'deleted', id: 'echo' });
    await flush();
    expect(heardByA).toEqual([{ kind: 'deleted', id: 'echo' }]);
    expect(heardByB).toEqual([
      { kind: 'saved', entry: entry(2) },
      { kind: 'deleted', id: 'x' },
    ]);
    unsubscribe();
    a.close();
    a.announce({ kind: 'deleted', id: 'y' });
    await flush();
    expect(heardByB).toHaveLength(2);
  });

  it('says nothing, and fails nowhere, without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    try {
      expect(broadcastPort()).toBeNull();
      const channel = openTabChannel();
      channel.subscribe(() => undefined)();
      channel.announce({ kind: 'deleted', id: 'm' });
      channel.close();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('announces the library’s new models, saves, renames and deletes, and only those that happened', async () => {
    const hub = fakeHub();
    const heard: LibraryChange[] = [];
    openTabChannel(hub.port(), 'listener').subscribe((change) => heard.push(change));
    const library = announcing(createModelLibrary(createMemoryBackend()), openTabChannel(hub.port(), 'writer'));
    const park = buildPark({ materials: { slag: 'by-product' }, enterprises: { smelter: { out: { slag: 1 } } } });
    const created = await library.create({ name: 'Park', model: park });
    if (!created.ok) throw new Error('create failed');
    const saved = await library.save(created.value, { model: park, past: [], future: [] });
    await library.rename(created.value.id, 'Renamed');
    await library.rename(created.value.id, ' ');
    const copy = await library.duplicate(created.value.id, 'Copy');
    if (!copy.ok) throw new Error('duplicate failed');
    await library.delete(created.value.id);
    await flush();
    // New models are told as saves of revision 1, so another tab's library list shows them.
    expect(
      heard.map((c) => [c.kind, c.kind === 'deleted' ? c.id : c.entry.id, c.kind === 'deleted' ? 0 : c.entry.revision]),
    ).toEqual([
      ['saved', created.value.id, 1],
      ['saved', created.value.id, 2],
      ['renamed', created.value.id, 3],
      ['saved', copy.value.id, 1],
      ['deleted', created.value.id, 0],
    ]);
    expect(saved.ok && heard[1]?.kind === 'saved' && heard[1].entry).toEqual(saved.ok && saved.value);
  });
});

describe('the open model after another tab’s change', () => {
  const open: TabState = { entry: entry(3), conflict: null };

  it('ignores other models and old news', () => {
    expect(afterChange(open, { kind: 'saved', entry: entry(9, 'X', 'other') })).toBe(open);
    expect(afterChange(open, { kind: 'deleted', id: 'other' })).toBe(open);
    expect(afterChange(open, { kind: 'saved', entry: entry(3) })).toBe(open);
    expect(afterChange(open, { kind: 'renamed', entry: entry(2) })).toBe(open);
  });

  it('takes over a rename made on top of its revision, and settles the conflict it caused', () => {
    expect(afterChange(open, { kind: 'renamed', entry: entry(4, 'New') })).toEqual({
      entry: entry(4, 'New'),
      conflict: null,
    });
    const ranInto = afterSaveConflict(open, { kind: 'changed', entry: entry(4, 'New') });
    expect(ranInto.conflict).toEqual({ kind: 'changed', entry: entry(4, 'New') });
    expect(afterChange(ranInto, { kind: 'renamed', entry: entry(4, 'New') })).toEqual({
      entry: entry(4, 'New'),
      conflict: null,
    });
  });

  it('is in conflict after a newer save, a rename over a revision it has not seen, or a delete', () => {
    expect(afterChange(open, { kind: 'saved', entry: entry(4) }).conflict).toEqual({
      kind: 'changed',
      entry: entry(4),
    });
    expect(afterChange(open, { kind: 'renamed', entry: entry(5, 'New') }).conflict).toMatchObject({
      kind: 'changed',
    });
    const deleted = afterChange(open, { kind: 'deleted', id: 'm' });
    expect(deleted.conflict).toEqual({ kind: 'deleted', id: 'm', name: 'Park' });
    // Deleted is final; a later conflict keeps the newest news.
    expect(afterChange(deleted, { kind: 'saved', entry: entry(8) })).toBe(deleted);
    const newer = afterChange(open, { kind: 'saved', entry: entry(6) });
    expect(afterChange(newer, { kind: 'saved', entry: entry(5) })).toBe(newer);
    expect(afterSaveConflict(newer, { kind: 'changed', entry: entry(5) }).conflict).toEqual(newer.conflict);
  });
});
