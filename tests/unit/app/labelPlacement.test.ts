import { describe, expect, it } from 'vitest';
import { LabelSpace, labelSpots, placementOrder } from '../../../src/app/network/labelPlacement.ts';

describe('label placement', () => {
  it('puts a label right of its node first, clear of the disc', () => {
    const [right] = labelSpots(100, 50, 5, 40, 12);
    expect(right?.x).toBe(108); // 100 + radius 5 + gap 3
    expect(right?.box.y).toBeLessThan(50);
    expect((right?.box.y ?? 0) + (right?.box.height ?? 0)).toBeGreaterThan(50);
  });

  it('moves a label that would cover another to the next free spot, and drops it when none is free', () => {
    const space = new LabelSpace();
    // Two nodes side by side: the second one's right spot is free, so both are drawn on the right.
    expect(space.take(labelSpots(0, 0, 4, 30, 12))?.x).toBe(7);
    // A node just below the first: its right spot covers the first label, so it goes left.
    const second = space.take(labelSpots(0, 6, 4, 30, 12));
    expect(second?.x).toBe(-37); // 0 - 4 - 3 - 30
    // A third at the same place: right and left are taken, and below (centred, 13–27 px down) still
    // reaches into the left label's box (−2…14), above reaches into the first: it goes right, a line lower.
    const third = space.take(labelSpots(0, 6, 4, 30, 12));
    expect([third?.x, third?.baseline]).toEqual([7, 6 - 6 + 12 + 12 * 0.8]);
    // Once every spot around that place is taken, a name there is not drawn.
    for (let i = 0; i < 16; i++) space.take(labelSpots(0, 6, 4, 30, 12));
    expect(space.take(labelSpots(0, 6, 4, 30, 12))).toBeNull();
    // Far below, the centred spot under a node is free.
    expect(space.take(labelSpots(-100, 0, 4, 30, 12))?.x).toBe(-93);
  });

  it('never places two labels that overlap', () => {
    const space = new LabelSpace();
    const placed = [];
    for (let i = 0; i < 200; i++) {
      const x = (i * 37) % 300;
      const y = (i * 53) % 200;
      const spot = space.take(labelSpots(x, y, 3, 20 + (i % 5) * 10, 12));
      if (spot) placed.push(spot.box);
    }
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    expect(placed.length).toBeGreaterThan(20);
  });
});

describe('labels at the edge of the view', () => {
  it('go to the other side of their node rather than being cut off', () => {
    const space = new LabelSpace(200, 100);
    // A node 10 px from the right edge: a 60 px label cannot go right, so it goes left.
    expect(space.take(labelSpots(190, 50, 5, 60, 12))?.x).toBe(190 - 5 - 3 - 60);
  });
});

describe('placementOrder', () => {
  it('places the most crowded names first, then the larger actors, then in the given order', () => {
    const lone = { id: 'lone', x: 500, y: 500, radius: 20 };
    const a = { id: 'a', x: 0, y: 0, radius: 5 };
    const b = { id: 'b', x: 50, y: 10, radius: 8 };
    const c = { id: 'c', x: 100, y: -10, radius: 5 };
    // a, b and c crowd each other (two neighbours each): the largest of them first; the lone one last.
    expect(placementOrder([lone, a, b, c]).map((l) => l.id)).toEqual(['b', 'a', 'c', 'lone']);
  });
});
