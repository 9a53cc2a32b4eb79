import { describe, expect, it } from 'vitest';
import type { Enterprise, ParkModel } from '../../../src/core/model/types.ts';
import { prepareDerivedValidation, validateDerivedModel } from '../../../src/core/model/validateDerived.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';

/** `enterprises` behind a proxy counting the items read: the edits below keep the same array, as the app's do. */
function countingReads(model: ParkModel): { model: ParkModel; reads: () => number } {
  let reads = 0;
  const enterprises = new Proxy(model.enterprises as Enterprise[], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });
  return { model: { ...model, enterprises }, reads: () => reads };
}

/** A quantity edit: a new flows array sharing every other collection with the base. */
function quantityEdit(base: ParkModel, quantity: number): ParkModel {
  return { ...base, flows: base.flows.map((f, i) => (i === 0 ? { ...f, quantity } : f)) };
}

describe('prepareDerivedValidation', () => {
  it("builds the index an edit's validation keeps, so the first edit walks no enterprise", () => {
    const cold = countingReads(fourEnterprisePark());
    const coldResult = validateDerivedModel(cold.model, quantityEdit(cold.model, 42));
    expect(cold.reads()).toBeGreaterThanOrEqual(cold.model.enterprises.length);

    const warm = countingReads(fourEnterprisePark());
    prepareDerivedValidation(warm.model);
    const before = warm.reads();
    expect(before).toBeGreaterThanOrEqual(warm.model.enterprises.length);
    const warmResult = validateDerivedModel(warm.model, quantityEdit(warm.model, 42));
    expect(warm.reads() - before).toBe(0);
    // The same verdict either way.
    expect(warmResult.ok).toBe(true);
    expect(coldResult.ok).toBe(true);
  });

  it('keeps nothing for a park whose ids collide, so the edit still reports the duplicate', () => {
    const park = fourEnterprisePark();
    const twin = { ...park.enterprises[1]!, id: park.enterprises[0]!.id };
    const broken: ParkModel = { ...park, enterprises: [...park.enterprises, twin] };
    prepareDerivedValidation(broken);
    const result = validateDerivedModel(broken, quantityEdit(broken, 42));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message.en).join('\n')).toMatch(/duplicate|twice|already/i);
  });
});
