import { describe, expect, it } from 'vitest';
import { buildActorNetwork, neighbours } from '../../../../src/core/analysis/network/actors.ts';
import { findCycles } from '../../../../src/core/analysis/network/cycles.ts';
import { fourEnterprisePark } from '../../../fixtures/fourEnterprisePark.ts';
import { completeLinks, cycleLinks, linkPark, randomLinks } from './builders.ts';

/** Every simple cycle by plain DFS from each start over larger ids: slow, obviously right. */
function bruteForceCycles(links: string, maxLength = Infinity): string[][] {
  const network = buildActorNetwork(linkPark(links));
  const cycles: string[][] = [];
  const extend = (path: number[]) => {
    const v = path.at(-1)!;
    for (const w of neighbours(network.out, v)) {
      if (w === path[0]) cycles.push(path.map((i) => network.actors[i]!));
      else if (w > path[0]! && !path.includes(w) && path.length < maxLength) extend([...path, w]);
    }
  };
  network.actors.forEach((_, s) => extend([s]));
  return cycles.sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
}

describe('findCycles', () => {
  it('finds the 5 simple cycles of the complete digraph on 3 actors', () => {
    // Three 2-cycles (a0⇄a1, a0⇄a2, a1⇄a2) and the two directions of the triangle.
    const { cycles, truncated } = findCycles(linkPark(completeLinks(3)));
    expect(truncated).toBe(false);
    expect(cycles).toEqual([
      ['a0', 'a1'],
      ['a0', 'a2'],
      ['a1', 'a2'],
      ['a0', 'a1', 'a2'],
      ['a0', 'a2', 'a1'],
    ]);
  });

  it('finds the 20 cycles of the complete digraph on 4 actors, and bounds their length', () => {
    // C(4,2) = 6 two-cycles, C(4,3) · 2 = 8 triangles, 3! = 6 four-cycles.
    const park = linkPark(completeLinks(4));
    expect(findCycles(park).cycles).toHaveLength(20);
    expect(findCycles(park, { maxLength: 2 }).cycles).toHaveLength(6);
    expect(findCycles(park, { maxLength: 3 }).cycles).toHaveLength(14);
    expect(findCycles(park, { maxLength: 4 }).cycles).toHaveLength(20);
    expect(findCycles(park, { maxLength: 0 }).cycles).toHaveLength(0);
  });

  it('rotates each cycle to start at its smallest id', () => {
    const { cycles } = findCycles(linkPark('c>a a>d d>b b>c x>y y>x'));
    expect(cycles).toEqual([
      ['x', 'y'],
      ['a', 'd', 'b', 'c'],
    ]);
  });

  it('stops at maxCycles and says so', () => {
    const park = linkPark(completeLinks(4));
    const capped = findCycles(park, { maxCycles: 7 });
    expect(capped.cycles).toHaveLength(7);
    expect(capped.truncated).toBe(true);
    // Exactly as many as exist is not truncated.
    expect(findCycles(park, { maxCycles: 20 }).truncated).toBe(false);
    // The same call gives the same cycles.
    expect(findCycles(park, { maxCycles: 7 })).toEqual(capped);
  });

  it('counts self-loops only when the network includes them', () => {
    const park = linkPark('a>a a>b b>a');
    expect(findCycles(park).cycles).toEqual([['a', 'b']]);
    expect(findCycles(park, { network: { includeSelfLoops: true } }).cycles).toEqual([['a'], ['a', 'b']]);
  });

  it('finds none in the four-enterprise park and one in a 50 000-actor ring', () => {
    expect(findCycles(fourEnterprisePark()).cycles).toEqual([]);
    const ring = findCycles(linkPark(cycleLinks(50000)));
    expect(ring.cycles).toHaveLength(1);
    expect(ring.cycles[0]).toHaveLength(50000);
    expect(findCycles(linkPark(cycleLinks(50000)), { maxLength: 10 }).cycles).toEqual([]);
  });

  it('matches brute force on random digraphs, with and without a length bound', () => {
    const graphs = [1, 2, 3, 4, 5, 6].map((seed) => randomLinks(9, 30, seed));
    // Dense ones too (up to the complete digraph on 7, which has 1 172 cycles).
    graphs.push(...[7, 8].map((seed) => randomLinks(7, 60, seed)), completeLinks(6));
    for (const links of graphs) {
      expect(findCycles(linkPark(links), { maxCycles: 1e6 }).cycles).toEqual(bruteForceCycles(links));
      for (const bound of [1, 2, 3, 5]) {
        expect(findCycles(linkPark(links), { maxCycles: 1e6, maxLength: bound }).cycles).toEqual(
          bruteForceCycles(links, bound),
        );
      }
    }
  });
});
