/**
 * A list sent over a message channel as what changed since the list sent
 * before on it. The findings of a 100 000-flow park are 1.5 MB, and an edit
 * of one flow changes a handful: taking in the whole list again cost the
 * page more than anything else the analysis sends. The receiver keeps the
 * items it was sent, so an unchanged item is the same object from one
 * analysis to the next (and the lists showing it need not render it again).
 *
 * Both ends must see every message, in order: the receiver takes in each
 * one, even one it no longer delivers because a newer edit came.
 */

export interface ListChanges<T> {
  /** Every item's key, in the list's order. */
  readonly order: readonly string[];
  /** The items new or changed since the list sent before (all, the first time), with their keys. */
  readonly changed: readonly (readonly [key: string, item: T])[];
}

/**
 * The sender's end: `send(items)` gives what to post. Items are known by `key`; should two items share one,
 * the later ones are told apart by their rank among them.
 */
export function createListSender<T>(key: (item: T) => string): (items: readonly T[]) => ListChanges<T> {
  // Each item as last sent, by key: an item counts as changed when its JSON differs.
  let sent = new Map<string, string>();
  return (items) => {
    const next = new Map<string, string>();
    const order: string[] = [];
    const changed: [string, T][] = [];
    for (const item of items) {
      let id = key(item);
      for (let rank = 2; next.has(id); rank++) id = `${key(item)}\u0000${rank}`;
      const text = JSON.stringify(item);
      next.set(id, text);
      order.push(id);
      if (sent.get(id) !== text) changed.push([id, item]);
    }
    sent = next;
    return { order, changed };
  };
}

/** The receiver's end: `receive(changes)` gives the whole list, unchanged items kept as they were. */
export function createListReceiver<T>(): (changes: ListChanges<T>) => T[] {
  let held = new Map<string, T>();
  return ({ order, changed }) => {
    const sent = new Map(changed);
    const next = new Map<string, T>();
    const items = order.map((id) => {
      const item = sent.get(id) ?? held.get(id);
      if (item === undefined) throw new Error(`the list names "${id}", which was never sent`);
      next.set(id, item);
      return item;
    });
    held = next;
    return items;
  };
}
