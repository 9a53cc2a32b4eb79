/**
 * The app's side of `symbiograph open`: it asks for the served file only
 * when the park's address is that server's park on the page's own origin,
 * and a save's every answer (or none) is a value.
 */
import { describe, expect, it } from 'vitest';
import { modelAddress } from '../../../src/app/library/modelSource.ts';
import { discoverOpenFile, type InfoFetcher, type OpenFile } from '../../../src/app/outputs/openFile.ts';
import { newWarnings, saveToFile, type SaveFetcher } from '../../../src/app/outputs/saveToFile.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

const PAGE = 'http://127.0.0.1:5173/?model=/open/park.json?session=ab12';
const MODEL_URL = 'http://127.0.0.1:5173/open/park.json?session=ab12';
const INFO = { file: '/home/a/park.csv', name: 'park.csv', format: 'flows-csv', token: 't'.repeat(32) };

function infoServer(body: unknown, ok = true): { fetcher: InfoFetcher; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    fetcher: (url) => {
      asked.push(url);
      return Promise.resolve({ ok, json: () => Promise.resolve(body) });
    },
  };
}

describe('discoverOpenFile', () => {
  it('reads the page address the way the start does, and asks the server for its file', async () => {
    const address = modelAddress(new URL(PAGE).search, PAGE);
    expect(address).toEqual({ ok: true, url: MODEL_URL });
    const { fetcher, asked } = infoServer(INFO);
    expect(await discoverOpenFile(MODEL_URL, PAGE, fetcher)).toEqual({ ...INFO, modelUrl: MODEL_URL });
    expect(asked).toEqual(['http://127.0.0.1:5173/open/info']);
  });

  it('asks nothing for any other address: none, another path, another origin', async () => {
    const { fetcher, asked } = infoServer(INFO);
    expect(await discoverOpenFile(null, PAGE, fetcher)).toBeNull();
    expect(await discoverOpenFile('http://127.0.0.1:5173/parks/park.json', PAGE, fetcher)).toBeNull();
    expect(await discoverOpenFile('http://127.0.0.1:9999/open/park.json', PAGE, fetcher)).toBeNull();
    expect(await discoverOpenFile('https://data.test/open/park.json', PAGE, fetcher)).toBeNull();
    expect(asked).toEqual([]);
  });

  it('is null when the answer is not a session of ours', async () => {
    expect(await discoverOpenFile(MODEL_URL, PAGE, infoServer(INFO, false).fetcher)).toBeNull();
    expect(await discoverOpenFile(MODEL_URL, PAGE, infoServer({ ...INFO, format: 'docx' }).fetcher)).toBeNull();
    expect(await discoverOpenFile(MODEL_URL, PAGE, infoServer({ ...INFO, token: '' }).fetcher)).toBeNull();
    expect(await discoverOpenFile(MODEL_URL, PAGE, () => Promise.reject(new Error('offline')))).toBeNull();
  });
});

describe('saveToFile', () => {
  const file: OpenFile = { ...INFO, format: 'flows-csv', modelUrl: MODEL_URL };
  const model = buildPark({
    materials: { slag: 'by-product' },
    enterprises: { a: { out: { slag: 5 } }, b: { in: { slag: 5 } } },
    flows: [['a', 'b', 'slag', 5]],
  });
  const answering = (status: number, body: unknown): { fetcher: SaveFetcher; sent: Parameters<SaveFetcher>[] } => {
    const sent: Parameters<SaveFetcher>[] = [];
    return {
      sent,
      fetcher: (...args) => {
        sent.push(args);
        return Promise.resolve({ status, json: () => Promise.resolve(body) });
      },
    };
  };
  const flowsOnly = {
    severity: 'warning',
    code: 'export-flows-only',
    path: [],
    message: { zh: '只含物质流', en: 'flows only' },
  };

  it('PUTs the model with the token to the park address', async () => {
    const { fetcher, sent } = answering(200, { kind: 'saved', warnings: [flowsOnly] });
    const outcome = await saveToFile(file, model, fetcher);
    expect(outcome).toEqual({ kind: 'saved', warnings: [flowsOnly] });
    expect(sent).toHaveLength(1);
    const [url, init] = sent[0]!;
    expect(url).toBe('http://127.0.0.1:5173/open/park.json');
    expect(init.method).toBe('PUT');
    expect(init.headers['X-Symbiograph-Token']).toBe(INFO.token);
    expect(JSON.parse(init.body)).toEqual(model);
    // The exchange list's limit was said before saving: not again after.
    expect(newWarnings(outcome, file)).toEqual([]);
    expect(newWarnings(outcome, { ...file, format: 'json' })).toEqual([flowsOnly]);
  });

  it('tells a conflict, an invalid model, a refusal and no server apart', async () => {
    expect(await saveToFile(file, model, answering(409, { kind: 'conflict' }).fetcher)).toEqual({ kind: 'conflict' });
    const invalid = { kind: 'invalid', errors: [{ ...flowsOnly, severity: 'error', path: ['flows', 0] }] };
    expect(await saveToFile(file, model, answering(422, invalid).fetcher)).toEqual(invalid);
    expect(await saveToFile(file, model, answering(403, { kind: 'refused', status: 403 }).fetcher)).toEqual({
      kind: 'refused',
      status: 403,
    });
    // A body that does not match its status is not believed.
    expect(await saveToFile(file, model, answering(200, { kind: 'conflict' }).fetcher)).toEqual({
      kind: 'refused',
      status: 200,
    });
    expect(await saveToFile(file, model, () => Promise.reject(new Error('connection refused')))).toEqual({
      kind: 'unreachable',
      detail: 'connection refused',
    });
  });
});
