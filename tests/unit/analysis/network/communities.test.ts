import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity.js';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../../../src/core/analysis/network/communities.ts';
import {
  contingencyTable,
  normalizedMutualInformation,
} from '../../../../src/core/analysis/network/partitionComparison.ts';
import { fourEnterprisePark } from '../../../fixtures/fourEnterprisePark.ts';
import { seededRandom } from '../../../../src/core/analysis/network/shared.ts';
import { linkPark, parseLinks, randomLinks, tinyPark } from './builders.ts';

/** Two heavy triangles (clusters left and right) joined by one light flow c → d. */
function twoTriangles() {
  const heavy = parseLinks('a>b b>c c>a d>e e>f f>d').map((f) => ({ ...f, quantity: 100 }));
  return tinyPark({
    enterprises: [
      ...['a', 'b', 'c'].map((id) => ({ id, cluster: 'left' })),
      ...['d', 'e', 'f'].map((id) => ({ id, cluster: 'right' })),
    ],
    flows: [...heavy, { from: 'c', to: 'd', quantity: 1 }],
  });
}

describe('detectCommunities', () => {
  it('splits two triangles joined by a light link, matching the declared clusters', () => {
    const result = detectCommunities(twoTriangles());
    expect(result.communities).toEqual([
      { id: 0, actors: ['a', 'b', 'c'] },
      { id: 1, actors: ['d', 'e', 'f'] },
    ]);
    expect(result.actors[3]).toEqual({ id: 'd', cluster: 'right', community: 1 });
    expect(result.contingency).toEqual({
      rows: ['left', 'right'],
      columns: [0, 1],
      counts: [
        [3, 0],
        [0, 3],
      ],
    });
    expect(result.nmi).toBe(1);
    // Q = Σ_c [w_in(c)/m − (d_c/2m)²]: m = 601, each side holds 300 of internal weight and degree 601,
    // so Q = 2 · (300/601 − (601/1202)²) = 600/601 − 1/2.
    expect(result.modularity).toBeCloseTo(600 / 601 - 0.5, 9);
  });

  it('is deterministic: the same model gives the same communities, run after run', () => {
    const park = linkPark(randomLinks(200, 600, 4));
    const first = detectCommunities(park);
    expect(first.communities.length).toBeGreaterThan(1);
    expect(detectCommunities(park)).toEqual(first);
    expect(detectCommunities(park, { seed: 1 })).toEqual(first);
  });

  it('weights by quantity, or by links on request', () => {
    // By links, every pair weighs 1: the bridge c–d is as strong as a triangle side, yet still one of 7.
    const links = detectCommunities(twoTriangles(), { weight: 'links' });
    expect(links.communities.map((c) => c.actors)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(links.modularity).toBeCloseTo(2 * (3 / 7 - (7 / 14) ** 2), 9);
  });

  it('counts flows that cannot be weighed in the chosen unit', () => {
    // f6 wastewater (m³/a, no density) adds no weight: wwtp is left alone.
    const result = detectCommunities(fourEnterprisePark());
    expect(result.unweightedFlows).toBe(1);
    expect(result.communities.at(-1)).toEqual({ id: result.communities.length - 1, actors: ['wwtp'] });
    expect(result.contingency.rows).toEqual(['chem', 'util']);
  });

  it('gives every actor its own community when nothing is exchanged', () => {
    const result = detectCommunities(tinyPark({ enterprises: [{ id: 'x' }, { id: 'y' }], flows: [] }));
    expect(result.communities).toEqual([
      { id: 0, actors: ['x'] },
      { id: 1, actors: ['y'] },
    ]);
    expect(result.modularity).toBeNull();
    // Clusters: one block (both in c1); communities: two blocks. H(U) = 0, I = 0, so NMI = 0.
    expect(result.nmi).toBe(0);
  });
});

describe('normalizedMutualInformation (arithmetic mean normalisation)', () => {
  it('is 1 for the same partition under any labels, 0 for independent ones', () => {
    expect(
      normalizedMutualInformation([
        [2, 0],
        [0, 2],
      ]),
    ).toBe(1);
    expect(
      normalizedMutualInformation([
        [0, 2],
        [2, 0],
      ]),
    ).toBe(1);
    expect(
      normalizedMutualInformation([
        [1, 1],
        [1, 1],
      ]),
    ).toBe(0);
    expect(normalizedMutualInformation([[4]])).toBe(1); // both a single block
    expect(normalizedMutualInformation([])).toBeNull();
  });

  it('matches a hand computation', () => {
    // counts [[2, 0], [1, 1]]: n = 4, rows a = (2, 2), columns b = (3, 1).
    // H(U) = ln 2; H(V) = −(3/4 ln 3/4 + 1/4 ln 1/4);
    // I = 2/4 ln(4·2/(2·3)) + 1/4 ln(4·1/(2·3)) + 1/4 ln(4·1/(2·1)) = ½ ln 4/3 + ¼ ln 2/3 + ¼ ln 2 ≈ 0.215762;
    // H(U) + H(V) ≈ 0.693147 + 0.562335 = 1.255482, so NMI = 2I / (H(U) + H(V)) ≈ 0.431524 / 1.255482 ≈ 0.343711.
    const hu = Math.log(2);
    const hv = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    const mutual = 0.5 * Math.log(4 / 3) + 0.25 * Math.log(2 / 3) + 0.25 * Math.log(2);
    expect(
      normalizedMutualInformation([
        [2, 0],
        [1, 1],
      ]),
    ).toBeCloseTo((2 * mutual) / (hu + hv), 12);
    expect((2 * mutual) / (hu + hv)).toBeCloseTo(0.343711, 6);
  });

  it('cross-tabulates labels with contingencyTable', () => {
    expect(contingencyTable(['x', 'x', 'y'], [1, 0, 0], ['x', 'y'], [0, 1]).counts).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });
});

describe('our Louvain against graphology-communities-louvain (the library it replaced)', () => {
  /** The same links as an undirected graphology graph, each linked pair weighted 1. */
  function graphologyGraph(park: ReturnType<typeof linkPark>) {
    const graph = new UndirectedGraph();
    for (const e of park.enterprises) graph.addNode(e.id);
    for (const f of park.flows) if (f.from !== f.to) graph.mergeEdge(f.from, f.to);
    return graph;
  }

  it('finds partitions as modular, and reports their modularity as graphology-metrics computes it', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const park = linkPark(randomLinks(120, 300, seed));
      const ours = detectCommunities(park, { weight: 'links' });
      const graph = graphologyGraph(park);
      const library = louvain.detailed(graph, { rng: seededRandom(1) });
      // Louvain is a heuristic: on sparse random graphs either may end a little higher.
      expect(ours.modularity!, `seed ${seed}`).toBeGreaterThan(library.modularity * 0.97);
      const partition = Object.fromEntries(ours.actors.map((a) => [a.id, a.community]));
      expect(ours.modularity!, `seed ${seed}`).toBeCloseTo(
        modularity(graph, { getNodeCommunity: (n) => partition[n]! }),
        9,
      );
    }
  });
});
