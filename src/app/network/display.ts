/**
 * What sigma's nodeReducer and edgeReducer return: the look of each actor
 * and flow, derived from its attributes and the UI state. Pure, so the
 * dimming rules are tested without a browser.
 */
import { localize } from '../../core/model/labels.ts';
import { isBoundaryId } from '../../core/model/references.ts';
import type { Language } from '../../core/model/types.ts';
import type { DisplayEdgeAttributes, DisplayNodeAttributes } from './displayGraph.ts';
import type { Highlight } from './highlight.ts';
import { actorHidden, flowHidden, type Filters } from './filters.ts';
import { DIMMED_EDGE, DIMMED_NODE } from './palette.ts';

/** Up to this many highlighted actors are all named, whatever their size. */
const FORCED_LABELS = 6;

export interface DisplayContext extends Filters {
  readonly highlight: Highlight | null;
  readonly selected: string | null;
  readonly language: Language;
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
  return {
    label: lit ? localize(node.actor.name, context.language) : null,
    color: lit ? node.color : DIMMED_NODE,
    borderColor: lit ? node.borderColor : DIMMED_NODE,
    size: node.size,
    hidden: actorHidden(node.actor, context),
    highlighted: selected,
    // Forced labels ignore sigma's collision grid: only for the selection and small highlights.
    forceLabel: selected || (context.highlight !== null && lit && context.highlight.nodes.size <= FORCED_LABELS),
    zIndex: lit ? 1 : 0,
  };
}

export interface EdgeLook {
  color: string;
  size: number;
  hidden: boolean;
  zIndex: number;
}

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
  return {
    color: lit ? edge.color : DIMMED_EDGE,
    size: edge.size,
    hidden: flowHidden(flow, boundaryHidden || extremities.endHidden === true, context),
    zIndex: lit ? 1 : 0,
  };
}
