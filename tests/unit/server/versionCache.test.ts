import { describe, expect, it } from 'vitest';
import { VersionCache } from '../../../src/server/store/versionCache.ts';

const version = (revision: number, characters: number) => ({ revision, model: 'x'.repeat(characters), name: '' });

describe('the cache of versions', () => {
  it('keeps the versions last used within its budget, forgetting the least recently used first', () => {
    const cache = new VersionCache(2 * 300); // 300 characters
    cache.keep('p', version(1, 100));
    cache.keep('p', version(2, 100));
    cache.keep('q', version(1, 100));
    expect(cache.get('p', 1)?.revision).toBe(1); // now the most recently used
    cache.keep('p', version(3, 100));
    expect(cache.get('p', 2)).toBeUndefined();
    expect(cache.get('q', 1)?.revision).toBe(1);
    expect(cache.get('p', 1)?.revision).toBe(1);
    expect(cache.get('p', 3)?.revision).toBe(3);
  });

  it('never keeps a version larger than the whole budget', () => {
    const cache = new VersionCache(2 * 100);
    cache.keep('p', version(1, 50));
    cache.keep('p', version(2, 500));
    expect(cache.get('p', 2)).toBeUndefined();
    expect(cache.get('p', 1)?.revision).toBe(1);
  });
});
