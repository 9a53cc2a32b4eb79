/**
 * The exchange graph (domain.md §3): enterprises and the three boundary
 * actors as nodes, one edge per flow, keyed by the flow's id. Nodes and
 * edges are added in model order, so the same model always gives the same
 * graph with the same iteration order.
 */
import { MultiDirectedGraph } from 'graphology';
import { BOUNDARY_NAMES, listBoundaryIds } from '../model/boundary.ts';
import { indexModel, flowQuantity, requireMaterial } from '../model/lookup.ts';
import type { BoundaryId, Enterprise, Flow, Material, ParkModel } from '../model/types.ts';
import type {
  ActorNodeAttributes,
  BoundaryNodeAttributes,
  EnterpriseNodeAttributes,
  ExchangeGraph,
  FlowEdgeAttributes,
  ParkGraphAttributes,
} from './types.ts';

/** An enterprise's node, as the exchange graph holds it (also for a display patched after an edit). */
export function enterpriseNode(enterprise: Enterprise): EnterpriseNodeAttributes {
  return {
    kind: 'enterprise',
    name: enterprise.name,
    cluster: enterprise.cluster,
    role: enterprise.role,
    status: enterprise.status,
  };
}

/** A boundary actor's node (outside supply, market, disposal), as the exchange graph holds it. */
export function boundaryNode(boundary: BoundaryId): BoundaryNodeAttributes {
  return { kind: 'boundary', name: BOUNDARY_NAMES[boundary], boundary };
}

/** A flow's edge, as the exchange graph holds it. */
export function flowEdge(flow: Flow, material: Material): FlowEdgeAttributes {
  return {
    flow: flow.id,
    material: material.id,
    category: material.category,
    quantity: flowQuantity(flow, material) ?? null,
    unit: material.unit,
    status: flow.status,
    estimated: flow.estimated === true,
  };
}

export function buildExchangeGraph(model: ParkModel): ExchangeGraph {
  const index = indexModel(model);
  const graph = new MultiDirectedGraph<ActorNodeAttributes, FlowEdgeAttributes, ParkGraphAttributes>();
  graph.replaceAttributes({ park: model.park.id });
  for (const enterprise of model.enterprises) graph.addNode(enterprise.id, enterpriseNode(enterprise));
  for (const boundary of listBoundaryIds()) {
    graph.addNode(boundary, boundaryNode(boundary));
  }
  for (const flow of model.flows) {
    graph.addDirectedEdgeWithKey(flow.id, flow.from, flow.to, flowEdge(flow, requireMaterial(index, flow.material)));
  }
  return graph;
}
