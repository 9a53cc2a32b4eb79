import { describe, expect, it } from 'vitest';
import { createListReceiver, createListSender, type ListChanges } from '../../../src/app/analysis/listChanges.ts';

interface Item {
  readonly id: string;
  readonly value: number;
}

const item = (id: string, value: number): Item => ({ id, value });

/** A sender and a receiver joined as over a message port: each message copied. */
function channel() {
  const send = createListSender<Item>((i) => i.id);
  const receive = createListReceiver<Item>();
  const posted: ListChanges<Item>[] = [];
  return {
    posted,
    pass(items: readonly Item[]): Item[] {
      const message = structuredClone(send(items));
      posted.push(message);
      return receive(message);
    },
  };
}

describe('a list sent as its changes', () => {
  it('sends everything first, then only what changed, and the receiver rebuilds the whole list in order', () => {
    const { pass, posted } = channel();
    const first = [item('a', 1), item('b', 2), item('c', 3)];
    expect(pass(first)).toEqual(first);
    expect(posted[0]!.changed.map(([id]) => id)).toEqual(['a', 'b', 'c']);

    // b changed, c removed, d added, and the order is new.
    const second = [item('d', 4), item('b', 20), item('a', 1)];
    const received = pass(second);
    expect(received).toEqual(second);
    expect(posted[1]!.order).toEqual(['d', 'b', 'a']);
    expect(posted[1]!.changed).toEqual([
      ['d', item('d', 4)],
      ['b', item('b', 20)],
    ]);

    // Nothing changed: nothing sent but the order, and the receiver hands back the very same objects.
    const third = pass(second.map((i) => ({ ...i })));
    expect(posted[2]!.changed).toEqual([]);
    third.forEach((one, i) => expect(one).toBe(received[i]));
  });

  it('brings back an item removed and sent again', () => {
    const { pass } = channel();
    pass([item('a', 1), item('b', 2)]);
    pass([item('a', 1)]);
    expect(pass([item('a', 1), item('b', 2)])).toEqual([item('a', 1), item('b', 2)]);
  });

  it('tells apart two items that share a key, by their rank', () => {
    const { pass, posted } = channel();
    const twins = [item('a', 1), item('a', 2), item('a', 3)];
    expect(pass(twins)).toEqual(twins);
    expect(new Set(posted[0]!.order).size).toBe(3);
    expect(pass([item('a', 1), item('a', 5), item('a', 3)])).toEqual([item('a', 1), item('a', 5), item('a', 3)]);
    expect(posted[1]!.changed.map(([, i]) => i)).toEqual([item('a', 5)]);
  });

  it('refuses a list naming an item it was never sent (the channel lost step)', () => {
    const receive = createListReceiver<Item>();
    expect(() => receive({ order: ['a'], changed: [] })).toThrow('"a", which was never sent');
  });
});
