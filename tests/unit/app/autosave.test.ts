/**
 * Autosave: a lone change at once, a burst gathered into one save, saves one
 * at a time, failures kept dirty, and a conflict with another tab holding
 * every save (changes still gathered) until it is settled.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type SaveOutcome, type SaveStatus } from '../../../src/app/library/autosave.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A save that waits until the test lets it finish, recording the state it wrote. */
function controlledSave(state: { value: number }) {
  const written: number[] = [];
  const waiting: ((kept: SaveOutcome) => void)[] = [];
  const save = () => {
    written.push(state.value);
    return new Promise<SaveOutcome>((resolve) => waiting.push(resolve));
  };
  const finish = async (kept: SaveOutcome = true) => {
    waiting.shift()?.(kept);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { save, written, finish };
}

describe('autosave', () => {
  it('saves a change after a quiet spell at once, and gathers a burst that follows into one save', async () => {
    const state = { value: 1 };
    const statuses: SaveStatus[] = [];
    const { save, written, finish } = controlledSave(state);
    const autosave = createAutosave({ save, delayMs: 400, onStatus: (s) => statuses.push(s) });
    autosave.markDirty();
    expect(written).toEqual([1]);
    await finish();
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
    for (const value of [2, 3, 4]) {
      state.value = value;
      autosave.markDirty();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(written).toEqual([1]);
    await vi.advanceTimersByTimeAsync(400);
    expect(written).toEqual([1, 4]);
    await finish();
    expect(statuses.at(-1)).toBe('saved');
  });

  it('never runs two saves at once, and writes the latest state after a slow one', async () => {
    const state = { value: 1 };
    const { save, written, finish } = controlledSave(state);
    const autosave = createAutosave({ save, delayMs: 400 });
    autosave.markDirty();
    state.value = 2;
    autosave.markDirty();
    state.value = 3;
    autosave.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([1]);
    await finish();
    expect(written).toEqual([1, 3]);
    await finish();
  });

  it('flushes what is pending, and waits for it', async () => {
    const state = { value: 1 };
    const { save, written, finish } = controlledSave(state);
    const autosave = createAutosave({ save, delayMs: 400 });
    autosave.markDirty();
    await finish();
    state.value = 2;
    autosave.markDirty();
    expect(written).toEqual([1]);
    let flushed = false;
    const flushing = autosave.flush().then(() => (flushed = true));
    expect(written).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    await finish();
    await flushing;
    expect(flushed).toBe(true);
    await autosave.flush();
    expect(written).toEqual([1, 2]);
  });

  it('reports a failed save and tries again with the next change', async () => {
    const state = { value: 1 };
    const statuses: SaveStatus[] = [];
    const { save, written, finish } = controlledSave(state);
    const autosave = createAutosave({ save, delayMs: 400, onStatus: (s) => statuses.push(s) });
    autosave.markDirty();
    await finish(false);
    expect(statuses.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([1]);
    state.value = 2;
    autosave.markDirty();
    await vi.advanceTimersByTimeAsync(400);
    expect(written).toEqual([1, 2]);
    await finish();
    expect(statuses.at(-1)).toBe('saved');
  });

  it('treats a save that throws as a failed one', async () => {
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({
      save: () => Promise.reject(new Error('boom')),
      delayMs: 10,
      onStatus: (s) => statuses.push(s),
    });
    autosave.markDirty();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('failed');
  });

  it('holds every save after a conflict, keeps gathering changes, and saves them when resumed', async () => {
    const state = { value: 1 };
    const statuses: SaveStatus[] = [];
    const { save, written, finish } = controlledSave(state);
    const autosave = createAutosave({ save, delayMs: 400, onStatus: (s) => statuses.push(s) });
    autosave.markDirty();
    await finish('conflict');
    expect(statuses.at(-1)).toBe('conflict');
    state.value = 2;
    autosave.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await autosave.flush()).toBe('conflict');
    expect(written).toEqual([1]);
    expect(autosave.unsaved()).toBe(true);
    expect(statuses.at(-1)).toBe('conflict');

    autosave.resume({ discard: false });
    expect(written).toEqual([1, 2]);
    await finish();
    expect(statuses.at(-1)).toBe('saved');
    expect(autosave.unsaved()).toBe(false);
  });

  it('holds when told by another tab, lets a running save end, and drops what a resume discards', async () => {
    const state = { value: 1 };
    const statuses: SaveStatus[] = [];
    const { save, written, finish } = controlledSave(state);
    const autosave = createAutosave({ save, delayMs: 400, onStatus: (s) => statuses.push(s) });
    autosave.markDirty();
    state.value = 2;
    autosave.markDirty();
    autosave.hold();
    // The running save ends (the library refuses it if it would write over the other tab); nothing follows it.
    await finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([1]);
    expect(statuses.at(-1)).toBe('conflict');
    autosave.resume({ discard: true });
    expect(statuses.at(-1)).toBe('saved');
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([1]);
    expect(autosave.unsaved()).toBe(false);
  });
});
