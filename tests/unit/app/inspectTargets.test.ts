import { describe, expect, it } from 'vitest';
import parkJson from '../../../data/linyi-etdz.json';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import {
  actorMetrics,
  describeFlow,
  describeMaterial,
  inspectTarget,
} from '../../../src/app/inspector/inspectTargets.ts';
import { shownAnalysis } from '../../../src/app/analysis/shownAnalysis.ts';

const loaded = validateModel(parkJson);
if (!loaded.ok) throw new Error('the reference park must be valid');
const model = loaded.model;
const analysis = analyzePark(model, { betweenness: 'exact' });

describe('inspectTarget', () => {
  it('reads a selection according to the view it was made in; a selected flow wins', () => {
    expect(inspectTarget('exchange', 'jinsheng', null)).toEqual({ kind: 'actor', id: 'jinsheng' });
    expect(inspectTarget('material', 'ammonia', null)).toEqual({ kind: 'material', id: 'ammonia' });
    expect(inspectTarget('process', 'e:jinsheng', null)).toEqual({ kind: 'actor', id: 'jinsheng' });
    expect(inspectTarget('process', 'm:ammonia', null)).toEqual({ kind: 'material', id: 'ammonia' });
    expect(inspectTarget('exchange', 'jinsheng', 'f-1')).toEqual({ kind: 'flow', id: 'f-1' });
    expect(inspectTarget('exchange', null, null)).toBeNull();
  });
});

describe('actorMetrics', () => {
  it("is the analysis' own centrality figures for the actor, with its rank", () => {
    const network = analysis.network!;
    const top = network.centrality.ranking[0]!;
    const shown = shownAnalysis(analysis, []).network;
    const metrics = actorMetrics(shown, top)!;
    const actor = network.centrality.actors.find((a) => a.id === top)!;
    expect(metrics).toMatchObject({
      rank: 1,
      of: network.centrality.actors.length,
      throughflow: actor.throughflow,
      betweenness: actor.betweenness,
      sampled: false,
      keystone: network.centrality.keystones.includes(top),
    });
    expect(metrics).toEqual({
      throughflow: actor.throughflow,
      unit: network.centrality.unit,
      providers: actor.inDegree,
      customers: actor.outDegree,
      betweenness: actor.betweenness,
      sampled: false,
      rank: 1,
      of: network.centrality.actors.length,
      keystone: network.centrality.keystones.includes(top),
      articulationPoint: network.articulation.articulationPoints.some((p) => p.id === top),
    });
    expect(actorMetrics(shown, 'nobody')).toBeNull();
    expect(actorMetrics(undefined, top)).toBeNull();
  });
});

describe('describeFlow and describeMaterial', () => {
  it('give a flow its material and the findings that name it', () => {
    const finding = analysis.findings.find((f) => f.flows.length > 0)!;
    const details = describeFlow(model, analysis.findings, finding.flows[0]!)!;
    expect(details.material?.id).toBe(details.flow.material);
    expect(details.findings.map((f) => f.id)).toContain(finding.id);
    expect(describeFlow(model, [], 'no-such-flow')).toBeNull();
  });
  it('list who declares a material as output, input and capacity, and its flows', () => {
    const details = describeMaterial(model, analysis.findings, 'steam')!;
    const declares = (list: 'inputs' | 'outputs' | 'capacities') =>
      model.enterprises.filter((e) => e[list].some((s) => s.material === 'steam')).map((e) => e.id);
    expect(details.producers).toEqual(declares('outputs'));
    expect(details.consumers).toEqual(declares('inputs'));
    expect(details.treaters).toEqual(declares('capacities'));
    expect(details.producers.length).toBeGreaterThan(0);
    expect(details.flows.every((f) => f.material === 'steam')).toBe(true);
    expect(details.findings.every((f) => f.materials.includes('steam'))).toBe(true);
    expect(describeMaterial(model, [], 'unobtainium')).toBeNull();
  });
});

describe('selecting a flow', () => {
  it('is exclusive with selecting an actor and is cleared by a view switch or a click on the stage', async () => {
    const { initialUiState, uiReducer } = await import('../../../src/app/network/uiState.ts');
    let ui = uiReducer(initialUiState(), { type: 'select', node: 'jinsheng' });
    ui = uiReducer(ui, { type: 'select-flow', flow: 'f-1' });
    expect(ui).toMatchObject({ flow: 'f-1', selected: null });
    expect(uiReducer(ui, { type: 'select', node: 'jinsheng' })).toMatchObject({ flow: null, selected: 'jinsheng' });
    expect(uiReducer(ui, { type: 'clear' }).flow).toBeNull();
    expect(uiReducer(ui, { type: 'set-view', view: 'material', selected: null }).flow).toBeNull();
  });
  it('highlights the flow and its two ends', async () => {
    const { activeHighlight } = await import('../../../src/app/network/highlight.ts');
    const graph = { hasNode: () => true, neighbors: () => [], edges: () => [] };
    const h = activeHighlight(graph, {
      selected: null,
      finding: undefined,
      flow: { id: 'f-1', source: 'a', target: 'b' },
    })!;
    expect([...h.nodes]).toEqual(['a', 'b']);
    expect([...h.edges]).toEqual(['f-1']);
  });
});
