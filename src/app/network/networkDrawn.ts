/**
 * What an exported network picture actually shows: the clusters, material
 * categories and kinds of actor and flow among the actors and flows drawn,
 * so its legend lists those and nothing the picture does not contain. The
 * same looks the renderer draws with (`nodeLook`, `edgeLook`) decide it.
 */
import type { MaterialCategory } from '../../core/model/types.ts';
import { edgeLook, nodeLook, type DisplayContext } from './display.ts';
import type { DisplayGraph } from './displayGraph.ts';

export interface DrawnContent {
  readonly clusters: ReadonlySet<string>;
  readonly categories: ReadonlySet<MaterialCategory>;
  readonly boundary: boolean;
  /** Planned or candidate enterprises (drawn hollow). */
  readonly planned: boolean;
  readonly closed: boolean;
  /** A proposed project drawn over the park (its ghost actor). */
  readonly proposal: boolean;
  /** A flow without a quantity, drawn at the structural width. */
  readonly structural: boolean;
}

/**
 * `inPicture` says whether an actor at graph position (x, y) lies inside the
 * picture (the current view leaves out what is off screen); the whole park
 * keeps every actor.
 */
export function drawnContent(
  graph: DisplayGraph,
  context: DisplayContext,
  inPicture: (node: { readonly x: number; readonly y: number; readonly size: number }) => boolean = () => true,
): DrawnContent {
  const drawn = new Set<string>();
  const clusters = new Set<string>();
  const categories = new Set<MaterialCategory>();
  let boundary = false;
  let planned = false;
  let closed = false;
  let proposal = false;
  let structural = false;
  graph.forEachNode((id, attributes) => {
    if (nodeLook(id, attributes, context).hidden || !inPicture(attributes)) return;
    drawn.add(id);
    const actor = attributes.actor;
    if (attributes.ghost) proposal = true;
    else if (actor.kind === 'boundary') boundary = true;
    else {
      clusters.add(actor.cluster);
      if (actor.status === 'planned' || actor.status === 'candidate') planned = true;
      if (actor.status === 'closed') closed = true;
    }
  });
  graph.forEachEdge((id, attributes, source, target) => {
    // A flow with one end in the picture is drawn up to its edge, so its colour shows there too.
    if (!drawn.has(source) && !drawn.has(target)) return;
    const endHidden =
      nodeLook(source, graph.getNodeAttributes(source), context).hidden ||
      nodeLook(target, graph.getNodeAttributes(target), context).hidden;
    if (edgeLook(id, attributes, { source, target, endHidden }, context).hidden) return;
    categories.add(attributes.flow.category);
    if (attributes.flow.quantity === null) structural = true;
  });
  return { clusters, categories, boundary, planned, closed, proposal, structural };
}
