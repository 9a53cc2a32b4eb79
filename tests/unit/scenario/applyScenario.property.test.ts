/**
 * Property: whatever sequence of changes is drawn from the fixture's ids
 * (and a few that do not exist), `applyScenario` either refuses with
 * well-formed problems or returns a model that validation accepts and the
 * analyses can use — never an invalid model marked ok — and it never
 * touches its input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizePark } from '../../../src/core/analysis/summary.ts';
import { buildExchangeGraph } from '../../../src/core/graph/exchangeGraph.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { applyScenario } from '../../../src/core/scenario/applyScenario.ts';
import type { Change } from '../../../src/core/scenario/changeSet.ts';
import { diffModels } from '../../../src/core/comparison/diff.ts';
import { changeSet, deepFreeze, expectBilingual, parkWithDisposal, testCatalogue } from './helpers.ts';

/** Mostly ids that exist, sometimes one that does not (or not yet), so both paths run. */
function mostly<T>(real: readonly T[], other: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...real), weight: 6 },
    { arbitrary: fc.constantFrom(...other), weight: 1 },
  );
}

const REAL_ENTERPRISES = ['chp', 'ammonia-plant', 'wwtp', 'fert'];
const REAL_FLOWS = ['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8', 'f9'];
const MATERIALS = ['coal', 'steam', 'ammonia', 'wastewater', 'sludge', 'fertilizer'];
const UNITS = ['t/a', 'kt/a', 'm3/a'];

const quantity = fc.oneof(fc.constantFrom(0, 1, 1000, 3000, 1e6), fc.double({ min: 0, max: 1e7, noNaN: true }));
const enterpriseId = mostly(REAL_ENTERPRISES, ['new-plant', 'ghost']);
const flowId = mostly(REAL_FLOWS, ['g1', 'cs:0:0', 'ghost']);
const newEnterpriseId = mostly(['new-plant', 'other-plant'], ['chp']);
const newFlowId = mostly(['g1', 'g2', 'g3'], ['f1']);
const material = mostly(MATERIALS, ['electricity', 'ghost']);
const unit = mostly(UNITS, ['MWh/a', 'GJ/a', 'bananas/a']);
const end = mostly([...REAL_ENTERPRISES, '@supply', '@market', '@disposal'], ['new-plant', 'ghost']);
const flowStatus = fc.constantFrom('existing' as const, 'planned' as const, 'potential' as const);

const flowArb = fc.record({ id: newFlowId, from: end, to: end, material, quantity, unit, status: flowStatus });
const streamArb = fc.record({ material, quantity, unit });
const list = fc.constantFrom('inputs' as const, 'outputs' as const, 'capacities' as const);

/** A build-project whose links mostly make sense for its technology, with some noise. */
function projectArb(
  technology: string,
  supplies: readonly [string, string][],
  deliveries: readonly [string, string][],
): fc.Arbitrary<Change> {
  const link = (pairs: readonly [string, string][], noise: readonly [string, string][]) =>
    mostly(pairs, noise).chain(([partner, m]) =>
      fc.record({
        partner: fc.constant(partner),
        material: fc.constant(m),
        quantity: mostly([undefined], [1, 100, 5000]),
      }),
    );
  return fc
    .record({
      technology: mostly([technology], ['ghost']),
      id: newEnterpriseId,
      cluster: mostly(['util', 'chem'], ['ghost']),
      scale: fc.option(fc.constantFrom(1, 500, 2500, 40000), { nil: undefined }),
      // Mostly one link per material: a second default link for a covered need is an error, tested elsewhere.
      supplies: fc.uniqueArray(
        link(supplies, [
          ['fert', 'sludge'],
          ['ghost', 'coal'],
          ['new-plant', 'sludge'],
        ]),
        {
          maxLength: 3,
          selector: (l) => (l.quantity === undefined ? l.material : `${l.material}:${l.quantity}`),
        },
      ),
      deliveries: fc.uniqueArray(
        link(deliveries, [
          ['fert', 'coal'],
          ['@market', 'ghost'],
        ]),
        {
          maxLength: 3,
          selector: (l) => (l.quantity === undefined ? l.material : `${l.material}:${l.quantity}`),
        },
      ),
    })
    .map((p): Change => ({
      kind: 'build-project',
      technology: p.technology,
      enterprise: { id: p.id, cluster: p.cluster },
      ...(p.scale === undefined ? {} : { scale: p.scale }),
      supplies: p.supplies.map((l) => ({ from: l.partner, material: l.material, quantity: l.quantity })),
      deliveries: p.deliveries.map((l) => ({ to: l.partner, material: l.material, quantity: l.quantity })),
    }));
}

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record(
    {
      kind: fc.constant('close-enterprise' as const),
      enterprise: enterpriseId,
      flows: fc.constantFrom('remove' as const, 'keep' as const),
      rerouteToBoundary: fc.boolean(),
    },
    { requiredKeys: ['kind', 'enterprise'] },
  ),
  fc.record({ kind: fc.constant('remove-flow' as const), flow: flowId }),
  fc.record({
    kind: fc.constant('update-flow' as const),
    flow: flowId,
    set: fc.record({ quantity, unit, status: flowStatus }, { requiredKeys: [] }),
  }),
  fc.record({ kind: fc.constant('add-flow' as const), flow: flowArb }),
  fc.record({
    kind: fc.constant('update-enterprise' as const),
    enterprise: enterpriseId,
    set: fc.record({ status: fc.constantFrom('operating' as const, 'closed' as const) }),
  }),
  fc.record({
    kind: fc.constant('remove-enterprise' as const),
    enterprise: enterpriseId,
    flows: fc.constantFrom('remove' as const, 'reroute' as const),
  }),
  fc.record({ kind: fc.constant('update-material' as const), material, set: fc.record({ unit }) }),
  fc.record({
    kind: fc.constant('remove-material' as const),
    material,
    uses: fc.constantFrom('refuse' as const, 'remove' as const),
  }),
  fc.record({ kind: fc.constant('add-stream' as const), enterprise: enterpriseId, list, stream: streamArb }),
  fc.record({
    kind: fc.constant('update-stream' as const),
    enterprise: enterpriseId,
    list,
    material,
    set: fc.record({ quantity, unit }, { requiredKeys: [] }),
  }),
  fc.record({
    kind: fc.constant('add-enterprise' as const),
    enterprise: fc.record({
      id: newEnterpriseId,
      name: fc.constant({ en: 'Random' }),
      cluster: mostly(['util', 'chem'], ['ghost']),
      role: fc.constantFrom('producer' as const, 'recycler' as const),
      status: fc.constantFrom('operating' as const, 'planned' as const, 'closed' as const),
      inputs: fc.array(streamArb, { maxLength: 2 }),
      outputs: fc.array(streamArb, { maxLength: 2 }),
      capacities: fc.array(streamArb, { maxLength: 1 }),
    }),
    flows: fc.array(flowArb, { maxLength: 2 }),
  }),
  projectArb(
    'sludge-composting',
    [
      ['wwtp', 'sludge'],
      ['@supply', 'sludge'],
      ['@supply', 'electricity'],
    ],
    [
      ['@market', 'organic-fertilizer'],
      ['@disposal', 'compost-residue'],
    ],
  ),
  projectArb(
    'nitric-acid',
    [
      ['ammonia-plant', 'ammonia'],
      ['@supply', 'ammonia'],
      ['chp', 'steam'],
    ],
    [
      ['@market', 'nitric-acid'],
      ['@disposal', 'tail-gas'],
    ],
  ),
  projectArb(
    'sludge-drying',
    [
      ['wwtp', 'sludge'],
      ['chp', 'steam'],
    ],
    [
      ['chp', 'coal'],
      ['@market', 'coal'],
    ],
  ),
);

describe('applyScenario never returns an invalid model as ok', () => {
  const base = deepFreeze(parkWithDisposal());
  const catalogue = deepFreeze(testCatalogue());

  it('on random sequences of changes over the fixture', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(changeArb, { minLength: 1, maxLength: 4 }), (changes) => {
        // Changes that break the change-set schema (an empty `set`, reroute with keep) are part of the test.
        const result = applyScenario(base, changeSet(changes, 'cs'), catalogue);
        if (result.ok) {
          accepted += 1;
          expect(validateModel(result.model).ok).toBe(true);
          buildExchangeGraph(result.model);
          summarizePark(result.model);
          diffModels(base, result.model);
          expect(result.applied).toHaveLength(changes.length);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          expectBilingual(result.errors);
          for (const e of result.errors) expect(['changes', 'result']).toContain(e.path[0]);
        }
      }),
      { numRuns: 1500 },
    );
    // The generator is useless if it never produces an applicable scenario.
    expect(accepted).toBeGreaterThan(120);
  });
});

describe("applyScenario's `changes` validation", () => {
  const base = deepFreeze(parkWithDisposal());
  const catalogue = deepFreeze(testCatalogue());
  const errorKeys = (errors: readonly { code: string; path: readonly unknown[] }[]) =>
    errors.map((e) => `${e.code} ${JSON.stringify(e.path)}`).sort();

  it('accepts and rejects exactly what the full validation does, with the same errors and model', () => {
    let rejectedByResult = 0;
    fc.assert(
      fc.property(fc.array(changeArb, { minLength: 1, maxLength: 4 }), (changes) => {
        const full = applyScenario(base, changeSet(changes, 'cs'), catalogue);
        const quick = applyScenario(base, changeSet(changes, 'cs'), catalogue, { validation: 'changes' });
        expect(quick.ok).toBe(full.ok);
        if (full.ok && quick.ok) expect(quick.model).toEqual(full.model);
        if (!full.ok && !quick.ok) {
          expect(errorKeys(quick.errors)).toEqual(errorKeys(full.errors));
          if (full.errors.some((e) => e.path[0] === 'result')) rejectedByResult += 1;
        }
      }),
      { numRuns: 800 },
    );
    // Otherwise the property never exercised the part that differs.
    expect(rejectedByResult).toBeGreaterThan(20);
  });
});
