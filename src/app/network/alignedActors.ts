/**
 * The display graph's actors in the order of an analysis' actor columns, so
 * that a column can be read against the drawn figures place by place: after
 * every analysis of 20 000 actors, looking each one up by id (in the graph,
 * then in the columns) cost several milliseconds of the main thread.
 *
 * Kept per graph while the analysis lists the same actors and the graph
 * neither gains nor loses one: graphology keeps a node's attribute object
 * for the node's life (merges and in-place writes go into it), so only an
 * added or dropped node, or an attributes object replaced, makes the kept
 * list wrong; the graph's events say when.
 */
import { sameItems } from '../../core/model/sameItems.ts';
import type { DisplayGraph, DisplayNodeAttributes } from './displayGraph.ts';

interface Aligned {
  readonly ids: readonly string[];
  /** The attributes of the node of each id, undefined where the graph has no such node. */
  readonly actors: readonly (DisplayNodeAttributes | undefined)[];
}

const kept = new WeakMap<DisplayGraph, Aligned | null>();

/** The attributes of the drawn actor of each id, in the ids' order (undefined where none is drawn). */
export function alignedActors(
  graph: DisplayGraph,
  ids: readonly string[],
): readonly (DisplayNodeAttributes | undefined)[] {
  if (!kept.has(graph)) watch(graph);
  const known = kept.get(graph);
  if (known && sameItems(known.ids, ids)) return known.actors;
  const actors = ids.map((id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined));
  kept.set(graph, { ids, actors });
  return actors;
}

function watch(graph: DisplayGraph): void {
  const forget = () => kept.set(graph, null);
  graph.on('nodeAdded', forget);
  graph.on('nodeDropped', forget);
  graph.on('cleared', forget);
  // A replace or an update (an updater's result) puts a new object in the node's place; so does updating each.
  graph.on('nodeAttributesUpdated', ({ type }) => {
    if (type === 'replace' || type === 'update') forget();
  });
  graph.on('eachNodeAttributesUpdated', forget);
}
