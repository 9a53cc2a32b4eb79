/**
 * What the hover tooltip says about an actor or a flow: plain strings the
 * component renders as text (names are user data, never markup).
 */
import { ENTERPRISE_STATUS_LABELS, FLOW_STATUS_LABELS, localize, ROLE_LABELS } from '../../core/model/labels.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { numberLocale } from '../../core/analysis/presentation.ts';
import { appMessage } from '../i18n/appMessage.ts';
import type { DisplayGraph } from './displayGraph.ts';

export interface TooltipContent {
  readonly title: string;
  readonly lines: readonly string[];
}

export function nodeTooltip(
  model: ParkModel,
  graph: DisplayGraph,
  node: string,
  language: Language,
): TooltipContent | null {
  if (!graph.hasNode(node)) return null;
  const { actor, throughflow } = graph.getNodeAttributes(node);
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 0 });
  const lines: string[] = [];
  if (actor.kind === 'enterprise') {
    const cluster = model.clusters.find((c) => c.id === actor.cluster);
    lines.push(
      [localize(cluster?.name, language) || actor.cluster, ROLE_LABELS[actor.role][language]].join(' · '),
      ENTERPRISE_STATUS_LABELS[actor.status][language],
    );
  }
  lines.push(
    appMessage(language, 'tooltip.throughflow', { value: number.format(throughflow) }),
    appMessage(language, 'tooltip.degrees', { in: graph.inDegree(node), out: graph.outDegree(node) }),
  );
  return { title: localize(actor.name, language) || node, lines };
}

export function edgeTooltip(
  model: ParkModel,
  graph: DisplayGraph,
  edge: string,
  language: Language,
): TooltipContent | null {
  if (!graph.hasEdge(edge)) return null;
  const { flow } = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const name = (id: string) => localize(graph.getNodeAttribute(id, 'actor').name, language) || id;
  const material = model.materials.find((m) => m.id === flow.material);
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 2 });
  const measured = flow.quantity === null ? null : `${number.format(flow.quantity)} ${flow.unit}`;
  const quantity =
    measured === null
      ? appMessage(language, 'tooltip.noQuantity')
      : flow.estimated
        ? appMessage(language, 'tooltip.estimated', { quantity: measured })
        : measured;
  return {
    title: localize(material?.name, language) || flow.material,
    lines: [`${name(source)} → ${name(target)}`, quantity, FLOW_STATUS_LABELS[flow.status][language]],
  };
}
