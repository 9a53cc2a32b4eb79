/**
 * One meaning of "surplus" and "need" (model/surplus.ts): net of the
 * declared in-house part, for the coupling analysis and for project
 * planning alike, on one tiny park.
 */
import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/core/analysis/context.ts';
import { materialDemands, materialSurpluses } from '../../../src/core/analysis/couplingGaps.ts';
import { declaredBalance, needOf, surplusOf } from '../../../src/core/model/surplus.ts';
import { applyScenario } from '../../../src/core/scenario/applyScenario.ts';
import type { Change } from '../../../src/core/scenario/changeSet.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { changeSet, testCatalogue } from './helpers.ts';

// The treatment plant makes 5 000 t/a of sludge and dries 4 000 of it on site (in-house); 600 t/a go to the
// farm. The farm takes 1 000 t/a, 300 of them from its own digester (in-house).
const park = buildPark({
  materials: { sludge: 'waste', electricity: ['energy', 'MWh/a'] },
  enterprises: {
    wwtp: { out: { sludge: 5000 }, streams: { outputs: { sludge: { inHouse: 4000 } } } },
    farm: { in: { sludge: 1000 }, streams: { inputs: { sludge: { inHouse: 300 } } } },
    dump: { cap: { sludge: 2000 } },
  },
  flows: [['wwtp', 'farm', 'sludge', 600]],
});
const sludge = park.materials.find((m) => m.id === 'sludge')!;
const enterprise = (id: string) => park.enterprises.find((e) => e.id === id)!;

describe('surplus and need', () => {
  it('are the declared amount less the in-house part less what partners already exchange', () => {
    expect(surplusOf({ declared: 5000, inHouse: 4000, exchanged: 600 })).toBe(400);
    expect(needOf({ declared: 1000, inHouse: 300, exchanged: 600 })).toBe(100);
  });

  it('read the declared stream in the material’s unit, the larger of an input and a capacity', () => {
    expect(declaredBalance(enterprise('wwtp'), ['outputs'], sludge)).toEqual({ declared: 5000, inHouse: 4000 });
    expect(declaredBalance(enterprise('farm'), ['inputs', 'capacities'], sludge)).toEqual({
      declared: 1000,
      inHouse: 300,
    });
    expect(declaredBalance(enterprise('dump'), ['inputs', 'capacities'], sludge)).toEqual({
      declared: 2000,
      inHouse: 0,
    });
    const inKilotonnes = { ...enterprise('wwtp'), outputs: [{ material: 'sludge', quantity: 5, unit: 'kt/a' }] };
    expect(declaredBalance(inKilotonnes, ['outputs'], sludge)).toEqual({ declared: 5000, inHouse: 0 });
    expect(declaredBalance(enterprise('farm'), ['outputs'], sludge)).toBeUndefined();
  });

  it('mean the same in the coupling analysis', () => {
    const context = createAnalysisContext(park);
    expect(materialSurpluses(context, 'sludge')).toEqual([{ enterprise: 'wwtp', quantity: 400 }]);
    expect(materialDemands(context, 'sludge')).toEqual([{ enterprise: 'farm', quantity: 100 }]);
  });

  it('mean the same when a project asks a partner for feedstock', () => {
    const build = (quantity?: number): Change => ({
      kind: 'build-project',
      technology: 'sludge-composting',
      enterprise: { id: 'composter', cluster: 'main' },
      scale: 2000,
      supplies: [{ from: 'wwtp', material: 'sludge', ...(quantity === undefined ? {} : { quantity }) }],
    });
    const apply = (change: Change) => applyScenario(park, changeSet([change]), testCatalogue());
    // What the plant dries on site is not offered: 400 t/a are, not 4 400.
    const taken = apply(build());
    if (!taken.ok) throw new Error(taken.errors.map((e) => e.message.en).join('; '));
    const supply = taken.model.flows.find((f) => f.from === 'wwtp' && f.to === 'composter');
    expect(supply).toMatchObject({ material: 'sludge', quantity: 400 });
    const tooMuch = apply(build(500));
    expect(tooMuch.ok || tooMuch.errors.map((e) => e.code)).toEqual(['exceeds-partner']);
  });
});
