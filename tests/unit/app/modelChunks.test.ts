/**
 * The saved model in chunks: a save writes the chunks an edit changed and
 * deletes those nothing refers to, a reload puts the same models back
 * together (steps sharing what they shared), another tab's write makes this
 * tab write everything again, and a damaged chunk is reported, not read.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openIndexedDbBackend, LIBRARY_DATABASE } from '../../../src/app/library/indexedDbBackend.ts';
import type { LibraryBackend, LibraryTransaction } from '../../../src/app/library/libraryBackend.ts';
import { assembleModels, NOTHING_STORED, planChunks } from '../../../src/app/library/modelChunks.ts';
import { createModelLibrary, type ModelLibrary } from '../../../src/app/library/modelLibrary.ts';
import { createHistory, recentSteps } from '../../../src/app/model/history.ts';
import { commitEdit } from '../../../src/app/model/modelEdit.ts';
import { withPositions } from '../../../src/app/model/positions.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { applyScenario } from '../../../src/core/scenario/applyScenario.ts';
import type { Change } from '../../../src/core/scenario/changeSet.ts';
import { syntheticPark } from '../../../bench/syntheticPark.ts';
import { value } from '../../fixtures/slagPark.ts';

const park = syntheticPark({ enterprises: 500, flows: 5000, seed: 3 });

function edited(model: ParkModel, ...changes: Change[]): ParkModel {
  const result = applyScenario(model, { id: 'e', name: { en: 'e' }, changes }, undefined, { validation: 'changes' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors.map((e) => e.message.en)));
  return result.model;
}

const quantity = (model: ParkModel, index: number, to: number) =>
  edited(model, { kind: 'update-flow', flow: model.flows[index]!.id, set: { quantity: to } });

let keyCount = 0;
const newKey = () => `k${keyCount++}`;

describe('planChunks', () => {
  it('cuts a large park into chunks, then writes only the chunk an edit changed', () => {
    const first = planChunks({ model: park, past: [], future: [] }, NOTHING_STORED, newKey);
    const flowChunks = first.present.collections.flows.length;
    expect(flowChunks).toBeGreaterThan(3);
    expect(first.writes.size).toBe(first.stored.chunks.size);
    expect(first.deletes).toEqual([]);

    const after = quantity(park, 2500, 1234);
    // The model before the edit is an undo step: its chunk stays.
    const second = planChunks(
      { model: after, past: [{ model: park, label: { zh: 'e', en: 'e' } }], future: [] },
      first.stored,
      newKey,
    );
    expect(second.writes.size).toBe(1);
    expect(second.deletes).toEqual([]);
    expect(second.past[0]!.model).toEqual(first.present);
    // Without the step, its old chunk is deleted.
    const third = planChunks({ model: after, past: [], future: [] }, second.stored, newKey);
    expect(third.writes.size).toBe(0);
    expect(third.deletes).toHaveLength(1);
    expect(third.present).toEqual(second.present);
  });

  it('cuts an edited collection where a fresh cut would, though it hashes only the items it did not cut before', () => {
    const plan = (model: ParkModel) => planChunks({ model, past: [], future: [] }, NOTHING_STORED, newKey);
    const sizes = (planned: ReturnType<typeof plan>) =>
      planned.present.collections.flows.map((key) => (planned.stored.chunks.get(key) as unknown[]).length);
    const before = sizes(plan(park));
    // Ids changed in place: chunk boundaries move.
    const renamed = { ...park, flows: park.flows.map((f, i) => (i % 7 === 0 ? { ...f, id: `${f.id}-r` } : f)) };
    const afterEdit = sizes(plan(renamed));
    // A collection of another length is cut with no help from the last cut.
    plan({ ...park, flows: park.flows.slice(1) });
    const fresh = sizes(plan({ ...renamed, flows: renamed.flows.slice() }));
    expect(afterEdit).toEqual(fresh);
    expect(fresh).not.toEqual(before);
  });

  it('changes one chunk, not every chunk after it, when a flow is removed from the middle', () => {
    const first = planChunks({ model: park, past: [], future: [] }, NOTHING_STORED, newKey);
    const removed = edited(park, { kind: 'remove-flow', flow: park.flows[1000]!.id });
    const second = planChunks({ model: removed, past: [], future: [] }, first.stored, newKey);
    expect(second.writes.size).toBe(1);
    expect(second.deletes).toHaveLength(1);
  });

  it('puts the models back together, undo steps sharing the arrays they shared', () => {
    const after = quantity(park, 10, 99);
    const later = withPositions(quantity(after, 20, 77), { [park.enterprises[0]!.id]: { x: 1, y: 2 } });
    const plan = planChunks(
      {
        model: later,
        past: [
          { model: park, label: { zh: 'a', en: 'a' } },
          { model: after, label: { zh: 'b', en: 'b' } },
        ],
        future: [],
      },
      NOTHING_STORED,
      newKey,
    );
    const assemble = assembleModels(structuredClone(plan.stored.chunks));
    const [a, b] = plan.past.map((step) => assemble(step.model) as ParkModel);
    expect(assemble(plan.present)).toEqual(later);
    expect(a).toEqual(park);
    expect(b).toEqual(after);
    expect(a!.enterprises).toBe(b!.enterprises);
    expect(a!.flows).not.toBe(b!.flows);
  });

  it('gives nothing for a record that lists a chunk not stored', () => {
    const plan = planChunks({ model: park, past: [], future: [] }, NOTHING_STORED, newKey);
    const chunks = new Map(plan.stored.chunks);
    chunks.delete(plan.present.collections.flows[1]!);
    expect(assembleModels(chunks)(plan.present)).toBeUndefined();
    expect(assembleModels(chunks)({ head: {}, collections: { flows: 'x' } })).toBeUndefined();
  });
});

/** The backend with every chunk written or deleted counted. */
function counting(backend: LibraryBackend) {
  const counts = { puts: 0, removes: 0 };
  const counted: LibraryBackend = {
    ...backend,
    entries: () => backend.entries(),
    lastOpened: () => backend.lastOpened(),
    transaction: (mode, work) =>
      backend.transaction(mode, (tx) =>
        work({
          ...tx,
          putChunk: (id, key, v) => {
            counts.puts += 1;
            tx.putChunk(id, key, v);
          },
          removeChunk: (id, key) => {
            counts.removes += 1;
            tx.removeChunk(id, key);
          },
        } satisfies LibraryTransaction),
      ),
  };
  return { counted, counts };
}

async function backend(): Promise<LibraryBackend> {
  const opened = await openIndexedDbBackend();
  if (!opened.ok) throw new Error('no database');
  return opened.backend;
}

/** The chunk keys stored for `id`, and the keys its record lists. */
async function storedKeys(id: string) {
  const db = await openDB(LIBRARY_DATABASE);
  const keys = (await db.getAllKeys('chunks')).map((k) => k as [string, string]).filter(([m]) => m === id);
  const record = (await db.get('models', id)) as {
    model: unknown;
    past: { model: unknown }[];
    future: { model: unknown }[];
  };
  db.close();
  const listed = new Set<string>();
  const list = (m: unknown) => {
    const { collections, view } = m as { collections: Record<string, string[]>; view?: string };
    for (const ks of Object.values(collections)) for (const k of ks) listed.add(k);
    if (view) listed.add(view);
  };
  list(record.model);
  for (const step of [...record.past, ...record.future]) list(step.model);
  return { stored: new Set(keys.map(([, k]) => k)), listed };
}

describe('the library saving in chunks', () => {
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const clockAndIds = () => {
    let time = 1_000;
    return { now: () => (time += 1), newId: () => 'park' };
  };

  it('writes one chunk for a one-flow edit, and a reload reads back what was saved', async () => {
    const { counted, counts } = counting(await backend());
    const library: ModelLibrary = createModelLibrary(counted, clockAndIds());
    let entry = value(await library.create({ name: 'Large', model: park }));
    const created = counts.puts;
    expect(created).toBeGreaterThan(5);

    let history = createHistory(park);
    const step = commitEdit(history, {
      label: { zh: '改', en: 'edit' },
      changes: [{ kind: 'update-flow', flow: park.flows[3000]!.id, set: { quantity: 4321 } }],
    });
    if (!step.ok) throw new Error('edit refused');
    history = step.history;
    entry = value(await library.save(entry, { model: history.present, ...recentSteps(history, 10) }));
    expect(counts.puts - created).toBe(1);
    expect(counts.removes).toBe(0);

    const reloaded = value(await createModelLibrary(await backend(), clockAndIds()).load(entry.id));
    expect(reloaded.model).toEqual(history.present);
    expect(reloaded.past.map((s) => s.model)).toEqual([park]);
    expect(reloaded.past[0]!.model.enterprises).toBe(reloaded.model.enterprises);
    const { stored, listed } = await storedKeys(entry.id);
    expect(stored).toEqual(listed);
  });

  it("writes everything again after another tab's save, and leaves no chunk behind", async () => {
    const tabA = createModelLibrary(await backend(), clockAndIds());
    const entry = value(await tabA.create({ name: 'Large', model: park }));
    const tabB = createModelLibrary(await backend(), { now: () => 5_000, newId: () => 'unused' });
    const openedB = value(await tabB.load(entry.id));
    const savedA = value(await tabA.save(entry, { model: quantity(park, 1, 1), past: [], future: [] }));
    // B's save finds A's revision; B then keeps its own on top of it.
    const mine = quantity(openedB.model, 2, 2);
    const refused = await tabB.save(openedB.entry, { model: mine, past: [], future: [] });
    expect(refused.ok).toBe(false);
    value(await tabB.save({ ...openedB.entry, revision: savedA.revision }, { model: mine, past: [], future: [] }));

    const read = value(await createModelLibrary(await backend(), clockAndIds()).load(entry.id));
    expect(read.model).toEqual(mine);
    const { stored, listed } = await storedKeys(entry.id);
    expect(stored).toEqual(listed);
  });

  it('reports a model whose chunk is missing, and drops only an undo step whose chunk is', async () => {
    const library = createModelLibrary(await backend(), clockAndIds());
    let entry = value(await library.create({ name: 'Large', model: park }));
    const after = quantity(park, 4000, 5);
    entry = value(
      await library.save(entry, { model: after, past: [{ model: park, label: { zh: '改', en: 'e' } }], future: [] }),
    );
    const db = await openDB(LIBRARY_DATABASE);
    const record = (await db.get('models', entry.id)) as {
      model: { collections: { flows: string[] } };
      past: { model: { collections: { flows: string[] } } }[];
    };
    const onlyStep = record.past[0]!.model.collections.flows.find((k) => !record.model.collections.flows.includes(k))!;
    await db.delete('chunks', [entry.id, onlyStep]);
    const stepDropped = value(await createModelLibrary(await backend(), clockAndIds()).load(entry.id));
    expect(stepDropped.model).toEqual(after);
    expect(stepDropped.past).toEqual([]);
    expect(stepDropped.notes.map((n) => n.code)).toEqual(['library-steps-dropped']);

    await db.delete('chunks', [entry.id, record.model.collections.flows[0]!]);
    db.close();
    const broken = await createModelLibrary(await backend(), clockAndIds()).load(entry.id);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]!.code).toBe('library-model-shape');
  });

  it('deletes the chunks with the model', async () => {
    const library = createModelLibrary(await backend(), clockAndIds());
    const entry = value(await library.create({ name: 'Large', model: park }));
    value(await library.delete(entry.id));
    const db = await openDB(LIBRARY_DATABASE);
    expect(await db.count('chunks')).toBe(0);
    db.close();
  });
});
