/**
 * The tooltip of a bundle of parallel flows (bundles.ts): the pair, then one
 * line per flow (its material and quantity), so hovering the line tells what
 * it carries without splitting the view.
 */
import { localize } from '../../core/model/labels.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { appMessage } from '../i18n/appMessage.ts';
import type { Bundle } from './bundles.ts';
import type { DisplayGraph } from './displayGraph.ts';
import { actorName, quantityText, type TooltipContent } from './tooltip.ts';

/** Beyond this many flows the tooltip says how many more there are. */
const LISTED = 8;

export function bundleTooltip(
  model: ParkModel,
  graph: DisplayGraph,
  bundle: Bundle,
  language: Language,
): TooltipContent | null {
  const [first] = bundle.members;
  if (first === undefined || !graph.hasEdge(first)) return null;
  const [source, target] = graph.extremities(first);
  const name = (id: string) => actorName(graph, id, language);
  const materials = new Map(model.materials.map((m) => [m.id, m.name]));
  const lines = bundle.members.slice(0, LISTED).map((edge) => {
    const { flow } = graph.getEdgeAttributes(edge);
    const material = localize(materials.get(flow.material), language) || flow.material;
    return `${material}: ${quantityText(flow.quantity, flow.unit, false, language)}`;
  });
  if (bundle.members.length > LISTED)
    lines.push(appMessage(language, 'tooltip.more', { count: bundle.members.length - LISTED }));
  lines.push(appMessage(language, 'tooltip.bundleHint'));
  return {
    title: appMessage(language, 'tooltip.bundle', {
      from: name(source),
      to: name(target),
      count: bundle.members.length,
    }),
    lines,
  };
}
