/**
 * What the hover tooltip says about an actor or a flow: plain strings the
 * component renders as text (names are user data, never markup).
 */
import { ENTERPRISE_STATUS_LABELS, FLOW_STATUS_LABELS, localize, ROLE_LABELS } from '../../core/model/labels.ts';
import type { Flow, Language, ParkModel } from '../../core/model/types.ts';
import { listNames } from '../../core/text/lists.ts';
import { numberLocale } from '../../core/analysis/presentation.ts';
import { appMessage } from '../i18n/appMessage.ts';
import type { DisplayGraph } from './displayGraph.ts';
import type { ProjectOverlay } from './projectOverlay.ts';

export interface TooltipContent {
  readonly title: string;
  readonly lines: readonly string[];
}

/** `overlay`: the project shown, whose ghost plant exchanges only by its planned flows (not edges of the graph). */
export function nodeTooltip(
  model: ParkModel,
  graph: DisplayGraph,
  node: string,
  language: Language,
  overlay: ProjectOverlay | null = null,
): TooltipContent | null {
  if (!graph.hasNode(node)) return null;
  const { actor, throughflow, ghost } = graph.getNodeAttributes(node);
  const planned = ghost && overlay?.enterprise.id === node ? overlay.flows : [];
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 0 });
  const lines: string[] = [];
  if (actor.kind === 'enterprise') {
    const cluster = model.clusters.find((c) => c.id === actor.cluster);
    lines.push(
      [localize(cluster?.name, language) || actor.cluster, ROLE_LABELS[actor.role][language]].join(' · '),
      ENTERPRISE_STATUS_LABELS[actor.status][language],
    );
  }
  if (ghost) lines.push(appMessage(language, 'tooltip.proposal'));
  lines.push(
    appMessage(language, 'tooltip.throughflow', { value: number.format(throughflow) }),
    appMessage(language, 'tooltip.degrees', {
      in: graph.inDegree(node) + planned.filter((f) => f.to === node).length,
      out: graph.outDegree(node) + planned.filter((f) => f.from === node).length,
    }),
  );
  return { title: localize(actor.name, language) || node, lines };
}

/** `overlay`: the project shown; a flow its plant would replace says so. */
export function edgeTooltip(
  model: ParkModel,
  graph: DisplayGraph,
  edge: string,
  language: Language,
  overlay: ProjectOverlay | null = null,
): TooltipContent | null {
  if (!graph.hasEdge(edge)) return null;
  const { flow } = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const name = (id: string) => actorName(graph, id, language);
  const material = model.materials.find((m) => m.id === flow.material);
  const quantity = quantityText(flow.quantity, flow.unit, flow.estimated === true, language);
  const retired = overlay?.retired.includes(edge) ? [appMessage(language, 'tooltip.retired')] : [];
  return {
    title: localize(material?.name, language) || flow.material,
    lines: [`${name(source)} → ${name(target)}`, quantity, FLOW_STATUS_LABELS[flow.status][language], ...retired],
  };
}

/**
 * Planned flows of the shown project under the pointer (drawn dashed, not edges of the graph): partner → plant,
 * material, quantity, planned. Several when they are drawn on top of each other: all of them, one line each.
 */
export function plannedFlowTooltip(
  overlay: ProjectOverlay,
  graph: DisplayGraph,
  ids: readonly string[],
  language: Language,
): TooltipContent | null {
  const flows = overlay.flows.filter((f) => ids.includes(f.id));
  if (flows.length === 0) return null;
  const name = (end: string) =>
    end === overlay.enterprise.id
      ? localize(overlay.enterprise.name, language) || end
      : (graph.hasNode(end) ? localize(graph.getNodeAttribute(end, 'actor').name, language) : '') || end;
  // The plant may bring materials the park does not know yet: the built park's list names them.
  const material = (flow: Flow) => overlay.scenario.materials.find((m) => m.id === flow.material);
  const materialName = (flow: Flow) => localize(material(flow)?.name, language) || flow.material;
  const quantity = (flow: Flow) =>
    quantityText(flow.quantity ?? null, flow.unit ?? material(flow)?.unit ?? '', flow.estimated === true, language);
  const route = (flow: Flow) => `${name(flow.from)} → ${name(flow.to)}`;
  const routes = [...new Set(flows.map(route))];
  const details =
    flows.length === 1
      ? [route(flows[0]!), quantity(flows[0]!)]
      : [
          ...(routes.length === 1 ? routes : []),
          ...flows.map((f) => `${routes.length === 1 ? '' : `${route(f)} · `}${materialName(f)}: ${quantity(f)}`),
        ];
  return {
    title: listNames(flows.map(materialName), language),
    lines: [...details, FLOW_STATUS_LABELS[flows[0]!.status][language], appMessage(language, 'tooltip.proposal')],
  };
}

/** A flow's quantity as its tooltips say it: "12,000 t/a", marked when estimated, or that none is given. */
export function quantityText(quantity: number | null, unit: string, estimated: boolean, language: Language): string {
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 2 });
  if (quantity === null) return appMessage(language, 'tooltip.noQuantity');
  const measured = `${number.format(quantity)} ${unit}`;
  return estimated ? appMessage(language, 'tooltip.estimated', { quantity: measured }) : measured;
}

/** An actor's name in the language, its id where it has none. */
export function actorName(graph: DisplayGraph, id: string, language: Language): string {
  return localize(graph.getNodeAttribute(id, 'actor').name, language) || id;
}
