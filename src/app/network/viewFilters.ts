/**
 * The legend's filters applied to the material and process views: a
 * material disappears with its category, an enterprise with its cluster,
 * a transformation when every enterprise performing it is filtered out,
 * and an edge with either of its ends. Flow status and minimum quantity
 * concern flows, which these views do not draw.
 */
import type { Filters } from './filters.ts';
import type { ViewEdgeAttributes, ViewNodeAttributes } from './viewGraphs.ts';

export function viewNodeHidden(node: ViewNodeAttributes, filters: Filters): boolean {
  if (node.category !== undefined && filters.hiddenCategories.has(node.category)) return true;
  return node.cluster !== undefined && filters.hiddenClusters.has(node.cluster);
}

export function viewEdgeHidden(
  edge: ViewEdgeAttributes,
  ends: { readonly source: ViewNodeAttributes; readonly target: ViewNodeAttributes },
  filters: Filters,
): boolean {
  if (viewNodeHidden(ends.source, filters) || viewNodeHidden(ends.target, filters)) return true;
  return edge.performerClusters.length > 0 && edge.performerClusters.every((c) => filters.hiddenClusters.has(c));
}
