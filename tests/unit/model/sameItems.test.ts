import { describe, expect, it } from 'vitest';
import { changedPlaces, itemCounter, valueTally } from '../../../src/core/model/sameItems.ts';

type Item = { readonly id: string; readonly tags: readonly string[] };
const item = (id: string, ...tags: string[]): Item => ({ id, tags });
const replace = (items: readonly Item[], at: number, next: Item) => items.map((x, i) => (i === at ? next : x));

describe('changedPlaces', () => {
  it('lists the places holding another item, or nothing to compare when the lengths differ', () => {
    const a = item('a');
    const b = item('b');
    expect(changedPlaces([a, b], [a, item('b')])).toEqual([1]);
    expect(changedPlaces([a, b], [a, b])).toEqual([]);
    expect(changedPlaces([a, b], [a])).toBeNull();
  });
});

describe('itemCounter', () => {
  it('counts as a fresh count would, after edits in place, a removal and the same list again', () => {
    const tagged = (x: Item) => x.tags.length > 0;
    const count = itemCounter(tagged);
    const fresh = (items: readonly Item[]) => items.filter(tagged).length;
    let items: readonly Item[] = [item('a', 'x'), item('b'), item('c', 'y'), item('d')];
    expect(count(items)).toBe(2);
    for (const next of [
      replace(items, 1, item('b', 'z')),
      replace(items, 0, item('a')),
      items.slice(1),
      [...items, item('e', 'x')],
    ]) {
      items = next;
      expect(count(items)).toBe(fresh(items));
    }
    expect(count(items)).toBe(fresh(items));
  });
});

describe('valueTally', () => {
  it('tallies the values as a fresh tally would, dropping a value given no more', () => {
    const tags = valueTally((x: Item, give: (tag: string) => void) => x.tags.forEach(give));
    let items: readonly Item[] = [item('a', 'x', 'y'), item('b', 'x')];
    expect([...tags(items)]).toEqual([
      ['x', 2],
      ['y', 1],
    ]);
    items = replace(items, 0, item('a', 'x'));
    expect([...tags(items)]).toEqual([['x', 2]]);
    items = replace(items, 1, item('b', 'z'));
    expect(new Map(tags(items))).toEqual(
      new Map([
        ['x', 1],
        ['z', 1],
      ]),
    );
    items = [...items, item('c', 'z')];
    expect(new Map(tags(items))).toEqual(
      new Map([
        ['x', 1],
        ['z', 2],
      ]),
    );
  });
});
