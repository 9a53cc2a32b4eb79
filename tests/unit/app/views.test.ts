import { describe, expect, it } from 'vitest';
import { buildMaterialView, buildProcessView } from '../../../src/app/network/viewGraphs.ts';
import { carrySelection } from '../../../src/app/network/views.ts';
import { initialUiState, uiReducer } from '../../../src/app/network/uiState.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';

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

  it('draws enterprises and materials as two kinds, edges from a supplier to a material to a user', () => {
    const graph = buildProcessView(model);
    expect(graph.order).toBe(model.enterprises.length + model.materials.length);
    graph.forEachEdge((_e, _a, source, target) => {
      const kinds = [graph.getNodeAttribute(source, 'kind'), graph.getNodeAttribute(target, 'kind')];
      expect(kinds.sort()).toEqual(['enterprise', 'material']);
    });
    // Enterprises' discs are bigger; sizes are layout units until the layout places the view.
    const [enterprise] = graph.filterNodes((_id, n) => n.kind === 'enterprise');
    const [material] = graph.filterNodes((_id, n) => n.kind === 'material');
    expect(graph.getNodeAttribute(enterprise!, 'radius')).toBeGreaterThan(graph.getNodeAttribute(material!, 'radius'));
  });
});
