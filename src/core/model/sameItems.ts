/** Whether two lists hold the same items (by identity) in the same order. */
export function sameItems<T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The places where `after` holds another item than `before` (by identity), or null when their lengths differ:
 * an edit in place replaces a few items of a long list and keeps the others, so what was derived from the
 * list before can be updated from these places alone.
 */
export function changedPlaces<T>(before: ArrayLike<T>, after: ArrayLike<T>): number[] | null {
  if (before.length !== after.length) return null;
  const places: number[] = [];
  for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) places.push(i);
  return places;
}

/**
 * A counter of the items passing `test`. It keeps the list it counted last: a list that replaced a few of its
 * items in place (an edit) is counted from the replaced places alone, so a panel asking at each edit whether
 * any of 100 000 flows is dated, say, does not walk them all.
 */
export function itemCounter<T>(test: (item: T) => boolean): (items: readonly T[]) => number {
  let last: { readonly items: readonly T[]; readonly count: number } | null = null;
  return (items) => {
    if (last?.items === items) return last.count;
    const places = last && changedPlaces(last.items, items);
    let count = 0;
    if (last && places) {
      count = last.count;
      for (const i of places) count += Number(test(items[i]!)) - Number(test(last.items[i]!));
    } else for (let i = 0; i < items.length; i++) if (test(items[i]!)) count += 1;
    last = { items, count };
    return count;
  };
}

/**
 * A tally of the values the items give (each value with how many times the items give it), updated like
 * `itemCounter`'s count from the places an edit replaced. Values given no more are dropped.
 */
export function valueTally<T, V>(
  valuesOf: (item: T, give: (value: V) => void) => void,
): (items: readonly T[]) => ReadonlyMap<V, number> {
  let last: { readonly items: readonly T[]; readonly tally: ReadonlyMap<V, number> } | null = null;
  return (items) => {
    if (last?.items === items) return last.tally;
    const places = last && changedPlaces(last.items, items);
    const tally = new Map<V, number>(last && places ? last.tally : []);
    const count = (item: T, by: number) =>
      valuesOf(item, (value) => {
        const n = (tally.get(value) ?? 0) + by;
        if (n === 0) tally.delete(value);
        else tally.set(value, n);
      });
    if (last && places)
      for (const i of places) {
        count(last.items[i]!, -1);
        count(items[i]!, 1);
      }
    else for (let i = 0; i < items.length; i++) count(items[i]!, 1);
    last = { items, tally };
    return tally;
  };
}
