/**
 * One rule for what happens to a partner's exchange when the enterprise at
 * its other end leaves the park (model/boundaryFallback.ts), and the three
 * places that follow it agreeing on one tiny park: a scenario closure with
 * rerouting, a deletion with rerouting, and the resilience what-if.
 */
import { describe, expect, it } from 'vitest';
import { analyzeChains } from '../../../src/core/analysis/chainIntegrity.ts';
import { createAnalysisContext } from '../../../src/core/analysis/context.ts';
import { simulateClosure } from '../../../src/core/analysis/resilience.ts';
import { lostOutletFallback, lostSupplyFallback, rerouteOf } from '../../../src/core/model/boundaryFallback.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { applyScenario } from '../../../src/core/scenario/applyScenario.ts';
import type { Change } from '../../../src/core/scenario/changeSet.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { changeSet } from './helpers.ts';

// The hub sends steam and coal to A, wastewater to the treatment plant (which declares a capacity for it), coal
// to B (only an idea: potential) and to an old plant that is closed; it takes slag from A, sludge and reclaimed
// water from the treatment plant, power and parts from B, and buys its ore from outside.
const park = buildPark({
  materials: {
    coal: 'product',
    steam: 'energy',
    wastewater: ['water', 'm3/a'],
    slag: 'by-product',
    sludge: 'waste',
    reclaimed: ['water', 'm3/a'],
    power: ['energy', 'MWh/a'],
    parts: 'product',
    ore: 'product',
  },
  traits: { steam: { importable: false } },
  enterprises: {
    hub: {
      out: { coal: 11, steam: 5, wastewater: 3 },
      in: { slag: 2, sludge: 1, reclaimed: 4, power: 6, parts: 7, ore: 20 },
    },
    a: { in: { steam: 5, coal: 10 }, out: { slag: 2 } },
    wwtp: { cap: { wastewater: 3 }, out: { sludge: 1, reclaimed: 4 } },
    b: { out: { power: 6, parts: 7 }, in: { coal: 1 } },
    old: { status: 'closed', in: { coal: 1 } },
  },
  flows: [
    ['hub', 'a', 'steam', 5],
    ['hub', 'a', 'coal', 10],
    ['hub', 'wwtp', 'wastewater', 3],
    ['hub', 'b', 'coal', 1, 'potential'],
    ['hub', 'old', 'coal', 1],
    ['a', 'hub', 'slag', 2],
    ['wwtp', 'hub', 'sludge', 1],
    ['wwtp', 'hub', 'reclaimed', 4],
    ['b', 'hub', 'power', 6],
    ['b', 'hub', 'parts', 7],
    ['@supply', 'hub', 'ore', 20],
  ],
});

/** What the rule says for each flow: the partner's new end, or nothing (the flow ends). */
const EXPECTED: Readonly<Record<string, string | null>> = {
  f1: null, // steam cannot be bought from outside the park: the need is unmet
  f2: '@supply → a', // coal can
  f3: null, // the treatment plant loses load; it does not buy wastewater elsewhere
  f4: null, // a potential flow was never real
  f5: null, // the partner is closed too
  f6: 'a → @disposal', // a by-product without its taker is an open end, not a sale
  f7: 'wwtp → @disposal', // waste
  f8: 'wwtp → @disposal', // water is discharged
  f9: 'b → @market', // energy is sold
  f10: 'b → @market', // products are sold
  f11: null, // the hub's own trade with the boundary ends with it
};

const lookup = (model: ParkModel) => ({
  enterprise: (id: string) => model.enterprises.find((e) => e.id === id),
  material: (id: string) => model.materials.find((m) => m.id === id),
});

function applied(...changes: Change[]): ParkModel {
  const result = applyScenario(park, changeSet(changes));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('; '));
  return result.model;
}

describe('the fallback rule', () => {
  it('sends wastes, by-products and water to disposal, products and energy to market', () => {
    const category = (c: 'waste' | 'by-product' | 'water' | 'product' | 'energy' | 'service') => ({ category: c });
    expect(['waste', 'by-product', 'water'].map((c) => lostOutletFallback(category(c as 'waste')))).toEqual([
      '@disposal',
      '@disposal',
      '@disposal',
    ]);
    expect(['product', 'energy', 'service'].map((c) => lostOutletFallback(category(c as 'product')))).toEqual([
      '@market',
      '@market',
      '@market',
    ]);
  });

  it('buys a lost supply from outside only where it can be bought, and never what the partner only treats', () => {
    expect(lostSupplyFallback({}, false)).toBe('@supply');
    expect(lostSupplyFallback({ importable: false }, false)).toBe('unmet');
    expect(lostSupplyFallback({}, true)).toBe('none');
  });

  it('gives each flow of a leaving enterprise its partner’s new end, or none', () => {
    const ends = Object.fromEntries(
      park.flows.map((f) => {
        const target = rerouteOf(f, 'hub', lookup(park));
        const moved = target && { ...f, [target.end]: target.boundary };
        return [f.id, moved ? `${moved.from} → ${moved.to}` : null];
      }),
    );
    expect(ends).toEqual(EXPECTED);
  });
});

describe('the places that follow it agree', () => {
  it('closing with rerouteToBoundary replaces exactly the flows the rule keeps', () => {
    const model = applied({ kind: 'close-enterprise', enterprise: 'hub', rerouteToBoundary: true });
    const added = model.flows.filter((f) => f.id.startsWith('cs1:')).map((f) => `${f.from} → ${f.to}`);
    expect(added).toEqual(Object.values(EXPECTED).filter((e) => e !== null));
    expect(model.flows.some((f) => f.from === 'hub' || f.to === 'hub')).toBe(false);
  });

  it('removing with reroute moves exactly those flows’ ends and drops the rest', () => {
    const model = applied({ kind: 'remove-enterprise', enterprise: 'hub', flows: 'reroute' });
    const ends = Object.fromEntries(model.flows.map((f) => [f.id, `${f.from} → ${f.to}`]));
    expect(ends).toEqual(Object.fromEntries(Object.entries(EXPECTED).filter(([, e]) => e !== null)));
    // A moved flow is the same exchange: its quantity and status stay.
    expect(model.flows.find((f) => f.id === 'f2')).toEqual({ ...park.flows[1], from: '@supply' });
  });

  it('the resilience what-if names the same fallbacks for the flows it counts', () => {
    const context = createAnalysisContext(park);
    const impact = simulateClosure(context, analyzeChains(context), 'hub');
    const said = (fallback: string, partner: string, flow: string) => {
      if (fallback === '@supply') return `@supply → ${partner}`;
      if (fallback === '@market' || fallback === '@disposal') return `${partner} → ${fallback}`;
      return EXPECTED[flow] === null ? null : `not rerouted: ${fallback}`;
    };
    const links = [...impact.lostSupplies, ...impact.lostOutlets];
    // Potential flows and flows to a closed plant are not current: the what-if does not count them.
    expect(links.map((l) => l.flow).sort()).toEqual(['f1', 'f10', 'f2', 'f3', 'f6', 'f7', 'f8', 'f9']);
    for (const l of links) expect(said(l.fallback, l.partner, l.flow)).toBe(EXPECTED[l.flow]);
    expect(impact.lostSupplies.map((l) => [l.flow, l.fallback])).toEqual([
      ['f1', 'unmet'],
      ['f2', '@supply'],
      ['f3', 'none'],
    ]);
  });
});
