import { describe, expect, it } from 'vitest';
import { readApiError, readRevisionTag, revisionTag, routePath } from '../../../src/core/io/serverProtocol.ts';

describe("the team server's protocol", () => {
  it('reads a revision from an ETag or If-Match, and nothing else', () => {
    expect(readRevisionTag(revisionTag(12))).toBe(12);
    expect(readRevisionTag('12')).toBe(12);
    expect(readRevisionTag('W/"3"')).toBe(3);
    for (const other of [undefined, null, '', '*', '"0"', '"-1"', '"3", "4"', '"1e3"', '"3'.repeat(2)])
      expect(readRevisionTag(other)).toBeNull();
  });

  it("fills a route's path with its parameters, encoded", () => {
    expect(routePath('getVersion', { id: 'a b', n: 3 })).toBe('/api/parks/a%20b/versions/3');
    expect(routePath('listParks')).toBe('/api/parks');
  });

  it("reads the server's errors and nothing else", () => {
    const error = { code: 'not-found', message: { zh: '没有', en: 'none' } };
    expect(readApiError({ error })).toEqual(error);
    expect(readApiError({ error: { code: 'teapot', message: error.message } })).toBeNull();
    expect(readApiError('<html>')).toBeNull();
  });
});
