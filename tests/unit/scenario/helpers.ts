/**
 * Shared test material: a hand-built catalogue whose numbers are easy to
 * multiply in one's head, a variant of the four-enterprise park that sends
 * sludge to disposal, and a deep freeze to prove the scenario code is pure.
 */
import { expect } from 'vitest';
import type { TechnologyCatalogue } from '../../../src/core/catalogue/schema.ts';
import type { Problem } from '../../../src/core/model/problems.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import type { BuildProjectChange, Change, ChangeSet } from '../../../src/core/scenario/changeSet.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export function changeSet(changes: Change[], id = 'cs1'): ChangeSet {
  return { id, name: { zh: '情景', en: 'scenario' }, changes };
}

/**
 * - sludge-composting (reference sludge): sludge 1 + electricity 0.05 → organic fertilizer 0.4 + residue 0.05
 * - nitric-acid (reference ammonia): ammonia 1 + steam 0.0005 kt (= 0.5 t) → nitric acid 3.4 + tail gas 0.069
 * - sludge-drying (reference sludge): sludge 1 + steam 0.8 → coal substitute ("coal") 0.3
 */
export function testCatalogue(): TechnologyCatalogue {
  return {
    schemaVersion: 1,
    sources: [{ id: 'cat-src', title: 'test catalogue source' }],
    materials: [
      { id: 'sludge', name: { en: 'sludge' }, category: 'waste', unit: 't/a' },
      // Deliberately in kt/a: the park states steam in t/a, so ratios must be converted.
      { id: 'steam', name: { en: 'steam' }, category: 'energy', unit: 'kt/a' },
      { id: 'ammonia', name: { en: 'ammonia' }, category: 'product', unit: 't/a' },
      { id: 'coal', name: { en: 'coal' }, category: 'product', unit: 't/a' },
      { id: 'electricity', name: { zh: '电力', en: 'electricity' }, category: 'energy', unit: 'MWh/a' },
      {
        id: 'organic-fertilizer',
        name: { zh: '有机肥', en: 'organic fertilizer' },
        category: 'product',
        unit: 't/a',
        emissionFactor: { value: 100, source: 'cat-src' },
      },
      { id: 'compost-residue', name: { en: 'compost residue' }, category: 'waste', unit: 't/a' },
      { id: 'nitric-acid', name: { en: 'nitric acid' }, category: 'product', unit: 't/a' },
      { id: 'tail-gas', name: { en: 'tail gas' }, category: 'waste', unit: 't/a' },
    ],
    technologies: [
      {
        id: 'sludge-composting',
        name: { zh: '污泥堆肥', en: 'Sludge composting' },
        reference: 'sludge',
        inputs: [
          { material: 'sludge', ratio: 1 },
          { material: 'electricity', ratio: 0.05 },
        ],
        outputs: [
          { material: 'organic-fertilizer', ratio: 0.4 },
          { material: 'compost-residue', ratio: 0.05 },
        ],
        typicalCapacity: 2000,
        role: 'recycler',
        estimated: true,
        basis: 'made up for tests',
        source: 'cat-src',
      },
      {
        id: 'nitric-acid',
        name: { en: 'Nitric acid' },
        reference: 'ammonia',
        inputs: [
          { material: 'ammonia', ratio: 1 },
          { material: 'steam', ratio: 0.0005 },
        ],
        outputs: [
          { material: 'nitric-acid', ratio: 3.4 },
          { material: 'tail-gas', ratio: 0.069 },
        ],
        typicalCapacity: 10000,
        role: 'producer',
        estimated: true,
        basis: 'made up for tests',
      },
      {
        id: 'sludge-drying',
        name: { en: 'Sludge drying' },
        reference: 'sludge',
        inputs: [
          { material: 'sludge', ratio: 1 },
          { material: 'steam', ratio: 0.0008 },
        ],
        outputs: [{ material: 'coal', ratio: 0.3 }],
        typicalCapacity: 2000,
        role: 'treatment',
        estimated: true,
        basis: 'made up for tests',
      },
    ],
  };
}

/**
 * The four-enterprise park, but the wastewater plant makes 5000 t/a of
 * sludge: 2000 t/a go to the fertilizer plant (planned flow f7) and the
 * rest, 3 kt/a, to disposal (flow f9, in kt/a on purpose).
 */
export function parkWithDisposal(): ParkModel {
  const park = fourEnterprisePark();
  const wwtp = park.enterprises.find((e) => e.id === 'wwtp');
  if (!wwtp) throw new Error('fixture changed');
  wwtp.outputs = [{ material: 'sludge', quantity: 5000, unit: 't/a' }];
  park.flows.push({
    id: 'f9',
    from: 'wwtp',
    to: '@disposal',
    material: 'sludge',
    quantity: 3,
    unit: 'kt/a',
    status: 'existing',
  });
  return park;
}

/** Every problem names a place and says what is wrong in both languages. */
export function expectBilingual(problems: readonly Problem[]): void {
  for (const p of problems) {
    expect(p.message.en.length).toBeGreaterThan(0);
    expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(p.path.length).toBeGreaterThan(0);
  }
}

/** Sludge composting at 2500 t/a, fed by the wastewater plant, selling compost and dumping residue. */
export const composting: BuildProjectChange = {
  kind: 'build-project',
  technology: 'sludge-composting',
  enterprise: { id: 'compost', cluster: 'util' },
  scale: 2500,
  supplies: [
    { from: 'wwtp', material: 'sludge' },
    { from: '@supply', material: 'electricity' },
  ],
  deliveries: [
    { to: '@market', material: 'organic-fertilizer' },
    { to: '@disposal', material: 'compost-residue' },
  ],
};
