/** Whether two lists hold the same items (by identity) in the same order. */
export function sameItems<T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// The places found last for each list, by the list after: an edit asks for the same comparison several times
// (validation, the table, the legend, the year slider…), each a pass over 100 000 flows.
const placesFound = new WeakMap<
  ArrayLike<unknown>,
  { readonly before: ArrayLike<unknown>; readonly places: number[] }
>();

/**
 * The places where `after` holds another item than `before` (by identity), or null when their lengths differ:
 * an edit in place replaces a few items of a long list and keeps the others, so what was derived from the
 * list before can be updated from these places alone. Read only: the same array is given to every caller
 * comparing the same two lists.
 */
export function changedPlaces<T>(before: ArrayLike<T>, after: ArrayLike<T>): readonly number[] | null {
  if (before.length !== after.length) return null;
  const found = placesFound.get(after);
  if (found?.before === before) return found.places;
  const places: number[] = [];
  for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) places.push(i);
  placesFound.set(after, { before, places });
  return places;
}

/**
 * A counter of the items passing `test`, kept like `valueTally`'s tally: a panel asking at each edit whether
 * any of 100 000 flows is dated, say, does not walk them all.
 */
export function itemCounter<T>(test: (item: T) => boolean): (items: readonly T[]) => number {
  const passing = valueTally<T, true>((item, give) => {
    if (test(item)) give(true);
  });
  return (items) => passing(items).get(true) ?? 0;
}

/**
 * A tally of the values the items give (each value with how many times the items give it). It keeps the list
 * it tallied last: a list that replaced a few of its items in place (an edit) is tallied from the replaced
 * places alone. Values given no more are dropped.
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
