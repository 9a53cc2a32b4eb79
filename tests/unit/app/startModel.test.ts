/**
 * Which model the app opens on start: the reference park the first time
 * (with a layout kept the old way), the last one after a reload, a `?model=`
 * file once and its library entry after, and never a damaged record.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../../src/app/library/libraryBackend.ts';
import { createModelLibrary, type ModelLibrary } from '../../../src/app/library/modelLibrary.ts';
import type { ModelAddress } from '../../../src/app/library/modelSource.ts';
import {
  startModel,
  type FetchedModel,
  type StartOptions,
  type StartResult,
} from '../../../src/app/library/startModel.ts';
import { problem } from '../../../src/core/model/problems.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { renamed } from './edited.ts';

const reference = buildPark({
  materials: { slag: 'by-product' },
  enterprises: { smelter: { out: { slag: 4 } }, builder: { in: { slag: 4 } } },
  flows: [['smelter', 'builder', 'slag', 4]],
});
const remote = { ...reference, park: { ...reference.park, id: 'remote', name: { en: 'Remote park' } } };
const URL_ADDRESS: ModelAddress = { ok: true, url: 'https://example.org/remote.json' };

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

function options(library: ModelLibrary, over: Partial<StartOptions> = {}): StartOptions & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    library,
    reference,
    address: null,
    fetchModel: (url): Promise<FetchedModel> => {
      fetched.push(url);
      return Promise.resolve({ ok: true, model: remote });
    },
    nameOf: (model) => model.park.name.en ?? model.park.id,
    fetched,
    ...over,
  };
}

async function entries(library: ModelLibrary) {
  const listing = await library.list();
  return listing.ok ? listing.value.entries : [];
}

function opened(result: StartResult) {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('; '));
  return result;
}

describe('starting the app', () => {
  it('stores the reference park the first time, taking along the layout the browser kept for it', async () => {
    const library = createModelLibrary(createMemoryBackend());
    const storage = new MemoryStorage();
    storage.items.set('symbiograph.positions.test', JSON.stringify({ smelter: { x: 5, y: 6 } }));
    const first = opened(await startModel(options(library, { legacyStorage: storage })));
    expect(first.opened.entry).toMatchObject({ name: 'Test park', origin: 'reference', kind: 'model' });
    expect(first.opened.model.view?.positions).toEqual({ smelter: { x: 5, y: 6 } });
    expect(storage.items.size).toBe(0);
    expect(first.notices).toEqual([]);
    expect(await library.lastOpened()).toBe(first.opened.entry.id);
  });

  it('reopens the model opened last, as it was saved', async () => {
    const library = createModelLibrary(createMemoryBackend());
    const first = opened(await startModel(options(library)));
    const edited = renamed(reference, 'Edited');
    await library.save(first.opened.entry, { model: edited, past: [], future: [] });
    const again = opened(await startModel(options(library)));
    expect(again.opened.entry.id).toBe(first.opened.entry.id);
    expect(again.opened.model).toEqual(edited);
    expect(await entries(library)).toHaveLength(1);
  });

  it('opens a ?model= file once, then its library entry with the edits made since', async () => {
    const library = createModelLibrary(createMemoryBackend());
    const start = options(library, { address: URL_ADDRESS });
    const first = opened(await startModel(start));
    expect(first.opened.entry).toMatchObject({ name: 'Remote park', origin: URL_ADDRESS.ok && URL_ADDRESS.url });
    expect(start.fetched).toEqual(['https://example.org/remote.json']);
    const edited = renamed(remote, 'Edited');
    await library.save(first.opened.entry, { model: edited, past: [], future: [] });
    const again = opened(await startModel(start));
    expect(again.opened.entry.id).toBe(first.opened.entry.id);
    expect(again.opened.model).toEqual(edited);
    expect(start.fetched).toHaveLength(1);
  });

  it('shows the problems of a ?model= file that fails, and of a bad address', async () => {
    const library = createModelLibrary(createMemoryBackend());
    const broken = problem('error', 'model-fetch-failed', [], { zh: '无法下载', en: 'cannot download' });
    const fetchFails = options(library, {
      address: URL_ADDRESS,
      fetchModel: () => Promise.resolve({ ok: false, errors: [broken] }),
    });
    expect(await startModel(fetchFails)).toEqual({ ok: false, errors: [broken] });
    const badAddress: ModelAddress = { ok: false, problem: broken };
    expect(await startModel(options(library, { address: badAddress }))).toEqual({ ok: false, errors: [broken] });
    expect(await entries(library)).toEqual([]);
  });

  it('reports a damaged last model, leaves it alone and opens the most recent one that is fine', async () => {
    const backend = createMemoryBackend();
    const library = createModelLibrary(backend, {
      now: (() => {
        let t = 0;
        return () => ++t;
      })(),
    });
    const good = opened(await startModel(options(library))).opened.entry;
    const damaged = await library.create({ name: 'Damaged', model: reference });
    if (!damaged.ok) throw new Error('create failed');
    await backend.transaction('readwrite', async (tx) => tx.putModel(damaged.value.id, { garbage: true }));
    await library.remember(damaged.value.id);
    const result = opened(await startModel(options(library)));
    expect(result.opened.entry.id).toBe(good.id);
    expect(result.notices.map((n) => [n.key, n.params?.['name']])).toEqual([['notice.openFailed', 'Damaged']]);
    expect(await backend.transaction('readonly', (tx) => tx.model(damaged.value.id))).toEqual({ garbage: true });
  });

  it('goes on in memory, and says so, when the library cannot store the first model', async () => {
    const failing = createModelLibrary({
      persistent: true,
      entries: () => Promise.resolve([]),
      lastOpened: () => Promise.resolve(undefined),
      transaction: () => Promise.reject(new DOMException('disk full', 'QuotaExceededError')),
    });
    const result = opened(await startModel(options(failing)));
    expect(result.library).not.toBe(failing);
    expect(result.library.persistent).toBe(false);
    expect(result.opened.model).toEqual(reference);
    expect(result.notices.map((n) => n.key)).toEqual(['notice.storeFailed']);
  });
});
