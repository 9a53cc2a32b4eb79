/** Tooltips, kept positions, the project overlay and partial refreshes: the pure parts of the explorer. */
import { describe, expect, it } from 'vitest';
import catalogueJson from '../../../data/technologies.json';
import parkJson from '../../../data/linyi-etdz.json';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import { validateCatalogue } from '../../../src/core/catalogue/validate.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { buildDisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { NO_FILTERS } from '../../../src/app/network/filters.ts';
import { viewEdgeHidden, viewNodeHidden } from '../../../src/app/network/viewFilters.ts';
import { buildMaterialView, buildProcessView } from '../../../src/app/network/viewGraphs.ts';
import { activeHighlight, type Highlight } from '../../../src/app/network/highlight.ts';
import { forgetLegacyPositions, readLegacyPositions } from '../../../src/app/library/legacyPositions.ts';
import { applyPositions, positionsOf, removeOverlaps } from '../../../src/app/network/graphPositions.ts';
import { sanitisePositions, withPositions } from '../../../src/app/model/positions.ts';
import { addGhost, overlayNodes, projectOverlay, removeGhost } from '../../../src/app/network/projectOverlay.ts';
import { PARTIAL_REFRESH_MIN_EDGES, refreshScope } from '../../../src/app/network/refreshScope.ts';
import { edgeTooltip, nodeTooltip } from '../../../src/app/network/tooltip.ts';
import { initialUiState, uiReducer } from '../../../src/app/network/uiState.ts';

const loaded = validateModel(parkJson);
const catalogueResult = validateCatalogue(catalogueJson);
if (!loaded.ok || !catalogueResult.ok) throw new Error('reference data must be valid');
const model = loaded.model;
const catalogue = catalogueResult.catalogue;
const build = () => buildDisplayGraph(model);

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('tooltips', () => {
  const graph = build();
  it('describe an enterprise with its cluster, role, status, throughflow and flow counts', () => {
    const enterprise = model.enterprises.find((e) => e.id === 'jinsheng')!;
    const tip = nodeTooltip(model, graph, 'jinsheng', 'en')!;
    expect(tip.title).toBe(enterprise.name.en);
    expect(tip.lines.join(' | ')).toContain(`flows in ${graph.inDegree('jinsheng')}`);
    expect(tip.lines.join(' | ')).toMatch(/throughflow [\d,]+ t\/a/);
    expect(nodeTooltip(model, graph, 'jinsheng', 'zh')!.title).toBe(enterprise.name.zh);
  });
  it('describe a flow with material, ends, quantity and status; unknown ids give nothing', () => {
    const flow = model.flows.find((f) => !f.from.startsWith('@') && !f.to.startsWith('@'))!;
    const tip = edgeTooltip(model, graph, flow.id, 'en')!;
    const material = model.materials.find((m) => m.id === flow.material)!;
    expect(tip.title).toBe(material.name.en);
    expect(tip.lines[0]).toContain('→');
    expect(tip.lines[1]).toContain(graph.getEdgeAttribute(flow.id, 'flow').unit);
    expect(nodeTooltip(model, graph, 'nobody', 'en')).toBeNull();
    expect(edgeTooltip(model, graph, 'no-flow', 'en')).toBeNull();
  });
});

describe('kept positions', () => {
  it('are applied only to actors that exist', () => {
    const graph = build();
    graph.mergeNodeAttributes('jinsheng', { x: 123, y: -45 });
    const fresh = build();
    expect(fresh.getNodeAttribute('jinsheng', 'x')).not.toBe(123);
    const moved = applyPositions(fresh, { ...positionsOf(graph), ghost: { x: 1, y: 1 } });
    expect(moved).toBe(graph.order);
    expect(fresh.getNodeAttributes('jinsheng')).toMatchObject({ x: 123, y: -45 });
  });
  it('saved the old way (localStorage, before the library) are read once, then forgotten', () => {
    const storage = new MemoryStorage();
    storage.setItem(`symbiograph.positions.${model.park.id}`, JSON.stringify({ jinsheng: { x: 3, y: 4 } }));
    expect(readLegacyPositions(storage, model.park.id)).toEqual({ jinsheng: { x: 3, y: 4 } });
    forgetLegacyPositions(storage, model.park.id);
    expect(readLegacyPositions(storage, model.park.id)).toEqual({});
  });
  it('ignore malformed or hostile storage', () => {
    const storage = new MemoryStorage();
    storage.setItem(`symbiograph.positions.${model.park.id}`, '{not json');
    expect(readLegacyPositions(storage, model.park.id)).toEqual({});
    expect(
      sanitisePositions({ a: { x: 1, y: 2 }, b: { x: 'NaN', y: 1 }, c: null, d: { x: Infinity, y: 0 }, e: [1, 2] }),
    ).toEqual({ a: { x: 1, y: 2 } });
    expect(sanitisePositions([{ x: 1, y: 1 }])).toEqual({});
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readLegacyPositions(throwing, 'p')).toEqual({});
    expect(() => forgetLegacyPositions(throwing, 'p')).not.toThrow();
  });
  it('go into the model as its view state, and the model view state places a fresh graph', () => {
    const graph = build();
    graph.mergeNodeAttributes('jinsheng', { x: 7, y: 8 });
    const saved = withPositions(model, positionsOf(graph));
    expect(validateModel(saved).ok).toBe(true);
    const reopened = buildDisplayGraph(saved);
    expect(reopened.getNodeAttributes('jinsheng')).toMatchObject({ x: 7, y: 8 });
  });
  it('overlap removal pushes two actors drawn on the same spot apart', () => {
    const graph = build();
    graph.mergeNodeAttributes('jinsheng', { x: 0, y: 0 });
    const other = model.enterprises.find((e) => e.id !== 'jinsheng')!.id;
    graph.mergeNodeAttributes(other, { x: 0.01, y: 0 });
    removeOverlaps(graph, 1);
    const a = graph.getNodeAttributes('jinsheng');
    const b = graph.getNodeAttributes(other);
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual((a.size + b.size) * 0.9);
  });
});

describe('project overlay', () => {
  const analysis = analyzePark(model, { catalogue });
  const top = analysis.projects!.candidates[0]!;
  it("is the candidate's scenario: the new plant, its flows and the partners they reach", () => {
    const overlay = projectOverlay(model, catalogue, top)!;
    expect(overlay.technology).toBe(top.technology);
    expect(model.enterprises.some((e) => e.id === overlay.enterprise.id)).toBe(false);
    expect(overlay.flows.length).toBeGreaterThan(0);
    for (const f of overlay.flows) expect([f.from, f.to]).toContain(overlay.enterprise.id);
    for (const p of top.partners) expect(overlay.partners).toContain(p);
    expect(overlayNodes(overlay)[0]).toBe(overlay.enterprise.id);
  });
  it('adds a ghost that positions ignore and that goes away without a trace', () => {
    const graph = build();
    const before = { order: graph.order, positions: positionsOf(graph) };
    const overlay = projectOverlay(model, catalogue, top)!;
    const ghost = addGhost(graph, overlay);
    expect(graph.getNodeAttributes(ghost)).toMatchObject({ ghost: true, color: '#FFFFFF' });
    expect(positionsOf(graph)).toEqual(before.positions);
    removeGhost(graph, ghost);
    expect(graph.order).toBe(before.order);
    // Only ghosts are ever removed this way.
    removeGhost(graph, 'jinsheng');
    expect(graph.hasNode('jinsheng')).toBe(true);
  });
  it('is null when the change set no longer applies to the model', () => {
    const withoutPartners = { ...model, flows: [], enterprises: model.enterprises.slice(0, 1) };
    expect(projectOverlay(withoutPartners, catalogue, top)).toBeNull();
  });
  it('highlights the ghost and its partners; showing a project clears a finding and vice versa', () => {
    const graph = build();
    const h = activeHighlight(graph, { selected: null, finding: undefined, project: ['x', 'y'] })!;
    expect([...h.nodes]).toEqual(['x', 'y']);
    let ui = uiReducer(initialUiState(), { type: 'highlight-finding', finding: 'f1', nodes: ['a'] });
    ui = uiReducer(ui, { type: 'show-project', project: 'eaf', nodes: ['b'] });
    expect(ui).toMatchObject({ project: 'eaf', finding: null, focus: { nodes: ['b'] } });
    expect(uiReducer(ui, { type: 'show-project', project: 'eaf' }).project).toBeNull();
    expect(uiReducer(ui, { type: 'highlight-finding', finding: 'f2' }).project).toBeNull();
  });
});

describe('refreshScope', () => {
  const ui = initialUiState();
  const language = 'zh' as const;
  const h = (nodes: string[], edges: string[] = []): Highlight => ({ nodes: new Set(nodes), edges: new Set(edges) });
  const big = {
    order: 4,
    size: PARTIAL_REFRESH_MIN_EDGES,
    nodes: () => ['a', 'b', 'c', 'd'],
    edges: () => ['e1', 'e2'],
  };
  it('refreshes small graphs fully', () => {
    expect(
      refreshScope({ ...big, size: 10 }, { highlight: null, ui, language }, { highlight: h(['a']), ui, language }),
    ).toBeUndefined();
  });
  it('repaints only what enters or leaves a highlight on big graphs', () => {
    const scope = refreshScope(
      big,
      { highlight: h(['a'], ['e1']), ui, language },
      { highlight: h(['b']), ui, language },
    )!;
    expect(scope.skipIndexation).toBe(true);
    expect(scope.partialGraph.nodes.sort()).toEqual(['a', 'b']);
    expect(scope.partialGraph.edges).toEqual(['e1']);
  });
  it('repaints everything when dimming switches, and re-indexes when filters or language change', () => {
    const before = { highlight: null, ui, language };
    expect(refreshScope(big, before, { ...before, highlight: h(['a']) })!.partialGraph.nodes).toHaveLength(4);
    const filtered = uiReducer(ui, { type: 'toggle-boundary' });
    expect(refreshScope(big, before, { ...before, ui: filtered })).toBeUndefined();
    expect(refreshScope(big, before, { ...before, language: 'en' })).toBeUndefined();
  });
});

describe('filters in the material and process views', () => {
  const filters = (over: Partial<typeof NO_FILTERS>) => ({ ...NO_FILTERS, ...over });
  it('hide materials by category and the transformations that touch them', () => {
    const view = buildMaterialView(model);
    const waste = view.filterNodes((_id, n) => n.category === 'waste');
    expect(waste.length).toBeGreaterThan(0);
    const f = filters({ hiddenCategories: new Set(['waste'] as const) });
    expect(waste.every((id) => viewNodeHidden(view.getNodeAttributes(id), f))).toBe(true);
    const touching = view.filterEdges((_e, _a, s, t) => waste.includes(s) || waste.includes(t));
    for (const edge of touching) {
      const [s, t] = view.extremities(edge);
      const ends = { source: view.getNodeAttributes(s), target: view.getNodeAttributes(t) };
      expect(viewEdgeHidden(view.getEdgeAttributes(edge), ends, f)).toBe(true);
      expect(viewEdgeHidden(view.getEdgeAttributes(edge), ends, NO_FILTERS)).toBe(false);
    }
  });
  it('hide a transformation only when every enterprise performing it is in a hidden cluster', () => {
    const view = buildMaterialView(model);
    const edge = view.findEdge((_e, a) => new Set(a.performerClusters).size === 1)!;
    const [s, t] = view.extremities(edge);
    const ends = { source: view.getNodeAttributes(s), target: view.getNodeAttributes(t) };
    const cluster = view.getEdgeAttribute(edge, 'performerClusters')[0]!;
    expect(viewEdgeHidden(view.getEdgeAttributes(edge), ends, filters({ hiddenClusters: new Set([cluster]) }))).toBe(
      true,
    );
    const other = model.clusters.find((c) => c.id !== cluster)!.id;
    expect(viewEdgeHidden(view.getEdgeAttributes(edge), ends, filters({ hiddenClusters: new Set([other]) }))).toBe(
      false,
    );
  });
  it('hide enterprises by cluster in the process view', () => {
    const view = buildProcessView(model);
    const jinsheng = view.findNode((_id, n) => n.kind === 'enterprise' && n.name.en === 'Jinsheng Group')!;
    const cluster = view.getNodeAttribute(jinsheng, 'cluster')!;
    expect(viewNodeHidden(view.getNodeAttributes(jinsheng), filters({ hiddenClusters: new Set([cluster]) }))).toBe(
      true,
    );
    expect(viewNodeHidden(view.getNodeAttributes(jinsheng), NO_FILTERS)).toBe(false);
  });
});

describe('lazyViewGraphs', () => {
  it('builds a view the first time it is asked for and reuses it after', async () => {
    const { lazyViewGraphs } = await import('../../../src/app/network/viewGraphs.ts');
    const views = lazyViewGraphs(model);
    const material = views.get('material');
    expect(views.get('material')).toBe(material);
    expect(views.get('process')).not.toBe(material);
    expect(material.order).toBeGreaterThan(0);
  });
});
