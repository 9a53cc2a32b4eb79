import { describe, expect, it } from 'vitest';
import parkJson from '../../../data/linyi-etdz.json';
import { validateModel } from '../../../src/core/model/validate.ts';
import { NODE_SIZE, STRUCTURAL_EDGE_WIDTH, nodeSize } from '../../../src/app/network/appearance.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { edgeLook, nodeLook } from '../../../src/app/network/display.ts';
import { applyThroughflow, buildDisplayGraph, resetPositions } from '../../../src/app/network/displayGraph.ts';
import { highlightFor } from '../../../src/app/network/highlight.ts';
import { describeActor, findingsOf } from '../../../src/app/inspector/inspector.ts';
import { BOUNDARY_FILL, CATEGORY_COLOURS, DIMMED_EDGE, DIMMED_NODE } from '../../../src/app/network/palette.ts';
import { displayContextIn } from '../../fixtures/displayContext.ts';

const loaded = validateModel(parkJson);
if (!loaded.ok) throw new Error('the reference park must be valid');
const model = loaded.model;
const build = () => buildDisplayGraph(model);

const context = displayContextIn('zh');

/** An analysis' throughflow column for these actors, as the analysis worker posts it. */
function analysed(entries: readonly (readonly [string, number])[]) {
  return { ids: entries.map(([id]) => id), throughflow: Float64Array.from(entries, ([, value]) => value) };
}

describe('buildDisplayGraph', () => {
  const graph = build();
  it('has every actor and every flow of the exchange graph', () => {
    expect(graph.order).toBe(model.enterprises.length + 3);
    expect(graph.size).toBe(model.flows.length);
  });
  it('colours nodes by cluster and edges by category, and sizes by throughflow', () => {
    const first = model.enterprises.find((e) => e.status === 'operating')!;
    const cluster = model.clusters.find((c) => c.id === first.cluster)!;
    expect(graph.getNodeAttribute(first.id, 'color')).toBe(cluster.colour);
    expect(graph.getNodeAttribute('@supply', 'color')).toBe(BOUNDARY_FILL);
    const flow = model.flows[0]!;
    expect(graph.getEdgeAttribute(flow.id, 'color')).toBe(
      CATEGORY_COLOURS[graph.getEdgeAttribute(flow.id, 'flow').category],
    );
    graph.forEachNode((_id, a) => expect(a.size).toBeGreaterThanOrEqual(NODE_SIZE.min));
    const sizes = graph.mapNodes((_id, a) => a.size);
    expect(Math.max(...sizes)).toBeCloseTo(NODE_SIZE.max);
  });
  it('is deterministic', () => {
    expect(build().export()).toEqual(graph.export());
  });
  it('leaves the actors alone when the analysis confirms the throughflows drawn', () => {
    const copy = build();
    let updates = 0;
    copy.on('nodeAttributesUpdated', () => (updates += 1));
    applyThroughflow(copy, analysed(copy.mapNodes((id, a) => [id, a.throughflow] as const)));
    expect(updates).toBe(0);
    const [a] = model.enterprises;
    applyThroughflow(copy, analysed([[a!.id, copy.getNodeAttribute(a!.id, 'throughflow') + 1]]));
    expect(updates).toBeGreaterThan(0);
  });
  it('resizes actors from the analysis throughflow and restores the cluster layout', () => {
    const copy = build();
    const [a, b] = model.enterprises;
    applyThroughflow(copy, analysed([[a!.id, 1e12]]));
    expect(copy.getNodeAttribute(a!.id, 'size')).toBeCloseTo(NODE_SIZE.max);
    expect(copy.getNodeAttribute(b!.id, 'size')).toBeLessThan(NODE_SIZE.min + 1);
    copy.mergeNodeAttributes(a!.id, { x: 999, y: 999 });
    resetPositions(model, copy);
    expect(copy.getNodeAttribute(a!.id, 'x')).toBe(graph.getNodeAttribute(a!.id, 'x'));
  });
});

describe('nodeLook and edgeLook', () => {
  const graph = build();
  const flow = model.flows.find((f) => !f.from.startsWith('@') && !f.to.startsWith('@'))!;
  const highlight = highlightFor({ enterprises: [flow.from], flows: [flow.id] });

  it('labels nodes in the UI language', () => {
    const enterprise = model.enterprises[0]!;
    const attrs = graph.getNodeAttributes(enterprise.id);
    expect(nodeLook(enterprise.id, attrs, context()).label).toBe(enterprise.name.zh ?? enterprise.name.en);
    expect(nodeLook(enterprise.id, attrs, context({ language: 'en' })).label).toBe(
      enterprise.name.en ?? enterprise.name.zh,
    );
  });
  it('dims what is not highlighted, without touching the graph', () => {
    const before = graph.getNodeAttributes(flow.to).color;
    expect(nodeLook(flow.from, graph.getNodeAttributes(flow.from), context({ highlight })).color).not.toBe(DIMMED_NODE);
    expect(nodeLook(flow.to, graph.getNodeAttributes(flow.to), context({ highlight })).color).toBe(DIMMED_NODE);
    expect(graph.getNodeAttributes(flow.to).color).toBe(before);
    expect(nodeLook(flow.to, graph.getNodeAttributes(flow.to), context({ highlight })).label).toBeNull();
    const ends = { source: flow.from, target: flow.to };
    expect(edgeLook(flow.id, graph.getEdgeAttributes(flow.id), ends, context({ highlight })).color).not.toBe(
      DIMMED_EDGE,
    );
    const other = model.flows.find((f) => f.id !== flow.id)!;
    const otherEnds = { source: other.from, target: other.to };
    expect(edgeLook(other.id, graph.getEdgeAttributes(other.id), otherEnds, context({ highlight })).color).toBe(
      DIMMED_EDGE,
    );
  });
  it('hides filtered categories and, on request, the boundary', () => {
    const attrs = graph.getEdgeAttributes(flow.id);
    const ends = { source: flow.from, target: flow.to };
    expect(edgeLook(flow.id, attrs, ends, context({ hiddenCategories: new Set([attrs.flow.category]) })).hidden).toBe(
      true,
    );
    const imported = model.flows.find((f) => f.from === '@supply')!;
    const importEnds = { source: imported.from, target: imported.to };
    expect(
      edgeLook(imported.id, graph.getEdgeAttributes(imported.id), importEnds, context({ showBoundary: false })).hidden,
    ).toBe(true);
    expect(nodeLook('@supply', graph.getNodeAttributes('@supply'), context({ showBoundary: false })).hidden).toBe(true);
  });
});

describe('describeActor', () => {
  const graph = build();
  it('lists declared streams with the share exchanged inside the park, and the flows', () => {
    const flow = model.flows.find((f) => !f.from.startsWith('@') && !f.to.startsWith('@'))!;
    const details = describeActor(model, graph, flow.from)!;
    const row = details.outputs.find((r) => r.material === flow.material);
    expect(row?.internal).toBeGreaterThan(0);
    expect(details.flowsOut.map((f) => f.id)).toContain(flow.id);
    const enterprise = model.enterprises.find((e) => e.id === flow.from)!;
    expect(details.inputs).toHaveLength(enterprise.inputs.length);
  });
  it('has no declared streams for boundary actors, and nothing for unknown ids', () => {
    const supply = describeActor(model, graph, '@supply')!;
    expect(supply.inputs).toEqual([]);
    expect(supply.flowsOut.length).toBeGreaterThan(0);
    expect(describeActor(model, graph, 'nobody')).toBeNull();
  });
  it('keeps the findings that involve the actor', () => {
    const findings = [
      {
        id: 'x',
        kind: 'over-allocation' as const,
        severity: 'high' as const,
        enterprises: ['a'],
        materials: [],
        flows: [],
        reason: { zh: '', en: '' },
      },
      {
        id: 'y',
        kind: 'over-allocation' as const,
        severity: 'high' as const,
        enterprises: ['b'],
        materials: [],
        flows: [],
        reason: { zh: '', en: '' },
      },
    ];
    expect(findingsOf(findings, 'b').map((f) => f.id)).toEqual(['y']);
  });
});

describe('a park whose exchanges give no quantity', () => {
  // hub ⇄ a, hub → b, hub → c: the hub has 3 partners, the others 1 each; no quantity anywhere.
  const structural = buildPark({
    materials: { steam: 'energy', slag: 'waste' },
    enterprises: { hub: {}, a: {}, b: {}, c: {} },
    flows: [
      ['hub', 'a', 'steam', null],
      ['a', 'hub', 'slag', null],
      ['hub', 'b', 'steam', null],
      ['hub', 'c', 'steam', null],
    ],
  });
  const graph = buildDisplayGraph(structural);

  it('sizes actors by their partners, not by a throughflow nobody gave', () => {
    expect(graph.getAttribute('sizeBasis')).toBe('links');
    expect(graph.getNodeAttribute('hub', 'size')).toBe(NODE_SIZE.max);
    expect(graph.getNodeAttribute('a', 'size')).toBeCloseTo(nodeSize(1, 3), 12);
    // The analysis' throughflows (all 0) do not shrink them back.
    applyThroughflow(
      graph,
      analysed([
        ['hub', 0],
        ['a', 0],
      ]),
    );
    expect(graph.getNodeAttribute('hub', 'size')).toBe(NODE_SIZE.max);
  });

  it('draws every exchange at the one structural width', () => {
    expect(graph.mapEdges((_e, a) => a.size)).toEqual([
      STRUCTURAL_EDGE_WIDTH,
      STRUCTURAL_EDGE_WIDTH,
      STRUCTURAL_EDGE_WIDTH,
      STRUCTURAL_EDGE_WIDTH,
    ]);
  });
});

describe('a park where only some exchanges give a quantity', () => {
  // hub → a measured (100 t/a), hub → b and c structural: a throughflow would draw b and c as dots.
  const mixed = buildPark({
    materials: { slag: 'waste' },
    enterprises: { hub: {}, a: {}, b: {}, c: {} },
    flows: [
      ['hub', 'a', 'slag', 100],
      ['hub', 'b', 'slag', null],
      ['hub', 'c', 'slag', null],
    ],
  });
  const graph = buildDisplayGraph(mixed);

  it('sizes actors by partners, so unmeasured actors are not drawn as negligible', () => {
    expect(graph.getAttribute('sizeBasis')).toBe('links');
    expect(graph.getNodeAttribute('b', 'size')).toBe(graph.getNodeAttribute('a', 'size'));
    expect(graph.getNodeAttribute('hub', 'size')).toBe(NODE_SIZE.max);
  });
});
