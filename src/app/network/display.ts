/**
 * What sigma's nodeReducer and edgeReducer return: the look of each actor
 * and flow, derived from its attributes and the UI state. Pure, so the
 * dimming rules are tested without a browser.
 */
import { localize } from '../../core/model/labels.ts';
import { isBoundaryId } from '../../core/model/references.ts';
import type { Language } from '../../core/model/types.ts';
import {
  lineQuantity,
  type DisplayEdgeAttributes,
  type DisplayGraph,
  type DisplayNodeAttributes,
} from './displayGraph.ts';
import type { DisplayPatch } from './displayPatch.ts';
import { edgeWidth, scaledQuantity } from './appearance.ts';
import type { LabelRule } from './labelDensity.ts';
import { bundleFlows, type Bundle, type BundleMember, type BundleView } from './bundles.ts';
import type { Highlight } from './highlight.ts';
import { actorHidden, flowHidden, type Filters } from './filters.ts';
import { CATEGORY_COLOURS, DIMMED_EDGE, DIMMED_NODE } from './palette.ts';

/**
 * Up to this many highlighted actors are all named, whatever their size: a
 * finding's picture names every actor it lights (the label drawer keeps the
 * names from covering each other).
 */
const FORCED_LABELS = 40;

export interface DisplayContext extends Filters {
  readonly highlight: Highlight | null;
  readonly selected: string | null;
  readonly language: Language;
  /** Sizes and colours from a chosen measure (actorScale.ts); absent: the graph's own. */
  readonly actorSizes?: ReadonlyMap<string, number> | null;
  readonly actorColours?: ReadonlyMap<string, string> | null;
  /** Which actors are named (labelDensity.ts); absent: sigma's size threshold decides. */
  readonly labelRule?: LabelRule;
  /** The reading view's bundles of parallel flows (bundles.ts); null draws every flow on its own. */
  readonly bundles?: DrawnBundles | null;
}

/**
 * The bundles of the flows shown, each with the width its summed quantity
 * gives it. Its maps belong to the network view's bundles state
 * (useBundles.ts), which replaces the bundles after an edit with ones
 * patched in place (copying three maps of 100 000 flows cost 0.14 s per
 * edit).
 */
export interface DrawnBundles extends BundleView {
  readonly carried: Map<string, Bundle>;
  readonly absorbed: Set<string>;
  /**
   * The widest flow's quantity, which a bundle's width follows (`bundleWidth`): worked out as the line is drawn,
   * so a new widest flow changes no bundle (a map of each bundle's width took 30 ms to redo at 100 000 flows).
   */
  readonly maxQuantity: number;
  /** How many flows the bundles draw, kept as they are patched (the reading bar says it after each edit). */
  readonly flows: number;
}

export interface NodeLook {
  /** Null for dimmed actors, so only what stands out is named. */
  label: string | null;
  color: string;
  borderColor: string;
  size: number;
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export function nodeLook(id: string, node: DisplayNodeAttributes, context: DisplayContext): NodeLook {
  const lit = context.highlight === null || context.highlight.nodes.has(id);
  const selected = context.selected === id;
  const named = context.labelRule?.litOnly
    ? selected || (context.highlight !== null && context.highlight.nodes.has(id))
    : lit;
  const { color, borderColor } = measuredColours(id, node, context.actorColours);
  return {
    label: named ? localize(node.actor.name, context.language) : null,
    color: lit ? color : DIMMED_NODE,
    borderColor: lit ? borderColor : DIMMED_NODE,
    size: context.actorSizes?.get(id) ?? node.size,
    hidden: actorHidden(node.actor, context),
    highlighted: selected,
    // Forced labels ignore sigma's collision grid: only for the selection and small highlights.
    forceLabel: selected || (context.highlight !== null && lit && context.highlight.nodes.size <= FORCED_LABELS),
    zIndex: lit ? 1 : 0,
  };
}

/**
 * An enterprise coloured by a measure: operating ones filled with it, planned
 * ones (hollow) ringed with it; the boundary and closed enterprises keep
 * their grey, which says what they are.
 */
function measuredColours(
  id: string,
  node: DisplayNodeAttributes,
  colours: ReadonlyMap<string, string> | null | undefined,
): { color: string; borderColor: string } {
  const colour = colours?.get(id);
  const { actor } = node;
  if (colour === undefined || actor.kind !== 'enterprise' || actor.status === 'closed' || node.ghost)
    return { color: node.color, borderColor: node.borderColor };
  return actor.status === 'operating'
    ? { color: colour, borderColor: node.borderColor }
    : { color: node.color, borderColor: colour };
}

export interface EdgeLook {
  color: string;
  size: number;
  /** The quantity `size` follows against the widest flow, null when it is fixed (scaledWidths.ts). */
  scaledQuantity: number | null;
  hidden: boolean;
  zIndex: number;
  type?: 'arrow' | 'curved';
  curvature?: number;
  /** A bundle's count of flows ("×3"), drawn on its line. */
  label?: string | null;
  forceLabel?: boolean;
}

/**
 * A purchase, sale or disposal bundle in the reading view: a thin grey line,
 * so the park's own exchanges stand out over the 170 lines to the boundary
 * (their mass is in the actors' sizes and tooltips, their colour comes back
 * when a finding lights them or every flow is drawn).
 */
const QUIET_BUNDLE = { colour: '#D9D9D9', width: 0.6 } as const;
/** Lines between the same pair in both directions curve apart by this much. */
const REVERSE_CURVATURE = 0.2;

export function edgeLook(
  id: string,
  edge: DisplayEdgeAttributes,
  extremities: { readonly source: string; readonly target: string; readonly endHidden?: boolean },
  context: DisplayContext,
): EdgeLook {
  const lit = context.highlight === null || context.highlight.edges.has(id);
  const boundaryHidden =
    !context.showBoundary && (isBoundaryId(extremities.source) || isBoundaryId(extremities.target));
  const flow = { category: edge.flow.category, status: edge.flow.status, tonnes: edge.tonnes };
  const hidden = flowHidden(flow, boundaryHidden || extremities.endHidden === true, context);
  const bundles = context.bundles;
  const bundle = bundles?.carried.get(id);
  // What edge.size follows (flowLine).
  const ownQuantity = scaledQuantity(lineQuantity(edge));
  if (!bundles || hidden || !bundle) {
    return {
      color: lit ? edge.color : DIMMED_EDGE,
      size: edge.size,
      scaledQuantity: ownQuantity,
      hidden: hidden || (bundles?.absorbed.has(id) ?? false),
      zIndex: lit ? 1 : 0,
    };
  }
  const bundleLit = context.highlight === null || bundle.members.some((m) => context.highlight?.edges.has(m));
  const colour = CATEGORY_COLOURS[bundle.category];
  // Quiet only when nothing is highlighted: a finding about what leaves the park must show it plainly.
  const quiet = bundle.boundary && context.highlight === null;
  const count = bundle.members.length;
  return {
    color: bundleLit ? (quiet ? QUIET_BUNDLE.colour : colour) : DIMMED_EDGE,
    size: quiet ? QUIET_BUNDLE.width : bundleWidth(edge, bundle, bundles.maxQuantity),
    // As bundleWidth: a bundle of masses follows its total, any other keeps its first line's width.
    scaledQuantity: quiet ? null : bundle.tonnes === null ? ownQuantity : scaledQuantity(bundle.tonnes),
    hidden: false,
    zIndex: bundleLit && !quiet ? 1 : 0,
    type: bundle.reverse ? 'curved' : 'arrow',
    curvature: bundle.reverse ? REVERSE_CURVATURE : 0,
    label: count > 1 && !quiet && bundleLit ? `×${count}` : null,
    forceLabel: count > 1,
  };
}

/** The reading view's bundles over the flows the filters leave shown, and their widths. */
export function drawnBundles(graph: DisplayGraph, context: Filters): DrawnBundles {
  const hiddenActor = new Set(graph.filterNodes((_id, a) => actorHidden(a.actor, context)));
  const members: BundleMember[] = [];
  graph.forEachEdge((id, edge, source, target) => {
    const member = shownMember(id, edge, source, target, hiddenActor.has(source) || hiddenActor.has(target), context);
    if (member) members.push(member);
  });
  return counted(graph, bundleFlows(members));
}

/**
 * The bundles after the flows `edges` changed in place (a patched display
 * graph, displayPatch.ts): only their pairs, both ways, are bundled again —
 * at 100 000 flows bundling them all took most of a second per edit. An
 * edit that changed a large part of the flows is bundled whole, which is
 * then cheaper. `previous` is updated in place and must not be read as the
 * bundles before the edit again (a second patch with the same edges gives
 * the same result).
 */
export function patchedBundles(
  previous: DrawnBundles,
  graph: DisplayGraph,
  patch: Pick<DisplayPatch, 'changed'>,
  context: Filters,
): DrawnBundles {
  const edges = patch.changed;
  if (edges.length * 10 > graph.size) return drawnBundles(graph, context);
  const { carried, absorbed } = previous;
  let flows = previous.flows;
  const pairs = new Map<string, readonly [string, string]>();
  for (const edge of edges) {
    const [source, target] = graph.extremities(edge);
    pairs.set(`${source}\u0000${target}`, [source, target]);
    pairs.set(`${target}\u0000${source}`, [target, source]);
  }
  const members: BundleMember[] = [];
  for (const [source, target] of pairs.values()) {
    const endHidden =
      actorHidden(graph.getNodeAttribute(source, 'actor'), context) ||
      actorHidden(graph.getNodeAttribute(target, 'actor'), context);
    // In drawing order, as drawnBundles meets them (its first carries the bundle): graphology lists a pair's
    // flows newest first, and a flow's place among its pair's is its curve's index (curves.ts).
    const pairFlows = graph.hasNode(source) ? graph.outEdges(source, target) : [];
    const place = (id: string) => graph.getEdgeAttribute(id, 'parallelIndex') ?? 0;
    for (const id of pairFlows.sort((a, b) => place(a) - place(b))) {
      flows -= carried.get(id)?.members.length ?? 0;
      carried.delete(id);
      absorbed.delete(id);
      const member = shownMember(id, graph.getEdgeAttributes(id), source, target, endHidden, context);
      if (member) members.push(member);
    }
  }
  const view = counted(graph, bundleFlows(members));
  for (const [id, bundle] of view.carried) carried.set(id, bundle);
  flows += view.flows;
  for (const id of view.absorbed) absorbed.add(id);
  return { carried, absorbed, flows, maxQuantity: graph.getAttribute('maxQuantity') };
}

function shownMember(
  id: string,
  edge: DisplayEdgeAttributes,
  source: string,
  target: string,
  endHidden: boolean,
  context: Filters,
): BundleMember | null {
  const flow = { category: edge.flow.category, status: edge.flow.status, tonnes: edge.tonnes };
  if (flowHidden(flow, endHidden, context)) return null;
  return { id, source, target, category: edge.flow.category, tonnes: edge.tonnes };
}

/** The bundles with the count of flows they draw and the scale their widths follow. */
function counted(graph: DisplayGraph, view: ReturnType<typeof bundleFlows>): DrawnBundles {
  let flows = 0;
  for (const bundle of view.carried.values()) flows += bundle.members.length;
  return { ...view, flows, maxQuantity: graph.getAttribute('maxQuantity') };
}

/**
 * A bundle's width, drawn on its first line (`carrier`): a bundle of flows that give no quantity is structural, one
 * whose quantities are not masses keeps its first line's width; masses follow their total.
 */
function bundleWidth(carrier: DisplayEdgeAttributes, bundle: Bundle, maxQuantity: number): number {
  return bundle.tonnes === null ? carrier.size : edgeWidth(bundle.tonnes, maxQuantity);
}
