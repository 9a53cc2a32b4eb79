import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyModelDelta,
  collectionChanges,
  deltaSize,
  modelDelta,
  modelSize,
} from '../../../src/core/model/modelDelta.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModelText } from '../../../src/core/model/validate.ts';
import { applyScenario } from '../../../src/core/scenario/applyScenario.ts';
import type { Change } from '../../../src/core/scenario/changeSet.ts';

function referencePark(): ParkModel {
  const result = validateModelText(readFileSync('data/linyi-etdz.json', 'utf8'), 'linyi-etdz.json');
  if (!result.ok) throw new Error('the reference park does not validate');
  return result.model;
}

function edited(model: ParkModel, changes: Change[]): ParkModel {
  const result = applyScenario(model, { id: 'edit', name: { en: 'edit' }, changes }, undefined, {
    validation: 'changes',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

/** What a worker holding `before` gets: both sides copied as postMessage copies them. */
function rebuiltInWorker(before: ParkModel, after: ParkModel): ParkModel {
  return applyModelDelta(structuredClone(before), structuredClone(modelDelta(before, after)));
}

describe('modelDelta', () => {
  const park = referencePark();
  const flow = park.flows[3]!;

  it('carries only the changed item of a one-cell edit, and rebuilds the model exactly', () => {
    const after = edited(park, [{ kind: 'update-flow', flow: flow.id, set: { quantity: 12345 } }]);
    const delta = modelDelta(park, after);
    expect(Object.keys(delta.collections)).toEqual(['flows']);
    expect(delta.collections.flows?.added).toEqual([after.flows[3]]);
    expect([...delta.collections.flows!.from].filter((i) => i === -1)).toHaveLength(1);
    expect(deltaSize(delta)).toBe(1);
    expect(modelSize(park)).toBeGreaterThan(100);
    expect(rebuiltInWorker(park, after)).toEqual(after);
  });

  it('rebuilds removals and additions in their order, and undoing goes back the same way', () => {
    const removed = edited(park, [{ kind: 'remove-flow', flow: flow.id }]);
    expect(rebuiltInWorker(park, removed)).toEqual(removed);
    expect(rebuiltInWorker(removed, park)).toEqual(park);
    const { dropped, added } = collectionChanges(park.flows, modelDelta(park, removed).collections.flows);
    expect(dropped).toEqual([flow]);
    expect(added).toEqual([]);
  });

  it('finds items moved within a collection of the same length, sending only the new one', () => {
    const flows = [...park.flows];
    [flows[1], flows[5]] = [flows[5]!, flows[1]!];
    flows[8] = { ...flows[8]!, quantity: 3 };
    const after = { ...park, flows };
    const delta = modelDelta(park, after);
    expect(delta.collections.flows?.added).toEqual([flows[8]]);
    expect([delta.collections.flows!.from[1], delta.collections.flows!.from[5]]).toEqual([5, 1]);
    expect(rebuiltInWorker(park, after)).toEqual(after);
  });

  it('names an edit as the old item dropped and the new one added, with the same id', () => {
    const after = edited(park, [{ kind: 'update-flow', flow: flow.id, set: { quantity: 7 } }]);
    const { dropped, added } = collectionChanges(park.flows, modelDelta(park, after).collections.flows);
    expect(dropped.map((f) => f.id)).toEqual([flow.id]);
    expect(added.map((f) => [f.id, f.quantity])).toEqual([[flow.id, 7]]);
  });

  it('sends fields outside the collections whole, and removes the ones that went', () => {
    const withView: ParkModel = { ...park, view: { positions: { a: { x: 1, y: 2 } } } };
    const delta = modelDelta(withView, park);
    expect(delta.collections).toEqual({});
    expect(delta.removed).toEqual(['view']);
    expect(rebuiltInWorker(withView, park)).toEqual(park);
    expect(modelDelta(park, withView).changed).toEqual({ view: withView.view });
    const renamed: ParkModel = { ...park, park: { ...park.park, name: { zh: '新园区', en: 'New park' } } };
    expect(rebuiltInWorker(park, renamed)).toEqual(renamed);
  });

  it('is empty between a model and itself', () => {
    const delta = modelDelta(park, park);
    expect(delta).toEqual({ collections: {}, changed: {}, removed: [] });
    expect(applyModelDelta(park, delta)).toEqual(park);
  });

  it('refuses a delta made from another model instead of rebuilding a wrong one', () => {
    const small: ParkModel = { ...park, flows: park.flows.slice(0, 2) };
    const delta = modelDelta(park, { ...park, flows: [...park.flows].reverse() });
    expect(() => applyModelDelta(small, delta)).toThrow(/item \d+ of a 2-item collection/);
  });
});
