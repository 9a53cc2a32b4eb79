import { describe, expect, it } from 'vitest';
import { buildExchangeGraph } from '../../../src/core/graph/exchangeGraph.ts';
import { buildMaterialGraph } from '../../../src/core/graph/materialGraph.ts';
import { buildProcessGraph } from '../../../src/core/graph/processGraph.ts';
import type { TechnologyCatalogue } from '../../../src/core/catalogue/schema.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';

describe('buildExchangeGraph', () => {
  const graph = buildExchangeGraph(fourEnterprisePark());

  it('has the four enterprises and the three boundary actors, in model order', () => {
    expect(graph.order).toBe(7);
    expect(graph.nodes()).toEqual(['chp', 'ammonia-plant', 'wwtp', 'fert', '@supply', '@market', '@disposal']);
    expect(graph.getNodeAttributes('fert')).toEqual({
      kind: 'enterprise',
      name: { zh: '复合肥厂', en: 'Fertilizer plant' },
      cluster: 'chem',
      role: 'producer',
      status: 'operating',
    });
    expect(graph.getNodeAttributes('@disposal')).toMatchObject({ kind: 'boundary', boundary: '@disposal' });
  });

  it('has one edge per flow, keyed by flow id, with quantities in the material unit', () => {
    expect(graph.size).toBe(8);
    expect(graph.edges()).toEqual(['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8']);
    // f3 is written as 50 kt/a: the edge carries 50 000 t/a.
    expect(graph.getEdgeAttributes('f3')).toEqual({
      flow: 'f3',
      material: 'steam',
      category: 'energy',
      quantity: 50000,
      unit: 't/a',
      status: 'existing',
      estimated: false,
    });
    expect(graph.getEdgeAttribute('f7', 'estimated')).toBe(true);
    expect(graph.source('f6')).toBe('ammonia-plant');
    expect(graph.target('f6')).toBe('wwtp');
  });

  it('gives the degrees worked out by hand', () => {
    expect(graph.outDegree('chp')).toBe(2);
    expect(graph.inDegree('chp')).toBe(1);
    expect(graph.outDegree('ammonia-plant')).toBe(3);
    expect(graph.inDegree('fert')).toBe(3);
    expect(graph.inDegree('@market')).toBe(2);
    expect(graph.degree('@disposal')).toBe(0);
  });

  it('keeps several materials between one pair as parallel edges', () => {
    const park = fourEnterprisePark();
    park.enterprises[0]!.outputs.push({ material: 'ammonia', quantity: 10, unit: 't/a' });
    park.flows.push({
      id: 'f9',
      from: 'chp',
      to: 'fert',
      material: 'ammonia',
      quantity: 10,
      unit: 't/a',
      status: 'potential',
    });
    const multi = buildExchangeGraph(park);
    expect(multi.edges('chp', 'fert').sort()).toEqual(['f3', 'f9']);
  });

  it('is deterministic: the same model gives the same export', () => {
    expect(buildExchangeGraph(fourEnterprisePark()).export()).toEqual(graph.export());
  });
});

describe('buildMaterialGraph', () => {
  it('links every declared input to every declared output of the same enterprise', () => {
    const graph = buildMaterialGraph(fourEnterprisePark());
    expect(graph.order).toBe(6);
    expect(graph.edges()).toEqual([
      'coal->steam',
      'steam->ammonia',
      'steam->wastewater',
      'wastewater->sludge',
      'ammonia->fertilizer',
      'sludge->fertilizer',
      'steam->fertilizer',
    ]);
    expect(graph.getEdgeAttributes('ammonia->fertilizer')).toEqual({ enterprises: ['fert'], technologies: [] });
    expect(graph.getNodeAttributes('sludge')).toEqual({
      name: { zh: '污泥', en: 'sludge' },
      category: 'waste',
      unit: 't/a',
      origin: 'model',
    });
  });

  it('can leave out utility inputs so chains stand out', () => {
    const graph = buildMaterialGraph(fourEnterprisePark(), { ignoreInputCategories: ['energy'] });
    expect(graph.edges()).toEqual(['coal->steam', 'wastewater->sludge', 'ammonia->fertilizer', 'sludge->fertilizer']);
  });

  it('counts only enterprises of the chosen statuses as performers', () => {
    const park = fourEnterprisePark();
    park.enterprises[3]!.status = 'closed';
    const graph = buildMaterialGraph(park, { statuses: ['operating'] });
    expect(graph.hasEdge('ammonia->fertilizer')).toBe(false);
    expect(graph.size).toBe(4);
  });

  it('adds catalogue technologies as performers and their new materials as nodes', () => {
    const catalogue: TechnologyCatalogue = {
      schemaVersion: 1,
      sources: [],
      materials: [{ id: 'compost', name: { en: 'compost' }, category: 'product', unit: 't/a' }],
      technologies: [
        {
          id: 'sludge-composting',
          name: { en: 'Sludge composting' },
          reference: 'sludge',
          inputs: [{ material: 'sludge', ratio: 1 }],
          outputs: [
            { material: 'compost', ratio: 0.4 },
            { material: 'fertilizer', ratio: 0.1 },
          ],
          typicalCapacity: 10000,
          role: 'recycler',
          estimated: true,
          basis: 'test',
        },
      ],
    };
    const graph = buildMaterialGraph(fourEnterprisePark(), { catalogue });
    expect(graph.order).toBe(7);
    expect(graph.getNodeAttribute('compost', 'origin')).toBe('catalogue');
    expect(graph.getEdgeAttributes('sludge->fertilizer')).toEqual({
      enterprises: ['fert'],
      technologies: ['sludge-composting'],
    });
    expect(graph.getEdgeAttributes('sludge->compost')).toEqual({
      enterprises: [],
      technologies: ['sludge-composting'],
    });
  });
});

describe('buildProcessGraph', () => {
  const graph = buildProcessGraph(fourEnterprisePark());

  it('holds enterprises and materials under prefixed keys', () => {
    expect(graph.order).toBe(10);
    expect(graph.nodes().slice(0, 5)).toEqual(['e:chp', 'e:ammonia-plant', 'e:wwtp', 'e:fert', 'm:coal']);
    expect(graph.getNodeAttributes('m:steam')).toEqual({
      kind: 'material',
      ref: 'steam',
      name: { zh: '蒸汽', en: 'steam' },
      category: 'energy',
      unit: 't/a',
    });
  });

  it('has one edge per declared stream, with capacities merged onto them', () => {
    expect(graph.size).toBe(11);
    expect(graph.getEdgeAttributes('e:chp->m:steam')).toEqual({
      relation: 'produces',
      quantity: 600000,
      capacity: 800000,
    });
    expect(graph.getEdgeAttributes('m:wastewater->e:wwtp')).toEqual({
      relation: 'consumes',
      quantity: 300000,
      capacity: 1000000,
    });
    expect(graph.getEdgeAttributes('m:sludge->e:fert')).toEqual({ relation: 'consumes', quantity: 2000 });
    expect(graph.outNeighbors('m:steam')).toEqual(['e:ammonia-plant', 'e:fert']);
    expect(graph.inNeighbors('m:steam')).toEqual(['e:chp']);
  });

  it('adds a treatment-only capacity as a consumer edge with zero declared quantity', () => {
    const park = fourEnterprisePark();
    park.enterprises[2]!.capacities.push({ material: 'sludge', quantity: 5000, unit: 't/a' });
    park.enterprises[2]!.outputs = [];
    const g = buildProcessGraph(park);
    expect(g.getEdgeAttributes('m:sludge->e:wwtp')).toEqual({ relation: 'consumes', quantity: 0, capacity: 5000 });
  });
});
