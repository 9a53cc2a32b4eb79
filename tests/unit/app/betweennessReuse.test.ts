import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { buildActorNetwork } from '../../../src/core/analysis/network/actors.ts';
import { computeBetweenness } from '../../../src/core/analysis/network/betweenness.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModelText } from '../../../src/core/model/validate.ts';
import { applyScenario } from '../../../src/core/scenario/applyScenario.ts';
import type { Change } from '../../../src/core/scenario/changeSet.ts';
import { betweennessFor, keptBetweenness } from '../../../src/app/analysis/betweennessReuse.ts';

const loaded = validateModelText(readFileSync('data/linyi-etdz.json', 'utf8'), 'linyi-etdz.json');
if (!loaded.ok) throw new Error('the reference park does not validate');
const park = loaded.model;

function edited(model: ParkModel, change: Change): ParkModel {
  const result = applyScenario(model, { id: 'e', name: { en: 'e' }, changes: [change] }, undefined, {
    validation: 'changes',
  });
  if (!result.ok) throw new Error('edit refused');
  return result.model;
}

describe('betweennessFor', () => {
  const network = buildActorNetwork(park);
  const exact = computeBetweenness(network, { method: 'exact' });
  const kept = keptBetweenness(network, 'exact', exact);
  // A flow whose pair has no other current flow: removing it removes a link.
  const pairs = new Map<string, number>();
  for (const f of park.flows) pairs.set(`${f.from}>${f.to}`, (pairs.get(`${f.from}>${f.to}`) ?? 0) + 1);
  const lone = park.flows.find(
    (f) => pairs.get(`${f.from}>${f.to}`) === 1 && network.indexOf.has(f.from) && network.indexOf.has(f.to),
  )!;

  it('uses the kept figures after an edit of a quantity, which are what computing again gives', async () => {
    const after = buildActorNetwork(edited(park, { kind: 'update-flow', flow: lone.id, set: { quantity: 1 } }));
    const compute = vi.fn(async () => computeBetweenness(after, { method: 'exact' }));
    expect(await betweennessFor(after, 'exact', structuredClone(kept), compute)).toEqual(exact);
    expect(compute).not.toHaveBeenCalled();
    expect(computeBetweenness(after, { method: 'exact' })).toEqual(exact);
  });

  it('computes again when a link goes, when the method differs, and with nothing kept', async () => {
    const after = buildActorNetwork(edited(park, { kind: 'remove-flow', flow: lone.id }));
    const fresh = computeBetweenness(after, { method: 'exact' });
    const compute = vi.fn(async () => fresh);
    expect(await betweennessFor(after, 'exact', kept, compute)).toBe(fresh);
    expect(await betweennessFor(network, 'sampled', kept, compute)).toBe(fresh);
    expect(await betweennessFor(network, 'exact', null, compute)).toBe(fresh);
    expect(compute).toHaveBeenCalledTimes(3);
  });
});
