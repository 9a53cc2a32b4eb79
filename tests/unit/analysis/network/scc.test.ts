import { describe, expect, it } from 'vitest';
import { buildActorNetwork } from '../../../../src/core/analysis/network/actors.ts';
import {
  findStronglyConnectedComponents,
  findWeaklyConnectedComponents,
  strongComponentIndex,
} from '../../../../src/core/analysis/network/scc.ts';
import { fourEnterprisePark } from '../../../fixtures/fourEnterprisePark.ts';
import { cycleLinks, linkPark, tinyPark } from './builders.ts';

describe('findStronglyConnectedComponents', () => {
  it('finds the components of a hand-built graph, largest first, ids sorted', () => {
    // {a, b, c} (a→b→c→a), {d, e} (d⇄e), {f} (reached only), {g} (isolated through a planned flow).
    const park = tinyPark({
      flows: [
        ...'a>b b>c c>a c>d d>e e>d e>f'.split(' ').map((l) => ({ from: l[0]!, to: l[2]! })),
        { from: 'f', to: 'g', status: 'planned' },
      ],
    });
    const result = findStronglyConnectedComponents(park);
    expect(result.count).toBe(4);
    expect(result.components).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f'], ['g']]);
    expect(result.largest).toBe(3);
  });

  it('gives singletons on the four-enterprise park (no cycle)', () => {
    const result = findStronglyConnectedComponents(fourEnterprisePark());
    expect(result.components).toEqual([['ammonia-plant'], ['chp'], ['fert'], ['wwtp']]);
  });

  it('labels components in reverse topological order, as Tarjan does', () => {
    const network = buildActorNetwork(linkPark('a>b b>c'));
    const { componentOf } = strongComponentIndex(3, network.out);
    expect(Array.from(componentOf)).toEqual([2, 1, 0]); // c (a sink) closes first
  });

  it('does not overflow the stack on a 50 000-actor chain or cycle', () => {
    const n = 50000;
    const cycle = findStronglyConnectedComponents(linkPark(cycleLinks(n)));
    expect(cycle.count).toBe(1);
    expect(cycle.largest).toBe(n);
    // The same ring without its closing link is a chain: n singletons.
    const chain = cycleLinks(n).split(' ').slice(0, -1).join(' ');
    const result = findStronglyConnectedComponents(linkPark(chain));
    expect(result.count).toBe(n);
    expect(result.largest).toBe(1);
  });
});

describe('findWeaklyConnectedComponents', () => {
  it('ignores direction', () => {
    const result = findWeaklyConnectedComponents(linkPark('a>b c>b d>e'));
    expect(result.components).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('keeps the four-enterprise park in one piece', () => {
    expect(findWeaklyConnectedComponents(fourEnterprisePark()).components).toEqual([
      ['ammonia-plant', 'chp', 'fert', 'wwtp'],
    ]);
  });

  it('handles a 50 000-actor chain', () => {
    const chain = cycleLinks(50000).split(' ').slice(0, -1).join(' ');
    expect(findWeaklyConnectedComponents(linkPark(chain)).largest).toBe(50000);
  });
});
