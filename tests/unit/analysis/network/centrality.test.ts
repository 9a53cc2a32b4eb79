import { describe, expect, it } from 'vitest';
import { DirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { buildActorNetwork, neighbours } from '../../../../src/core/analysis/network/actors.ts';
import { computeBetweenness } from '../../../../src/core/analysis/network/betweenness.ts';
import { computeCentrality } from '../../../../src/core/analysis/network/centrality.ts';
import { fourEnterprisePark } from '../../../fixtures/fourEnterprisePark.ts';
import { linkPark, randomLinks } from './builders.ts';

describe('computeCentrality on the four-enterprise park', () => {
  const result = computeCentrality(fourEnterprisePark());
  const row = (id: string) => result.actors.find((a) => a.id === id)!;

  it('gives degrees as distinct partners and as flow counts', () => {
    expect(row('chp')).toMatchObject({ inDegree: 0, outDegree: 2, inFlows: 0, outFlows: 2 });
    expect(row('ammonia-plant')).toMatchObject({ inDegree: 1, outDegree: 2, inFlows: 1, outFlows: 2 });
    expect(row('fert')).toMatchObject({ inDegree: 2, outDegree: 0 });
    expect(row('wwtp')).toMatchObject({ inDegree: 1, outDegree: 0 }); // its sludge flow is only planned
  });

  it('gives the throughflow in t/a (inflows plus imports, mass flows only)', () => {
    expect(result.unit).toBe('t/a');
    expect(row('chp').throughflow).toBe(100000); // coal import
    expect(row('ammonia-plant').throughflow).toBe(200000); // steam
    expect(row('fert').throughflow).toBe(80000); // 50 000 steam + 30 000 ammonia
    expect(row('wwtp').throughflow).toBe(0); // wastewater is in m³ with no density
  });

  it('finds the ammonia plant as the keystone', () => {
    // The only shortest path through an intermediate actor is chp → ammonia-plant → wwtp:
    // raw betweenness 1, normalised by (N − 1)(N − 2) = 3 · 2 = 6.
    expect(row('ammonia-plant').betweenness).toBeCloseTo(1 / 6, 12);
    expect(row('chp').betweenness).toBe(0);
    expect(result.keystones).toEqual(['ammonia-plant']);
    // Ties on betweenness (0) by distinct partners (chp 2, fert 2, wwtp 1), then throughflow (chp > fert).
    expect(result.ranking).toEqual(['ammonia-plant', 'chp', 'fert', 'wwtp']);
    expect(row('ammonia-plant').rank).toBe(1);
    expect(result.betweenness).toEqual({ method: 'exact', sampled: false, sources: 4, normalized: true });
  });

  it("skips betweenness with method 'none'", () => {
    const none = computeCentrality(fourEnterprisePark(), { betweenness: { method: 'none' } });
    expect(none.actors.every((a) => a.betweenness === null)).toBe(true);
    expect(none.keystones).toEqual([]);
    expect(none.betweenness.sources).toBe(0);
  });
});

describe('computeBetweenness', () => {
  it("computes nothing with method 'none', and says so with null", () => {
    expect(computeBetweenness(buildActorNetwork(linkPark('a>b b>c')), { method: 'none' })).toBeNull();
  });

  const exact = (links: string, normalized = false) => {
    const network = buildActorNetwork(linkPark(links));
    const result = computeBetweenness(network, { normalized });
    return Object.fromEntries(network.actors.map((id, i) => [id, result.values[i]]));
  };

  it('counts shortest paths through each actor on hand-built graphs', () => {
    // Path a→b→c→d: b lies on a→c, a→d; c on a→d, b→d.
    expect(exact('a>b b>c c>d')).toEqual({ a: 0, b: 2, c: 2, d: 0 });
    // Diamond a→b→d, a→c→d: two shortest a→d paths, each middle actor gets 1/2.
    expect(exact('a>b a>c b>d c>d')).toEqual({ a: 0, b: 0.5, c: 0.5, d: 0 });
    // Normalised by (N − 1)(N − 2) = 6 for N = 4.
    expect(exact('a>b b>c c>d', true)).toEqual({ a: 0, b: 1 / 3, c: 1 / 3, d: 0 });
  });

  it('agrees with graphology-metrics (unweighted, normalised) on random digraphs', () => {
    for (const seed of [1, 2, 3]) {
      const park = linkPark(randomLinks(40, 120, seed));
      const network = buildActorNetwork(park);
      const graph = new DirectedGraph();
      network.actors.forEach((id) => graph.addNode(id));
      network.actors.forEach((id, i) => {
        for (const j of neighbours(network.out, i)) graph.addEdge(id, network.actors[j]!);
      });
      const reference = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
      const ours = computeBetweenness(network);
      network.actors.forEach((id, i) => expect(ours.values[i]).toBeCloseTo(reference[id]!, 12));
    }
  });

  it('gives the exact values when every actor is a pivot, and flags a real sample', () => {
    const network = buildActorNetwork(linkPark(randomLinks(30, 90, 7)));
    const n = network.actors.length;
    const exactValues = computeBetweenness(network).values;
    const all = computeBetweenness(network, { method: 'sampled', pivots: n });
    expect(all.sampled).toBe(false);
    all.values.forEach((v, i) => expect(v).toBeCloseTo(exactValues[i]!, 12));
    const sample = computeBetweenness(network, { method: 'sampled', pivots: 10 });
    expect(sample.sampled).toBe(true);
    expect(sample.sources).toBe(10);
    // Seeded: the same pivots every time.
    const again = computeBetweenness(network, { method: 'sampled', pivots: 10 });
    expect(Array.from(again.values)).toEqual(Array.from(sample.values));
  });

  it('estimates without bias: the mean over many seeds approaches the exact value', () => {
    const network = buildActorNetwork(linkPark(randomLinks(30, 90, 11)));
    const exactValues = computeBetweenness(network).values;
    const mean = new Float64Array(exactValues.length);
    const runs = 300;
    for (let seed = 1; seed <= runs; seed++) {
      const sample = computeBetweenness(network, {
        method: 'sampled',
        pivots: 8,
        seed,
      });
      sample.values.forEach((v, i) => (mean[i]! += v / runs));
    }
    const largest = Math.max(...exactValues);
    mean.forEach((v, i) => expect(Math.abs(v - exactValues[i]!)).toBeLessThan(0.1 * largest));
  });

  it('reports progress up to (total, total)', () => {
    const network = buildActorNetwork(linkPark(randomLinks(250, 700, 5)));
    const calls: [number, number][] = [];
    computeBetweenness(network, { onProgress: (d, t) => calls.push([d, t]) });
    const n = network.actors.length;
    expect(calls.at(-1)).toEqual([n, n]);
    expect(calls.length).toBeGreaterThan(10);
    expect(calls.length).toBeLessThanOrEqual(101);
    expect(calls.every(([d], i) => i === 0 || d > calls[i - 1]![0])).toBe(true);
  });
});
