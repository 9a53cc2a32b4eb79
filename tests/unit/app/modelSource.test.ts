import { describe, expect, it } from 'vitest';
import catalogueJson from '../../../data/technologies.json';
import { fetchPark, modelAddress, type Fetcher } from '../../../src/app/library/modelSource.ts';
import { formatPath } from '../../../src/core/model/problems.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

const PAGE = 'https://example.org/app/index.html';
const park = buildPark({
  materials: { slag: 'by-product' },
  enterprises: { a: { out: { slag: 5 } }, b: { in: { slag: 5 } } },
  flows: [['a', 'b', 'slag', 5]],
});
const serve =
  (body: string, status = 200): Fetcher =>
  () =>
    Promise.resolve({ ok: status < 400, status, text: () => Promise.resolve(body) });

describe('modelAddress', () => {
  it('is null without the parameter', () => {
    expect(modelAddress('', PAGE)).toBeNull();
    expect(modelAddress('?lang=en&model=', PAGE)).toBeNull();
  });

  it('resolves same-origin paths and keeps absolute addresses', () => {
    expect(modelAddress('?model=/parks/a.json', PAGE)).toEqual({ ok: true, url: 'https://example.org/parks/a.json' });
    expect(modelAddress('?model=b.json', PAGE)).toEqual({ ok: true, url: 'https://example.org/app/b.json' });
    expect(modelAddress('?model=https%3A%2F%2Fdata.test%2Fp.json', PAGE)).toEqual({
      ok: true,
      url: 'https://data.test/p.json',
    });
  });

  it('refuses non-http schemes as a problem', () => {
    const result = modelAddress('?model=javascript:alert(1)', PAGE);
    expect(result?.ok).toBe(false);
  });
});

describe('fetchPark', () => {
  it('loads a valid park', async () => {
    const result = await fetchPark('https://x.test/p.json', serve(JSON.stringify(park)), catalogueJson);
    expect(result.ok && result.model.enterprises.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('turns network failures and HTTP errors into problems', async () => {
    const failing: Fetcher = () => Promise.reject(new TypeError('Failed to fetch'));
    const down = await fetchPark('https://x.test/p.json', failing, catalogueJson);
    expect(down.ok).toBe(false);
    if (!down.ok) expect(down.errors[0]?.location?.file).toBe('https://x.test/p.json');
    const missing = await fetchPark('https://x.test/p.json', serve('', 404), catalogueJson);
    expect(!missing.ok && missing.errors[0]?.message.en).toContain('HTTP 404');
  });

  it('reports invalid JSON and every model problem with its path', async () => {
    const syntax = await fetchPark('https://x.test/p.json', serve('{"a":'), catalogueJson);
    expect(syntax.ok).toBe(false);
    const broken = { ...park, flows: [{ ...park.flows[0], material: 'nope', quantity: -1 }] };
    const result = await fetchPark('https://x.test/p.json', serve(JSON.stringify(broken)), catalogueJson);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.errors.map((p) => formatPath(p.path));
      expect(paths).toEqual(expect.arrayContaining(['flows[0].material', 'flows[0].quantity']));
    }
  });
});
