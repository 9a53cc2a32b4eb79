/**
 * The process (bipartite) graph (domain.md §3): enterprises and materials
 * together, enterprise → material for what it produces, material →
 * enterprise for what it consumes or can treat. The exchange and material
 * graphs are its projections; it answers "who makes and who needs X".
 */
import { DirectedGraph } from 'graphology';
import { indexModel, normalisedQuantity, requireMaterial } from '../model/lookup.ts';
import type { ParkModel } from '../model/types.ts';
import {
  ENTERPRISE_KEY_PREFIX,
  MATERIAL_KEY_PREFIX,
  type ParkGraphAttributes,
  type ProcessEdgeAttributes,
  type ProcessGraph,
  type ProcessNodeAttributes,
} from './types.ts';

const enterpriseKey = (id: string): string => `${ENTERPRISE_KEY_PREFIX}${id}`;
const materialKey = (id: string): string => `${MATERIAL_KEY_PREFIX}${id}`;

export function buildProcessGraph(model: ParkModel): ProcessGraph {
  const index = indexModel(model);
  const graph = new DirectedGraph<ProcessNodeAttributes, ProcessEdgeAttributes, ParkGraphAttributes>();
  graph.replaceAttributes({ park: model.park.id });

  for (const e of model.enterprises) {
    graph.addNode(enterpriseKey(e.id), {
      kind: 'enterprise',
      ref: e.id,
      name: e.name,
      cluster: e.cluster,
      role: e.role,
      status: e.status,
    });
  }
  for (const m of model.materials) {
    graph.addNode(materialKey(m.id), { kind: 'material', ref: m.id, name: m.name, category: m.category, unit: m.unit });
  }

  for (const e of model.enterprises) {
    const node = enterpriseKey(e.id);
    for (const output of e.outputs) {
      const quantity = normalisedQuantity(output, requireMaterial(index, output.material));
      const m = materialKey(output.material);
      graph.addDirectedEdgeWithKey(`${node}->${m}`, node, m, { relation: 'produces', quantity });
    }
    for (const input of e.inputs) {
      const quantity = normalisedQuantity(input, requireMaterial(index, input.material));
      const m = materialKey(input.material);
      graph.addDirectedEdgeWithKey(`${m}->${node}`, m, node, { relation: 'consumes', quantity });
    }
    for (const capacity of e.capacities) {
      const amount = normalisedQuantity(capacity, requireMaterial(index, capacity.material));
      const m = materialKey(capacity.material);
      // A capacity for something the enterprise produces is a supply capacity (a CHP's steam);
      // otherwise it is what it can treat or absorb (a wastewater plant's inflow).
      const supplyKey = `${node}->${m}`;
      const treatKey = `${m}->${node}`;
      if (graph.hasEdge(supplyKey)) graph.mergeEdgeAttributes(supplyKey, { capacity: amount });
      else if (graph.hasEdge(treatKey)) graph.mergeEdgeAttributes(treatKey, { capacity: amount });
      else graph.addDirectedEdgeWithKey(treatKey, m, node, { relation: 'consumes', quantity: 0, capacity: amount });
    }
  }
  return graph;
}
