import { describe, expect, it } from 'vitest';
import { actorAdjacency, buildActorNetwork, internalActorIds } from '../../../../src/core/analysis/network/actors.ts';
import { computeStructuralMetrics } from '../../../../src/core/analysis/network/structural.ts';
import { validateModel } from '../../../../src/core/model/validate.ts';
import { fourEnterprisePark } from '../../../fixtures/fourEnterprisePark.ts';
import { linkPark, tinyPark } from './builders.ts';

describe('buildActorNetwork', () => {
  it('takes the builders’ parks as valid models', () => {
    expect(validateModel(linkPark('a>b b>c c>a')).ok).toBe(true);
    expect(validateModel(tinyPark({ flows: [{ from: '@supply', to: 'a', quantity: 5 }] })).ok).toBe(true);
  });

  it('has the operating enterprises as rows and columns, never the boundary actors', () => {
    const network = buildActorNetwork(fourEnterprisePark());
    expect(network.actors).toEqual(['ammonia-plant', 'chp', 'fert', 'wwtp']);
    // Existing internal flows: f2 chp→ammonia, f3 chp→fert, f4 ammonia→fert, f6 ammonia→wwtp.
    // f1 (from @supply), f5 and f8 (to @market) have a boundary end; f7 is planned.
    expect(actorAdjacency(network)).toEqual([
      { id: 'ammonia-plant', providesTo: ['fert', 'wwtp'] },
      { id: 'chp', providesTo: ['ammonia-plant', 'fert'] },
      { id: 'fert', providesTo: [] },
      { id: 'wwtp', providesTo: [] },
    ]);
    expect(network.links).toBe(4);
    expect(network.flows).toEqual(['f2', 'f3', 'f4', 'f6']);
  });

  it('counts several materials between one pair once in F, but each in the flow counts', () => {
    const park = tinyPark({
      materials: [{ id: 'steam', category: 'energy' }],
      flows: [
        { from: 'a', to: 'b' },
        { from: 'a', to: 'b', material: 'steam' },
        { from: 'b', to: 'a' },
      ],
    });
    const network = buildActorNetwork(park);
    expect(network.links).toBe(2); // a→b once, b→a
    expect(Array.from(network.outFlowCount)).toEqual([2, 1]);
    expect(Array.from(network.inFlowCount)).toEqual([1, 2]);
  });

  it('excludes self-loops unless asked', () => {
    const park = linkPark('a>a a>b');
    expect(buildActorNetwork(park).links).toBe(1);
    const withLoops = buildActorNetwork(park, { includeSelfLoops: true });
    expect(withLoops.links).toBe(2);
    expect(actorAdjacency(withLoops)[0]).toEqual({ id: 'a', providesTo: ['a', 'b'] });
  });

  it('follows the enterprise status, flow status and category options', () => {
    const park = tinyPark({
      enterprises: [{ id: 'p', status: 'planned' }],
      materials: [{ id: 'ash', category: 'waste' }],
      flows: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'p', status: 'planned' },
        { from: 'a', to: 'c', status: 'potential' },
        { from: 'c', to: 'a', material: 'ash' },
      ],
    });
    expect(internalActorIds(park)).toEqual(['a', 'b', 'c']);
    expect(buildActorNetwork(park).flows).toEqual(['f001', 'f004']);
    const planned = buildActorNetwork(park, {
      enterpriseStatuses: ['operating', 'planned'],
      flowStatuses: ['existing', 'planned'],
    });
    expect(planned.actors).toEqual(['a', 'b', 'c', 'p']);
    expect(planned.flows).toEqual(['f001', 'f002', 'f004']);
    expect(buildActorNetwork(park, { materialCategories: ['waste'] }).flows).toEqual(['f004']);
  });

  it('refuses network options next to a prebuilt network (they could not apply)', () => {
    const network = buildActorNetwork(linkPark('a>b'));
    expect(() => computeStructuralMetrics(network, { network: { includeSelfLoops: true } })).toThrow(/prebuilt/);
    expect(computeStructuralMetrics(network, { network: {} }).links).toBe(1);
  });
});
