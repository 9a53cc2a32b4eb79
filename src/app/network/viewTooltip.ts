/**
 * What the hover tooltip says in the material and process views: a node's
 * full name (the drawing may shorten it), a transformation's enterprises
 * (printed on the edges they would cover the picture). Plain strings.
 */
import { localize } from '../../core/model/labels.ts';
import type { Language } from '../../core/model/types.ts';
import { namesAndOthers } from '../../core/text/lists.ts';
import { appMessage } from '../i18n/appMessage.ts';
import type { TooltipContent } from './tooltip.ts';
import type { ViewGraph } from './viewGraphs.ts';

/** A transformation many enterprises perform names this many, then how many more. */
const SHOWN_PERFORMERS = 6;

export function viewNodeTooltip(graph: ViewGraph, node: string, language: Language): TooltipContent | null {
  if (!graph.hasNode(node)) return null;
  return { title: localize(graph.getNodeAttribute(node, 'name'), language), lines: [] };
}

/** Null for an edge with nobody behind it (the process view's: its ends say it all). */
export function viewEdgeTooltip(graph: ViewGraph, edge: string, language: Language): TooltipContent | null {
  if (!graph.hasEdge(edge)) return null;
  const performers = graph.getEdgeAttribute(edge, 'performers').map((p) => localize(p, language));
  if (performers.length === 0) return null;
  const [source, target] = graph.extremities(edge).map((n) => localize(graph.getNodeAttribute(n, 'name'), language));
  return {
    title: `${source ?? ''} → ${target ?? ''}`,
    lines: [
      appMessage(language, 'view.performedBy', { names: namesAndOthers(performers, SHOWN_PERFORMERS, language) }),
    ],
  };
}
