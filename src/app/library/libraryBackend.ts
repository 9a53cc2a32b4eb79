/**
 * Where the model library keeps its records: IndexedDB when the browser
 * allows it (indexedDbBackend.ts), else this page's memory. Both run each
 * operation as one transaction — all of its writes land or none do — so
 * the library logic is written once, above either.
 *
 * Values read back are `unknown`: nothing in storage is trusted.
 */

export interface LibraryTransaction {
  entry(id: string): Promise<unknown>;
  model(id: string): Promise<unknown>;
  putEntry(id: string, value: unknown): void;
  putModel(id: string, value: unknown): void;
  /** The stored chunks of model `id` (modelChunks.ts) by key. */
  chunks(id: string): Promise<ReadonlyMap<string, unknown>>;
  chunkKeys(id: string): Promise<readonly string[]>;
  putChunk(id: string, key: string, value: unknown): void;
  removeChunk(id: string, key: string): void;
  /** Removes the entry, its model and the model's chunks. */
  remove(id: string): void;
  setLastOpened(id: string): void;
  /**
   * Records that `revision` of model `id` has a successor (revisions.ts).
   * `exclusive`: if it already has one, the whole transaction fails and
   * none of its writes are kept — the check that two tabs cannot both pass.
   */
  retireRevision(id: string, revision: number, time: number, exclusive: boolean): void;
}

export interface LibraryBackend {
  /** False when nothing outlives the page. */
  readonly persistent: boolean;
  /** Every entry with the key it is stored under (a damaged entry may have lost its own id). */
  entries(): Promise<readonly { readonly key: string; readonly value: unknown }[]>;
  lastOpened(): Promise<unknown>;
  /**
   * Runs `work` as one transaction. `work` may only wait for the
   * transaction's own reads (IndexedDB commits a transaction that is left
   * idle); if it throws, nothing it wrote is kept.
   */
  transaction<T>(mode: 'readonly' | 'readwrite', work: (tx: LibraryTransaction) => Promise<T>): Promise<T>;
}

/** Raised when an exclusive `retireRevision` finds the revision already retired. */
class RevisionTakenError extends Error {
  constructor() {
    super('the revision was already written over');
    this.name = 'ConstraintError';
  }
}

/** The library in this page's memory: it works for the session and is gone with it. */
export function createMemoryBackend(): LibraryBackend {
  const entries = new Map<string, unknown>();
  const models = new Map<string, unknown>();
  const chunks = new Map<string, Map<string, unknown>>();
  const chunksOf = (id: string) => chunks.get(id) ?? chunks.set(id, new Map()).get(id)!;
  // Retired revisions by `JSON.stringify([id, revision])`: never pruned, they live as long as the page.
  const retired = new Set<string>();
  let lastOpened: string | undefined;
  return {
    persistent: false,
    entries: () => Promise.resolve([...entries].map(([key, value]) => ({ key, value }))),
    lastOpened: () => Promise.resolve(lastOpened),
    async transaction(_mode, work) {
      // Writes are staged and applied only when the work succeeds, as a transaction would.
      const staged: (() => void)[] = [];
      let taken = false;
      const result = await work({
        entry: (id) => Promise.resolve(entries.get(id)),
        model: (id) => Promise.resolve(models.get(id)),
        putEntry: (id, value) => staged.push(() => entries.set(id, value)),
        putModel: (id, value) => staged.push(() => models.set(id, value)),
        chunks: (id) => Promise.resolve(new Map(chunks.get(id))),
        chunkKeys: (id) => Promise.resolve([...(chunks.get(id)?.keys() ?? [])]),
        putChunk: (id, key, value) => staged.push(() => chunksOf(id).set(key, value)),
        removeChunk: (id, key) => staged.push(() => chunks.get(id)?.delete(key)),
        remove: (id) =>
          staged.push(() => {
            entries.delete(id);
            models.delete(id);
            chunks.delete(id);
          }),
        setLastOpened: (id) =>
          staged.push(() => {
            lastOpened = id;
          }),
        retireRevision: (id, revision, _time, exclusive) => {
          const key = JSON.stringify([id, revision]);
          if (exclusive && retired.has(key)) taken = true;
          staged.push(() => retired.add(key));
        },
      });
      if (taken) throw new RevisionTakenError();
      for (const write of staged) write();
      return result;
    },
  };
}
