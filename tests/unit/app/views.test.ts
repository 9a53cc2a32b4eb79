import { describe, expect, it } from 'vitest';
import { buildMaterialView, buildProcessView } from '../../../src/app/network/viewGraphs.ts';
import { layeredLayout, longestPathLayers, twoColumnLayout } from '../../../src/app/network/viewLayouts.ts';
import { carrySelection } from '../../../src/app/network/views.ts';
import { initialUiState, uiReducer } from '../../../src/app/network/uiState.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';

describe('longestPathLayers', () => {
  it('puts each node one layer after its furthest predecessor', () => {
    // a → b → c, a → c: c is two steps from a by the longest path.
    const layers = longestPathLayers(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ],
    );
    expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 1, c: 2 });
  });

  it('terminates on cycles and keeps isolated nodes at layer 0', () => {
    const layers = longestPathLayers(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ],
    );
    expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 1, c: 2, d: 0 });
  });
});

describe('layeredLayout and twoColumnLayout', () => {
  it('are deterministic, layer by layer left to right, and centre each column', () => {
    const nodes = ['a', 'b', 'c'];
    const edges = [
      ['a', 'b'],
      ['a', 'c'],
    ] as const;
    const first = layeredLayout(nodes, edges);
    expect(first).toEqual(layeredLayout(nodes, edges));
    expect(first.get('a')?.x).toBeLessThan(first.get('b')?.x ?? 0);
    expect(first.get('b')?.x).toBe(first.get('c')?.x);
    expect((first.get('b')?.y ?? 0) + (first.get('c')?.y ?? 0)).toBe(0);
  });

  it('puts enterprises left of materials', () => {
    const positions = twoColumnLayout(['e:a'], ['m:x', 'm:y']);
    expect(positions.get('e:a')?.x).toBeLessThan(positions.get('m:x')?.x ?? 0);
    expect(positions.get('e:a')?.y).toBe(0);
  });
});

describe('carrySelection', () => {
  const has = (keys: string[]) => (k: string) => keys.includes(k);

  it('keeps an enterprise between the exchange and process views', () => {
    expect(carrySelection('a', 'exchange', 'process', has(['e:a']))).toBe('e:a');
    expect(carrySelection('e:a', 'process', 'exchange', has(['a']))).toBe('a');
  });

  it('keeps a material between the material and process views', () => {
    expect(carrySelection('slag', 'material', 'process', has(['m:slag']))).toBe('m:slag');
    expect(carrySelection('m:slag', 'process', 'material', has(['slag']))).toBe('slag');
  });

  it('drops a selection the other view lacks', () => {
    expect(carrySelection('a', 'exchange', 'material', has(['a']))).toBeNull();
    expect(carrySelection('a', 'exchange', 'process', has([]))).toBeNull();
    expect(carrySelection(null, 'exchange', 'process', has(['e:a']))).toBeNull();
  });

  it('is applied by the reducer together with the view', () => {
    const next = uiReducer(initialUiState(), { type: 'set-view', view: 'process', selected: 'e:a' });
    expect(next.view).toBe('process');
    expect(next.selected).toBe('e:a');
  });
});

describe('view graphs', () => {
  const model = fourEnterprisePark();

  it('draws every material of the model, utilities not as transformation inputs', () => {
    const graph = buildMaterialView(model);
    for (const m of model.materials) expect(graph.hasNode(m.id)).toBe(true);
    const utilities = new Set(
      model.materials.filter((m) => ['energy', 'water', 'service'].includes(m.category)).map((m) => m.id),
    );
    graph.forEachEdge((_e, _a, source) => expect(utilities.has(source)).toBe(false));
  });

  it('draws enterprises and materials as two kinds in two columns', () => {
    const graph = buildProcessView(model);
    const xs = (kind: string) =>
      new Set(graph.filterNodes((_id, n) => n.kind === kind).map((id) => graph.getNodeAttribute(id, 'x')));
    expect([...xs('enterprise')]).toHaveLength(1);
    expect([...xs('material')]).toHaveLength(1);
    expect([...xs('enterprise')][0]).toBeLessThan([...xs('material')][0] ?? 0);
    expect(graph.order).toBe(model.enterprises.length + model.materials.length);
  });
});
