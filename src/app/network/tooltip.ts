/**
 * What the hover tooltip says about an actor or a flow: plain strings the
 * component renders as text (names are user data, never markup).
 */
import { ENTERPRISE_STATUS_LABELS, FLOW_STATUS_LABELS, localize, ROLE_LABELS } from '../../core/model/labels.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { numberLocale } from '../../core/analysis/presentation.ts';
import type { DisplayGraph } from './displayGraph.ts';

export interface TooltipContent {
  readonly title: string;
  readonly lines: readonly string[];
}

const WORDS = {
  zh: {
    throughflow: '通量',
    flowsIn: '流入',
    flowsOut: '流出',
    estimated: '估算值',
    to: '→',
    noQuantity: '数量未给出',
  },
  en: {
    throughflow: 'throughflow',
    flowsIn: 'flows in',
    flowsOut: 'flows out',
    estimated: 'estimated',
    to: '→',
    noQuantity: 'no quantity given',
  },
} as const;

export function nodeTooltip(
  model: ParkModel,
  graph: DisplayGraph,
  node: string,
  language: Language,
): TooltipContent | null {
  if (!graph.hasNode(node)) return null;
  const { actor, throughflow } = graph.getNodeAttributes(node);
  const words = WORDS[language];
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
    `${words.throughflow} ${number.format(throughflow)} t/a`,
    `${words.flowsIn} ${graph.inDegree(node)} · ${words.flowsOut} ${graph.outDegree(node)}`,
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
  const words = WORDS[language];
  const quantity =
    flow.quantity === null
      ? words.noQuantity
      : `${number.format(flow.quantity)} ${flow.unit}${flow.estimated ? ` (${words.estimated})` : ''}`;
  return {
    title: localize(material?.name, language) || flow.material,
    lines: [`${name(source)} ${words.to} ${name(target)}`, quantity, FLOW_STATUS_LABELS[flow.status][language]],
  };
}
