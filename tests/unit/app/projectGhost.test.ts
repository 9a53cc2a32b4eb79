/**
 * The ghost of a shown project, inspectable like an enterprise, on a park
 * small enough to work out by hand:
 *
 *   smelter ──slag 100 t/a──▶ @disposal     kiln ──ash 40 t/a──▶ @disposal
 *
 * A brick plant (slag 1, ash 0.2, electricity 0.1 MWh per t of slag; bricks
 * 1.1) is sized to the 100 t/a of slag: it takes all of the slag (the
 * disposal flow is replaced whole, so it stops counting), 20 of the 40 t/a of
 * ash (that flow is split and its rest keeps flowing), buys 10 MWh/a of
 * electricity and sells 110 t/a of bricks. Its throughflow T_i (inflows from
 * park actors plus purchases, mass flows only) is 100 + 20 = 120 t/a; the
 * electricity is not a mass and is not in it.
 *
 * Then on the reference park, for every ranked project: the flows the
 * before/after table counts are the flows the network draws.
 */
import { describe, expect, it } from 'vitest';
import catalogueJson from '../../../data/technologies.json';
import parkJson from '../../../data/linyi-etdz.json';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import { rankProjects } from '../../../src/core/analysis/projects.ts';
import type { TechnologyCatalogue } from '../../../src/core/catalogue/schema.ts';
import { validateCatalogue } from '../../../src/core/catalogue/validate.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { describeProject } from '../../../src/app/inspector/projectDetails.ts';
import { buildDisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { flowMiddle, plannedFlowsAt } from '../../../src/app/network/ghostFlows.ts';
import { segmentBetween } from '../../../src/app/network/dashedArrow.ts';
import { addGhost, projectOverlay } from '../../../src/app/network/projectOverlay.ts';
import { edgeTooltip, nodeTooltip, plannedFlowTooltip } from '../../../src/app/network/tooltip.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

const park = buildPark({
  materials: { slag: 'waste', ash: 'waste', electricity: ['energy', 'MWh/a'] },
  traits: {
    slag: { price: { value: -20, currency: 'CNY' } },
    ash: { price: { value: -10, currency: 'CNY' } },
    electricity: { mobility: 'networked', price: { value: 600, currency: 'CNY' } },
  },
  enterprises: { smelter: { out: { slag: 100 } }, kiln: { out: { ash: 40 } } },
  flows: [
    ['smelter', '@disposal', 'slag', 100],
    ['kiln', '@disposal', 'ash', 40],
  ],
});

function bricksCatalogue(): TechnologyCatalogue {
  const result = validateCatalogue({
    schemaVersion: 1,
    sources: [],
    materials: [
      { id: 'slag', name: { en: 'slag' }, category: 'waste', unit: 't/a' },
      { id: 'ash', name: { en: 'ash' }, category: 'waste', unit: 't/a' },
      { id: 'electricity', name: { en: 'electricity' }, category: 'energy', unit: 'MWh/a' },
      {
        id: 'bricks',
        name: { zh: '砖', en: 'bricks' },
        category: 'product',
        unit: 't/a',
        price: { value: 150, currency: 'CNY' },
      },
    ],
    technologies: [
      {
        id: 'bricks',
        name: { zh: '制砖', en: 'brick plant' },
        typicalCapacity: 100,
        role: 'producer',
        estimated: true,
        basis: 'made up for tests',
        reference: 'slag',
        inputs: [
          { material: 'slag', ratio: 1 },
          { material: 'ash', ratio: 0.2 },
          { material: 'electricity', ratio: 0.1 },
        ],
        outputs: [{ material: 'bricks', ratio: 1.1 }],
        economics: { investment: 10, operatingCost: 10, currency: 'CNY', year: 2023, estimated: true, basis: 'test' },
      },
    ],
  });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('; '));
  return result.catalogue;
}

const displayOf = (model: ParkModel) => buildDisplayGraph(model);

describe('the ghost plant of a small park', () => {
  const catalogue = bricksCatalogue();
  const candidate = rankProjects(park, catalogue).candidates[0]!;
  const overlay = projectOverlay(park, catalogue, candidate)!;
  const ghost = overlay.enterprise.id;

  it('is inspected by its planned flows: partner, material, quantity and unit', () => {
    const details = describeProject(overlay);
    const rows = (list: typeof details.inputs) => list.map((r) => [r.partner, r.material, r.quantity, r.unit]);
    expect(rows(details.inputs)).toEqual([
      ['smelter', 'slag', 100, 't/a'],
      ['kiln', 'ash', 20, 't/a'],
      ['@supply', 'electricity', 10, 'MWh/a'],
    ]);
    expect(rows(details.outputs)).toEqual([['@market', 'bricks', 110, 't/a']]);
    expect(details.technology.en).toBe('brick plant');
  });

  it('has the throughflow core gives an enterprise, from its planned flows: 100 + 20 t/a', () => {
    expect(describeProject(overlay).throughflow).toBeCloseTo(120, 9);
    const graph = displayOf(park);
    addGhost(graph, overlay);
    expect(graph.getNodeAttribute(ghost, 'throughflow')).toBeCloseTo(120, 9);
    const tip = nodeTooltip(park, graph, ghost, 'en', overlay)!;
    expect(tip.lines).toContain('throughflow 120 t/a');
    expect(tip.lines).toContain('flows in 3 · flows out 1');
    expect(tip.lines).toContain('proposed project, not in the model');
  });

  it('carries the ranking’s economics, not figures of its own', () => {
    expect(describeProject(overlay).economics).toEqual(candidate.economics);
    expect(candidate.economics?.investment).toBe(10);
  });

  it('adds its 4 planned flows and retires the disposal flow it takes whole: 2 → 5 flows', () => {
    const slagToDisposal = park.flows.find((f) => f.material === 'slag')!.id;
    expect(candidate.flowChange.added.toSorted()).toEqual(overlay.flows.map((f) => f.id).toSorted());
    expect(candidate.flowChange.retired).toEqual([slagToDisposal]);
    expect(overlay.retired).toEqual([slagToDisposal]);
    expect([candidate.kpisBefore.flows, candidate.kpisAfter.flows]).toEqual([2, 5]);
    const graph = displayOf(park);
    expect(edgeTooltip(park, graph, slagToDisposal, 'en', overlay)!.lines).toContain(
      'replaced by the shown project’s planned flow',
    );
  });

  it('describes a planned flow in its tooltip: partner → plant, material, quantity, planned', () => {
    const graph = displayOf(park);
    const ash = overlay.flows.find((f) => f.material === 'ash')!;
    const tip = plannedFlowTooltip(overlay, graph, [ash.id], 'en')!;
    expect(tip.title).toBe('ash');
    expect(tip.lines.slice(0, 3)).toEqual([`KILN → ${overlay.enterprise.name.en}`, '20 t/a (estimated)', 'planned']);
    const bricks = overlay.flows.find((f) => f.material === 'bricks')!;
    // A material the park does not know yet is named from the park with the project built.
    expect(plannedFlowTooltip(overlay, graph, [bricks.id], 'zh')!.title).toBe('砖');
    expect(plannedFlowTooltip(overlay, graph, ['f-nothing'], 'en')).toBeNull();
  });

  it('lists every planned flow drawn on top of another, one line each', () => {
    const graph = displayOf(park);
    const [slag, ash] = overlay.flows;
    const tip = plannedFlowTooltip(overlay, graph, [slag!.id, ash!.id], 'en')!;
    expect(tip.title).toBe('slag, ash');
    expect(tip.lines.slice(0, 2)).toEqual([
      `SMELTER → ${overlay.enterprise.name.en} · slag: 100 t/a (estimated)`,
      `KILN → ${overlay.enterprise.name.en} · ash: 20 t/a (estimated)`,
    ]);
  });
});

describe('hit-testing the dashed flows', () => {
  const a = segmentBetween('a', { x: 0, y: 0 }, { x: 100, y: 0 }, 10)!;
  const b = segmentBetween('b', { x: 0, y: 8 }, { x: 100, y: 8 }, 10)!;

  it('runs from rim to rim: the head is drawn at the target’s, and inside the source the pointer is on the actor', () => {
    expect(a.tip).toEqual({ x: 90, y: 0 });
    expect(segmentBetween('c', { x: 0, y: 0 }, { x: 0, y: 50 }, 10, 4)).toEqual({
      id: 'c',
      from: { x: 0, y: 4 },
      tip: { x: 0, y: 40 },
    });
    expect(segmentBetween('c', { x: 5, y: 5 }, { x: 5.5, y: 5 }, 3)).toBeNull();
    expect(segmentBetween('c', { x: 0, y: 0 }, { x: 10, y: 0 }, 6, 6)).toBeNull();
  });
  it('finds the nearest flow within a few pixels, and none farther away', () => {
    expect(plannedFlowsAt([a, b], { x: 50, y: 3 })).toEqual(['a']);
    expect(plannedFlowsAt([a, b], { x: 50, y: 5 })).toEqual(['b']);
    expect(plannedFlowsAt([a, b], { x: 50, y: 13 })).toEqual(['b']);
    expect(plannedFlowsAt([a, b], { x: 50, y: 20 })).toEqual([]);
    // beyond the ends, the distance is to the end
    expect(plannedFlowsAt([a], { x: 97, y: 0 })).toEqual([]);
  });
  it('gives every flow drawn on top of the nearest', () => {
    const again = segmentBetween('a2', { x: 0, y: 0 }, { x: 100, y: 0 }, 10)!;
    expect(plannedFlowsAt([a, b, again], { x: 40, y: 2 })).toEqual(['a', 'a2']);
  });
  it('puts a retired flow’s cross on its drawn middle, straight or curved', () => {
    expect(flowMiddle({ x: 0, y: 0 }, { x: 100, y: 0 }, 0)).toEqual({ x: 50, y: 0 });
    // screen y grows downwards: a curve bends to the left of its direction of travel, here upwards
    expect(flowMiddle({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.5)).toEqual({ x: 50, y: -25 });
  });
});

describe('every project of the reference park', () => {
  const loaded = validateModel(parkJson);
  const catalogueResult = validateCatalogue(catalogueJson);
  if (!loaded.ok || !catalogueResult.ok) throw new Error('reference data must be valid');
  const model = loaded.model;
  const catalogue = catalogueResult.catalogue;
  const candidates = analyzePark(model, { catalogue }).projects!.candidates;
  const graph = displayOf(model);

  it('has projects to check', () => expect(candidates.length).toBeGreaterThan(5));
  it.each(candidates.map((c) => [c.technology, c] as const))(
    '%s: the table counts the dashed flows drawn, less the crossed ones they replace',
    (_id, candidate) => {
      const overlay = projectOverlay(model, catalogue, candidate)!;
      const drawn = overlay.flows.map((f) => f.id);
      // Every dashed flow has both ends on the network (a park actor or the ghost), so it is drawn.
      for (const f of overlay.flows)
        for (const end of [f.from, f.to]) expect(end === overlay.enterprise.id || graph.hasNode(end)).toBe(true);
      // Every retired flow is a flow of the network, where it is crossed.
      for (const id of overlay.retired) expect(graph.hasEdge(id)).toBe(true);
      expect(candidate.flowChange.added.toSorted()).toEqual(drawn.toSorted());
      expect(candidate.kpisAfter.flows - candidate.kpisBefore.flows).toBe(drawn.length - overlay.retired.length);
      // Core's T_i counts mass: a plant fed only energy (a heat pump on waste heat) has none to count.
      const massIn = overlay.flows.some((f) => f.to === overlay.enterprise.id && f.unit === 't/a');
      expect(overlay.throughflow > 0).toBe(massIn);
    },
  );
});
