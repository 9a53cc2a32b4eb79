import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModelText } from '../../../src/core/model/validate.ts';
import { applyScenario } from '../../../src/core/scenario/applyScenario.ts';
import type { Change } from '../../../src/core/scenario/changeSet.ts';
import type { DisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { patchDisplayGraph, prepareDisplayPatch } from '../../../src/app/network/displayPatch.ts';
import { drawPark } from '../../../src/app/network/useDisplayGraph.ts';
import { drawnBundles, patchedBundles, type DrawnBundles } from '../../../src/app/network/display.ts';
import type { Filters } from '../../../src/app/network/filters.ts';
import { syntheticPark } from '../../../bench/syntheticPark.ts';

function referencePark(): ParkModel {
  const result = validateModelText(readFileSync('data/linyi-etdz.json', 'utf8'), 'linyi-etdz.json');
  if (!result.ok) throw new Error('the reference park does not validate');
  return result.model;
}

function edited(model: ParkModel, ...changes: Change[]): ParkModel {
  const result = applyScenario(model, { id: 'e', name: { en: 'e' }, changes }, undefined, { validation: 'changes' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors.map((e) => e.message.en)));
  return result.model;
}

/** Everything the renderer reads of a display graph but the places (a patch keeps actors where they are). */
function drawing(graph: DisplayGraph) {
  return {
    attributes: graph.getAttributes(),
    nodes: Object.fromEntries(
      graph.mapNodes((id, { x: _x, y: _y, throughflow, ...rest }) => [
        id,
        { ...rest, throughflow: round(throughflow) },
      ]),
    ),
    edges: Object.fromEntries(
      graph.mapEdges((id, a, source, target) => [
        id,
        {
          ...a,
          source,
          target,
          parallelIndex: a.parallelIndex ?? null,
          parallelMaxIndex: a.parallelMaxIndex ?? null,
          parallelMinIndex: a.parallelMinIndex ?? null,
        },
      ]),
    ),
  };
}
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** Patches the graph of `before` to `after` and checks it draws what drawing `after` afresh draws. */
function expectPatchedLikeDrawn(before: ParkModel, after: ParkModel) {
  const graph = drawPark(before);
  const patch = patchDisplayGraph(graph, before, after);
  expect(patch).not.toBeNull();
  expect(drawing(graph)).toEqual(drawing(drawPark(after)));
  return patch!;
}

describe('patchDisplayGraph', () => {
  const park = syntheticPark({ enterprises: 60, flows: 300, seed: 7 });
  const flow = park.flows[10]!;
  const biggest = park.flows.reduce((a, b) => ((b.quantity ?? 0) > (a.quantity ?? 0) ? b : a));

  it('repaints only a changed flow, its ends and nothing else when no extreme moves', () => {
    const patch = expectPatchedLikeDrawn(
      park,
      edited(park, { kind: 'update-flow', flow: flow.id, set: { quantity: (flow.quantity ?? 0) + 1 } }),
    );
    expect(patch.structural).toBe(false);
    expect(patch.edges).toEqual([flow.id]);
    expect(patch.nodes.length).toBeLessThanOrEqual(2);
  });

  it('finds the internal actors ahead when prepared, so the first edit reads no enterprise', () => {
    const patchReads = (prepared: boolean) => {
      let reads = 0;
      // A fresh array per case (the index is kept per array), read through a proxy counting the items read.
      const enterprises = new Proxy([...park.enterprises], {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
          return Reflect.get(target, key, receiver);
        },
      });
      const before: ParkModel = { ...park, enterprises };
      const after: ParkModel = {
        ...before,
        flows: before.flows.map((f) => (f.id === flow.id ? { ...f, quantity: (f.quantity ?? 0) + 1 } : f)),
      };
      const graph = drawPark(before);
      if (prepared) prepareDisplayPatch(before);
      const from = reads;
      expect(patchDisplayGraph(graph, before, after)?.edges).toEqual([flow.id]);
      return reads - from;
    };
    expect(patchReads(false)).toBeGreaterThanOrEqual(park.enterprises.length);
    expect(patchReads(true)).toBe(0);
  });

  it('widens every line again when a flow becomes the widest, and when the widest shrinks', () => {
    const wider = edited(park, { kind: 'update-flow', flow: flow.id, set: { quantity: 10 * (biggest.quantity ?? 1) } });
    // Every width is written again in the graph; sigma is asked to process only the changed line (the programs
    // draw the others at the new scale, scaledWidths.ts).
    const widened = expectPatchedLikeDrawn(park, wider);
    expect([widened.rescaled, widened.edges]).toEqual([true, [flow.id]]);
    const narrowed = expectPatchedLikeDrawn(
      park,
      edited(park, { kind: 'update-flow', flow: biggest.id, set: { quantity: 1 } }),
    );
    expect([narrowed.rescaled, narrowed.edges]).toEqual([true, [biggest.id]]);
  });

  it('follows a flow that stops counting (planned) and an enterprise renamed', () => {
    expectPatchedLikeDrawn(park, edited(park, { kind: 'update-flow', flow: flow.id, set: { status: 'planned' } }));
    const enterprise = park.enterprises[3]!;
    const patch = expectPatchedLikeDrawn(
      park,
      edited(park, {
        kind: 'update-enterprise',
        enterprise: enterprise.id,
        set: { name: { zh: '新名', en: 'New name' } },
      }),
    );
    expect(patch.nodes).toEqual([enterprise.id]);
  });

  it('removes and adds flows, curving their pairs again, and an undo draws the park as before', () => {
    const removed = edited(park, { kind: 'remove-flow', flow: biggest.id });
    expect(expectPatchedLikeDrawn(park, removed).structural).toBe(true);
    const twin = { ...flow, id: 'f-twin', quantity: 5 };
    const added = edited(park, { kind: 'add-flow', flow: twin });
    expectPatchedLikeDrawn(park, added);
    expect(drawPark(added).getEdgeAttribute('f-twin', 'type')).toBe('curved');
    expectPatchedLikeDrawn(added, park);
    expectPatchedLikeDrawn(removed, park);
  });

  it('gives up where an edit changes how everything is drawn', () => {
    const enterprise = park.enterprises[0]!;
    const closed = edited(park, { kind: 'update-enterprise', enterprise: enterprise.id, set: { status: 'closed' } });
    expect(patchDisplayGraph(drawPark(park), park, closed)).toBeNull();
    const recoloured: ParkModel = {
      ...park,
      clusters: park.clusters.map((c, i) => (i === 0 ? { ...c, colour: '#123456' } : c)),
    };
    expect(patchDisplayGraph(drawPark(park), park, recoloured)).toBeNull();
    // A flow without a quantity: the park is sized by its links from then on, and back when it gets one again.
    const unquantified = { ...flow };
    delete unquantified.quantity;
    const structural: ParkModel = { ...park, flows: park.flows.map((f) => (f === flow ? unquantified : f)) };
    expect(patchDisplayGraph(drawPark(park), park, structural)).toBeNull();
    expect(patchDisplayGraph(drawPark(structural), structural, park)).toBeNull();
  });

  it('keeps the reference park drawn as afresh through an edit of each kind', () => {
    const reference = referencePark();
    const first = reference.flows.find((f) => f.quantity !== undefined)!;
    expectPatchedLikeDrawn(
      reference,
      edited(reference, { kind: 'update-flow', flow: first.id, set: { quantity: 2 * first.quantity! } }),
    );
    expectPatchedLikeDrawn(reference, edited(reference, { kind: 'remove-flow', flow: reference.flows[0]!.id }));
  });
});

describe('patchedBundles', () => {
  const park = syntheticPark({ enterprises: 40, flows: 400, seed: 11 });
  const quantities = park.flows.map((f) => f.quantity ?? 0).sort((a, b) => a - b);
  const filters: Filters = {
    hiddenCategories: new Set(),
    hiddenClusters: new Set(),
    hiddenStatuses: new Set(),
    minTonnes: quantities[Math.floor(quantities.length / 2)]!,
    showBoundary: true,
  };
  // A flow drawn as part of another's line (the second shown flow of its pair), and one shown only once the edit
  // lifts it over the filter's threshold.
  const shownOfPair = new Map<string, number>();
  const bundled = park.flows.find((f) => {
    if ((f.quantity ?? 0) < filters.minTonnes) return false;
    const key = `${f.from}>${f.to}`;
    shownOfPair.set(key, (shownOfPair.get(key) ?? 0) + 1);
    return shownOfPair.get(key)! > 1;
  })!;
  const hidden = park.flows.find((f) => f.quantity != null && f.quantity < filters.minTonnes)!;
  const sorted = (bundles: DrawnBundles) => ({
    carried: [...bundles.carried].sort(([a], [b]) => a.localeCompare(b)),
    absorbed: [...bundles.absorbed].sort(),
    maxQuantity: bundles.maxQuantity,
    // The count the reading bar shows, kept as the bundles are patched.
    flows: bundles.flows,
  });

  it.each([
    ['a bundled flow grows', { kind: 'update-flow', flow: bundled.id, set: { quantity: bundled.quantity! * 1.5 } }],
    [
      'a hidden flow passes the threshold',
      { kind: 'update-flow', flow: hidden.id, set: { quantity: filters.minTonnes * 2 } },
    ],
    ['a shown flow falls under it', { kind: 'update-flow', flow: bundled.id, set: { quantity: 0.001 } }],
    ['a bundled flow becomes the widest', { kind: 'update-flow', flow: bundled.id, set: { quantity: 1e12 } }],
  ] as const)('gives, after %s, what bundling the edited park afresh gives', (name, change) => {
    const after = edited(park, change as Change);
    const graph = drawPark(park);
    const before = drawnBundles(graph, filters);
    const patch = patchDisplayGraph(graph, park, after)!;
    // One flow changed: the bundles are patched, not drawn afresh; a new widest line widens every bundle again.
    expect(patch.changed).toEqual([change.flow]);
    expect(patch.rescaled).toBe(name.includes('widest'));
    const patched = patchedBundles(before, graph, patch, filters);
    expect(sorted(patched)).toEqual(sorted(drawnBundles(drawPark(after), filters)));
  });
});
