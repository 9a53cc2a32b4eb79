/**
 * Betweenness in worker threads adds up to what one thread computes, and the
 * CLI's analysis with it equals core's analysis.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../src/core/analysis/analyzePark.ts';
import { buildActorNetwork } from '../../src/core/analysis/network/actors.ts';
import { computeBetweenness } from '../../src/core/analysis/network/betweenness.ts';
import { validateModel } from '../../src/core/model/validate.ts';
import { analyzeParkInThreads, parallelBetweenness } from '../../src/cli/parallelBetweenness.ts';
import { linkPark, randomLinks } from '../unit/analysis/network/builders.ts';

describe('betweenness in threads', { timeout: 60_000 }, () => {
  const network = buildActorNetwork(linkPark(randomLinks(300, 1200, 5)));

  it('gives the single-thread values, exact and sampled, from three threads', async () => {
    for (const method of ['exact', 'sampled'] as const) {
      const one = computeBetweenness(network, { method, pivots: 64 });
      const three = await parallelBetweenness(network, { method, pivots: 64 }, 3, 0);
      expect(three!.sources).toBe(one.sources);
      expect(three!.sampled).toBe(one.sampled);
      for (let v = 0; v < one.values.length; v++) expect(three!.values[v]).toBeCloseTo(one.values[v]!, 12);
    }
    expect(await parallelBetweenness(network, { method: 'none' }, 3, 0)).toBeNull();
  });

  it('refuses a precomputed result that does not fit the network', () => {
    const other = buildActorNetwork(linkPark(randomLinks(20, 40, 1)));
    const given = computeBetweenness(other, { method: 'exact' });
    expect(() => computeBetweenness(network, { method: 'exact', precomputed: given })).toThrow(/does not fit/);
  });

  it('leaves the analysis of the reference park as core computes it', async () => {
    const result = validateModel(JSON.parse(readFileSync('data/linyi-etdz.json', 'utf8')));
    if (!result.ok) throw new Error('the reference park is invalid');
    const threaded = await analyzeParkInThreads(result.model, { only: ['network'] });
    expect(JSON.parse(JSON.stringify(threaded))).toEqual(
      JSON.parse(JSON.stringify(analyzePark(result.model, { only: ['network'] }))),
    );
  });
});
