import { describe, expect, it } from 'vitest';
import { checkChertow32 } from '../../../../src/core/analysis/network/chertow.ts';
import { fourEnterprisePark } from '../../../fixtures/fourEnterprisePark.ts';
import { tinyPark } from './builders.ts';

describe('checkChertow32', () => {
  it('passes the four-enterprise park: 4 entities exchange 3 resources in one web', () => {
    // Existing internal flows: f2 and f3 steam, f4 ammonia, f6 wastewater; nobody is a recycler.
    const verdict = checkChertow32(fourEnterprisePark());
    expect(verdict.isSymbiosis).toBe(true);
    expect(verdict.webs).toEqual([
      {
        entities: ['ammonia-plant', 'chp', 'fert', 'wwtp'],
        resources: ['ammonia', 'steam', 'wastewater'],
        flows: ['f2', 'f3', 'f4', 'f6'],
        qualifies: true,
      },
    ]);
    expect(verdict.excludedEntities).toEqual([]);
  });

  it('does not count a recycler or its exchanges', () => {
    // With the ammonia plant a recycler, f2, f4 and f6 go: chp → fert steam is left (2 entities, 1 resource).
    const park = fourEnterprisePark();
    park.enterprises.find((e) => e.id === 'ammonia-plant')!.role = 'recycler';
    const verdict = checkChertow32(park);
    expect(verdict.isSymbiosis).toBe(false);
    expect(verdict.excludedEntities).toEqual(['ammonia-plant']);
    expect(verdict.excludedFlows).toEqual(['f2', 'f4', 'f6']);
    expect(verdict.park).toEqual({ entities: ['chp', 'fert'], resources: ['steam'], flows: ['f3'] });
  });

  it('needs two different resources, not two flows of one', () => {
    const park = tinyPark({
      flows: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'a' },
      ],
    });
    expect(checkChertow32(park).isSymbiosis).toBe(false); // 3 entities, 1 resource (goods)
  });

  it('needs the three entities in one web unless told otherwise', () => {
    // a → b steam and c → d water: 4 entities and 2 resources, but two unrelated bilateral deals.
    const park = tinyPark({
      materials: [
        { id: 'steam', category: 'energy' },
        { id: 'water', category: 'water' },
      ],
      flows: [
        { from: 'a', to: 'b', material: 'steam' },
        { from: 'c', to: 'd', material: 'water' },
      ],
    });
    const verdict = checkChertow32(park);
    expect(verdict.isSymbiosis).toBe(false);
    expect(verdict.webs.map((w) => [w.entities, w.qualifies])).toEqual([
      [['a', 'b'], false],
      [['c', 'd'], false],
    ]);
    expect(checkChertow32(park, { requireConnected: false }).isSymbiosis).toBe(true);
  });

  it('counts existing flows only by default', () => {
    const park = fourEnterprisePark();
    for (const flow of park.flows) flow.status = 'planned';
    expect(checkChertow32(park).isSymbiosis).toBe(false);
    expect(checkChertow32(park, { network: { flowStatuses: ['planned'] } }).isSymbiosis).toBe(true);
  });
});
