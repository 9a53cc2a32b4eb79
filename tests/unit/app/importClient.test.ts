/**
 * The import client without a browser: the in-thread fallback (Node has no
 * `Worker`), the real worker module behind a fake `Worker` that passes
 * messages through `structuredClone` as a browser would, a worker that
 * crashes, and cancelling. Every outcome is a report; the open model is
 * never touched.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runImport, type ImportWorker } from '../../../src/app/imports/importClient.ts';
import { prepareImport, type PickedFile } from '../../../src/app/imports/importFlow.ts';
import { canConfirm, type ImportReport } from '../../../src/app/imports/importReport.ts';
import type { ImportWorkerRequest, ImportWorkerResponse } from '../../../src/app/imports/importProtocol.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { MINI_GEXF } from '../../fixtures/io/miniGexf.ts';

const park = buildPark({
  materials: { slag: 'by-product', steel: 'product' },
  enterprises: { smelter: { out: { slag: 4, steel: 2 } }, builder: { in: { slag: 4 } } },
  flows: [['smelter', 'builder', 'slag', 4]],
});
const snapshot = structuredClone(park);

const gexf = (): PickedFile => ({ name: 'mini.gexf', bytes: new TextEncoder().encode(MINI_GEXF) });
const errorCodes = (report: ImportReport) => report.plan.problems.map((p) => p.code);

/** A `Worker` stand-in: records what it was sent and lets the test answer, fail or stay silent. */
class FakeWorker implements ImportWorker {
  onmessage: ImportWorker['onmessage'] = null;
  onerror: ImportWorker['onerror'] = null;
  onmessageerror: ImportWorker['onmessageerror'] = null;
  readonly sent: { message: ImportWorkerRequest; transfer: Transferable[] }[] = [];
  terminated = false;
  postMessage(message: ImportWorkerRequest, transfer: Transferable[]): void {
    this.sent.push({ message, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  fail(message: string): ErrorEvent & { prevented: boolean } {
    const event = {
      message,
      prevented: false,
      preventDefault() {
        event.prevented = true;
      },
    };
    const errorEvent = event as unknown as ErrorEvent & { prevented: boolean };
    this.onerror?.(errorEvent);
    return errorEvent;
  }
}

describe('without Worker (Node, jsdom)', () => {
  it('reads a real file in this thread: the same report as prepareImport, and it survives structuredClone', async () => {
    expect(typeof Worker).toBe('undefined');
    const report = await runImport([gexf()], park);
    expect(report).toEqual(await prepareImport([gexf()], park));
    expect(canConfirm(report)).toBe(true);
    expect(report.current).toBe(park);
    expect(report.plan.ok && report.plan.changes.enterprises.created).toHaveLength(2);
    // What the worker posts back must be plain data: functions or class instances would not clone equal.
    expect(structuredClone(report)).toEqual(report);
  });

  it('still reports a bad file as problems', async () => {
    const report = await runImport([{ name: 'notes.txt', bytes: new Uint8Array(1) }], park);
    expect(errorCodes(report)).toEqual(['import-unknown-format']);
  });

  it('gives a cancelled report when the signal aborted during the read', async () => {
    const controller = new AbortController();
    const pending = runImport([gexf()], park, { signal: controller.signal });
    controller.abort();
    expect(errorCodes(await pending)).toEqual(['import-cancelled']);
  });
});

describe('with the real worker module behind a fake Worker', () => {
  /** The worker's global scope: `onmessage` is set by the module, `postMessage` answers whichever fake is open. */
  const scope: {
    onmessage: ((event: { data: ImportWorkerRequest }) => Promise<void>) | null;
    postMessage: (response: ImportWorkerResponse) => void;
  } = { onmessage: null, postMessage: () => undefined };

  beforeAll(async () => {
    vi.stubGlobal('self', scope);
    await import('../../../src/app/imports/import.worker.ts');
    expect(scope.onmessage).not.toBeNull();
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  /** Crosses the thread boundary as a browser does: the request is cloned with its buffers transferred. */
  function throughWorker(): FakeWorker {
    const worker = new FakeWorker();
    worker.postMessage = (message, transfer) => {
      FakeWorker.prototype.postMessage.call(worker, message, transfer);
      const data = structuredClone(message, { transfer });
      scope.postMessage = (response) => worker.onmessage?.({ data: structuredClone(response) } as MessageEvent);
      void scope.onmessage?.({ data });
    };
    return worker;
  }

  it('transfers the bytes, gets the report back with the open model itself, and ends the worker', async () => {
    const worker = throughWorker();
    const file = gexf();
    const report = await runImport([file], park, { createWorker: () => worker });
    expect(worker.sent[0]!.transfer).toEqual([file.bytes.buffer]);
    // Transferred, not copied: the caller's buffer is detached.
    expect(file.bytes.byteLength).toBe(0);
    expect(report.current).toBe(park);
    expect(report).toEqual(await prepareImport([gexf()], park));
    expect(worker.terminated).toBe(true);
  });

  it('sends the merge choices to the worker and gets the probable duplicates back', async () => {
    const list = () => ({
      name: 'list.csv',
      bytes: new TextEncoder().encode('from,to,material\nAcme,B,x\nACME,C,x\n'),
    });
    const first = await runImport([list()], park, { createWorker: () => throughWorker() });
    expect(first.duplicates?.[0]?.spellings.map((s) => s.name)).toEqual(['Acme', 'ACME']);
    const worker = throughWorker();
    const aliases = [{ name: 'ACME', sameAs: 'Acme' }];
    const merged = await runImport([list()], park, { createWorker: () => worker, aliases });
    expect(worker.sent[0]!.message.aliases).toEqual(aliases);
    expect(merged.duplicates).toBeUndefined();
    expect(merged).toEqual(await prepareImport([list()], park, { aliases }));
  });

  it('transfers a buffer shared by two files once', async () => {
    const worker = throughWorker();
    const buffer = new TextEncoder().encode('from,to,material,category,quantity,unit\nA,B,slag,by-product,1,t/a\n');
    const shared = buffer.buffer;
    const files = [
      { name: 'flows.csv', bytes: new Uint8Array(shared) },
      { name: 'materials.csv', bytes: new Uint8Array(shared, 0, 0) },
    ];
    await runImport(files, park, { createWorker: () => worker });
    expect(worker.sent[0]!.transfer).toEqual([shared]);
  });
});

describe('a worker that fails', () => {
  it('turns an error event into an import-failed report, ends the worker and leaves the model alone', async () => {
    const worker = new FakeWorker();
    const pending = runImport([gexf()], park, { createWorker: () => worker });
    const event = worker.fail('out of memory');
    const report = await pending;
    expect(errorCodes(report)).toEqual(['import-failed']);
    expect(report.plan.problems[0]!.message.en).toContain('out of memory');
    expect(canConfirm(report)).toBe(false);
    expect(report.current).toBe(park);
    expect(park).toEqual(snapshot);
    expect(worker.terminated).toBe(true);
    expect(event.prevented).toBe(true);
  });

  it('says so when the script failed to load (an error event without a message)', async () => {
    const worker = new FakeWorker();
    const pending = runImport([gexf()], park, { createWorker: () => worker });
    worker.fail('');
    expect((await pending).plan.problems[0]!.message.en).toContain('the import worker stopped');
  });

  it('turns a result that cannot be received (messageerror) into an import-failed report', async () => {
    const worker = new FakeWorker();
    const pending = runImport([gexf()], park, { createWorker: () => worker });
    worker.onmessageerror?.(new MessageEvent('messageerror'));
    expect(errorCodes(await pending)).toEqual(['import-failed']);
    expect(worker.terminated).toBe(true);
  });

  it('reports a worker that cannot be made or sent to', async () => {
    const unmade = await runImport([gexf()], park, {
      createWorker: () => {
        throw new Error('workers are blocked');
      },
    });
    expect(unmade.plan.problems[0]!.message.en).toContain('workers are blocked');
    const worker = new FakeWorker();
    worker.postMessage = () => {
      throw new Error('could not be cloned');
    };
    const unsent = await runImport([gexf()], park, { createWorker: () => worker });
    expect(errorCodes(unsent)).toEqual(['import-failed']);
    expect(worker.terminated).toBe(true);
  });
});

describe('cancelling', () => {
  it('ends the worker at once', async () => {
    const worker = new FakeWorker();
    const controller = new AbortController();
    const pending = runImport([gexf()], park, { createWorker: () => worker, signal: controller.signal });
    controller.abort();
    const report = await pending;
    expect(errorCodes(report)).toEqual(['import-cancelled']);
    expect(report.current).toBe(park);
    expect(worker.terminated).toBe(true);
  });

  it('does not start a worker for an import cancelled before it began', async () => {
    const createWorker = vi.fn((): ImportWorker => new FakeWorker());
    const controller = new AbortController();
    controller.abort();
    const report = await runImport([gexf()], undefined as ParkModel | undefined, {
      createWorker,
      signal: controller.signal,
    });
    expect(errorCodes(report)).toEqual(['import-cancelled']);
    expect(createWorker).not.toHaveBeenCalled();
  });
});
