/** Which actors and flows stand out; everything else is dimmed by the reducers. */
import type { Finding } from '../../core/analysis/finding.ts';

export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** Exactly the finding's enterprises and flows. */
export function highlightFor(finding: Pick<Finding, 'enterprises' | 'flows'>): Highlight {
  return { nodes: new Set(finding.enterprises), edges: new Set(finding.flows) };
}

/** What a neighbourhood query needs from a graph (graphology's Graph satisfies it). */
export interface NeighbourhoodSource {
  hasNode(node: string): boolean;
  neighbors(node: string): string[];
  edges(node: string): string[];
}

/** The node, its neighbours and the flows between it and them. */
export function neighbourhoodOf(graph: NeighbourhoodSource, node: string): Highlight {
  if (!graph.hasNode(node)) return { nodes: new Set(), edges: new Set() };
  return { nodes: new Set([node, ...graph.neighbors(node)]), edges: new Set(graph.edges(node)) };
}

export interface HighlightInputs {
  readonly selected: string | null;
  /** The highlighted finding, or the picture worked out for it (findingPicture.ts). */
  readonly finding: Pick<Finding, 'enterprises' | 'flows'> | Highlight | undefined;
  /** The actors of a displayed project: the ghost plant and its partners. */
  readonly project?: readonly string[];
  /** A selected flow: it and its two ends stand out. */
  readonly flow?: { readonly id: string; readonly source: string; readonly target: string };
}

/** The highlighted finding or project, then the selected flow, then the selected node's neighbourhood. */
export function activeHighlight(graph: NeighbourhoodSource, inputs: HighlightInputs): Highlight | null {
  if (inputs.finding) return 'nodes' in inputs.finding ? inputs.finding : highlightFor(inputs.finding);
  if (inputs.project) return { nodes: new Set(inputs.project), edges: new Set() };
  if (inputs.flow)
    return { nodes: new Set([inputs.flow.source, inputs.flow.target]), edges: new Set([inputs.flow.id]) };
  if (inputs.selected !== null) return neighbourhoodOf(graph, inputs.selected);
  return null;
}

/** Hover wins while it lasts: the hovered node's neighbourhood, else the highlight without hover. */
export function withHover(
  graph: NeighbourhoodSource,
  hovered: string | null,
  highlight: Highlight | null,
): Highlight | null {
  return hovered === null ? highlight : neighbourhoodOf(graph, hovered);
}

/** Whether two highlights light the same actors and flows (a new graph rebuilds equal highlights). */
export function sameHighlight(a: Highlight | null, b: Highlight | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const same = (x: ReadonlySet<string>, y: ReadonlySet<string>) => x.size === y.size && [...x].every((k) => y.has(k));
  return same(a.nodes, b.nodes) && same(a.edges, b.edges);
}
