/** build-project changes that cannot apply: each reported at its own path, in both languages. */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/core/model/problems.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { applyScenario } from '../../../src/core/scenario/applyScenario.ts';
import type { Change } from '../../../src/core/scenario/changeSet.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';
import { changeSet, composting, expectBilingual, parkWithDisposal, testCatalogue } from './helpers.ts';

function errorsOf(model: ParkModel, ...changes: Change[]): string[] {
  const result = applyScenario(model, changeSet(changes), testCatalogue());
  if (result.ok) throw new Error('expected the scenario to be rejected');
  expectBilingual(result.errors);
  return result.errors.map((e) => `${formatPath(e.path)}: ${e.code}`);
}

describe('build-project: what cannot be built is reported', () => {
  it('without a catalogue, or with a technology it lacks', () => {
    const result = applyScenario(fourEnterprisePark(), changeSet([composting]));
    expect(result.ok ? [] : result.errors.map((e) => `${formatPath(e.path)}: ${e.code}`)).toEqual([
      'changes[0].technology: no-catalogue',
    ]);
    expect(errorsOf(fourEnterprisePark(), { ...composting, technology: 'cold-fusion' })).toEqual([
      'changes[0].technology: unknown-reference',
    ]);
  });

  it('a taken enterprise id and an unknown cluster', () => {
    expect(errorsOf(parkWithDisposal(), { ...composting, enterprise: { id: 'chp', cluster: 'nowhere' } })).toEqual([
      'changes[0].enterprise.id: duplicate-id',
      'changes[0].enterprise.cluster: unknown-reference',
    ]);
  });

  it('bad supplies and deliveries, each at its own path', () => {
    const park = parkWithDisposal();
    park.enterprises[1] = { ...park.enterprises[1]!, status: 'closed' };
    park.flows = park.flows.filter((f) => f.from !== 'ammonia-plant' && f.to !== 'ammonia-plant');
    expect(
      errorsOf(park, {
        ...composting,
        scale: 4000,
        supplies: [
          { from: 'fert', material: 'sludge' }, // fert does not produce sludge
          { from: 'ghost', material: 'sludge' },
          { from: 'ammonia-plant', material: 'sludge' }, // closed
          { from: 'wwtp', material: 'coal' }, // not an input of composting
          { from: 'wwtp', material: 'sludge', quantity: 3001 }, // only 3000 left
          { from: 'compost', material: 'sludge' },
        ],
        deliveries: [
          { to: 'fert', material: 'organic-fertilizer' }, // fert does not take it
          { to: '@market', material: 'organic-fertilizer', quantity: 1601 }, // the plant makes 1600
        ],
      }),
    ).toEqual([
      'changes[0].supplies[0].from: not-declared',
      'changes[0].supplies[1].from: unknown-reference',
      'changes[0].supplies[2].from: closed-enterprise',
      'changes[0].supplies[3].material: not-a-project-input',
      'changes[0].supplies[4].quantity: exceeds-partner',
      'changes[0].supplies[5].from: self-link',
      'changes[0].deliveries[0].to: not-declared',
      'changes[0].deliveries[1].quantity: exceeds-plant',
    ]);
  });

  it('a supplier with nothing left, and a need already covered', () => {
    expect(
      errorsOf(fourEnterprisePark(), {
        ...composting,
        supplies: [
          { from: 'wwtp', material: 'sludge' }, // all 2000 t go to fert
          { from: '@supply', material: 'sludge' },
          { from: '@supply', material: 'sludge' },
        ],
        deliveries: [],
      }),
    ).toEqual(['changes[0].supplies[0]: nothing-left-at-partner', 'changes[0].supplies[2]: nothing-left-in-plant']);
  });

  it('a catalogue unit that cannot become the park’s unit', () => {
    const park = fourEnterprisePark();
    park.materials = park.materials.map((m) => (m.id === 'steam' ? { ...m, unit: 'GJ/a' } : m));
    park.enterprises = park.enterprises.map((e) => ({
      ...e,
      inputs: e.inputs.filter((s) => s.material !== 'steam'),
      outputs: e.outputs.filter((s) => s.material !== 'steam'),
      capacities: e.capacities.filter((s) => s.material !== 'steam'),
    }));
    park.flows = park.flows.filter((f) => f.material !== 'steam');
    expect(validateModel(park).ok).toBe(true);
    expect(
      errorsOf(park, { kind: 'build-project', technology: 'nitric-acid', enterprise: { id: 'n', cluster: 'chem' } }),
    ).toEqual(['changes[0].technology: unit-mismatch']);
  });

  it('a generated flow id that is already taken', () => {
    const park = parkWithDisposal();
    park.flows.push({ ...park.flows[0]!, id: 'cs1:0:0' });
    expect(errorsOf(park, composting)).toEqual(['changes[0]: generated-id-clash']);
  });
});
