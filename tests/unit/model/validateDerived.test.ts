import { describe, expect, it } from 'vitest';
import type { Flow, ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { validateDerivedModel, type DerivedValidation } from '../../../src/core/model/validateDerived.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';

/** A scenario-style copy: new arrays, unchanged items shared with the base. */
function derive(base: ParkModel, edit: (draft: ParkModel) => void): ParkModel {
  const draft: ParkModel = {
    ...base,
    park: { ...base.park },
    materials: [...base.materials],
    enterprises: [...base.enterprises],
    flows: [...base.flows],
  };
  edit(draft);
  return draft;
}

const flow = (over: Partial<Flow>): Flow => ({
  id: 'new-flow',
  from: 'chp',
  to: 'ammonia-plant',
  material: 'steam',
  quantity: 10,
  unit: 't/a',
  status: 'planned',
  ...over,
});

describe('validateDerivedModel', () => {
  const base = fourEnterprisePark();

  it('accepts a valid addition as the full validation does, and gives no model of its own', () => {
    const derived = derive(base, (d) => d.flows.push(flow({})));
    const quick = validateDerivedModel(base, derived);
    expect(quick).toEqual({ ok: true, warnings: [] });
    expect(validateModel(derived).ok).toBe(true);
  });

  it('reports an added flow with an unknown material at its real index', () => {
    const derived = derive(base, (d) => d.flows.push(flow({ material: 'unobtainium' })));
    const result = validateDerivedModel(base, derived);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => [e.code, e.path])).toContainEqual([
        'unknown-reference',
        ['flows', base.flows.length, 'material'],
      ]);
  });

  it('reports a new id that collides with an unchanged one', () => {
    const derived = derive(base, (d) => d.flows.push(flow({ id: base.flows[0]!.id })));
    const result = validateDerivedModel(base, derived);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.code === 'duplicate-id')).toBe(true);
  });

  it.each([
    ['an added flow placed before the one it copies', (d: ParkModel) => d.flows.unshift(flow({ id: d.flows[2]!.id }))],
    ['a flow given the id of another', (d: ParkModel) => (d.flows[1] = { ...d.flows[1]!, id: d.flows[3]!.id })],
    ['two added flows with one id', (d: ParkModel) => d.flows.push(flow({ id: 'twin' }), flow({ id: 'twin' }))],
    [
      'a flow edited in place and also copied over the next one',
      (d: ParkModel) => {
        d.flows[1] = d.flows[0]!;
        d.flows[0] = { ...d.flows[0]!, quantity: 5 };
      },
    ],
  ])('reports the duplicate ids the full validation reports, where it does: %s', (_name, edit) => {
    const derived = derive(base, edit);
    const duplicates = (result: DerivedValidation) =>
      result.ok ? [] : result.errors.filter((e) => e.code === 'duplicate-id').map((e) => [e.path, e.message.en]);
    const full = duplicates(validateModel(derived));
    expect(full).toHaveLength(1);
    expect(duplicates(validateDerivedModel(base, derived))).toEqual(full);
  });

  it('reports a malformed added item through the schema', () => {
    const derived = derive(base, (d) => d.flows.push(flow({ quantity: -1 })));
    const result = validateDerivedModel(base, derived);
    expect(!result.ok && result.errors.map((e) => e.path)).toContainEqual(['flows', base.flows.length, 'quantity']);
  });

  it('re-checks everything when a material is replaced, since unchanged flows depend on its unit', () => {
    // Steam measured in MWh: the unchanged steam flows in t/a no longer convert (no heating value given).
    const derived = derive(base, (d) => {
      d.materials = d.materials.map((m) => (m.id === 'steam' ? { ...m, unit: 'MWh/a' } : m));
    });
    const quick = validateDerivedModel(base, derived);
    const full = validateModel(derived);
    expect(full.ok).toBe(false);
    expect(quick).toEqual(full);
  });
});
