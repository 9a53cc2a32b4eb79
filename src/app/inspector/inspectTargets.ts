/**
 * The other things the inspector shows besides an actor's streams and flows:
 * an enterprise's network metrics and rank, a flow (with the source it
 * cites and its custom attributes), and a material with who makes, uses and
 * treats it. Everything comes from the model and from the
 * analysis core computed; nothing is recomputed here.
 */
import type { Finding } from '../../core/analysis/finding.ts';
import type { ShownNetwork } from '../analysis/shownAnalysis.ts';
import { ENTERPRISE_KEY_PREFIX, MATERIAL_KEY_PREFIX } from '../../core/graph/types.ts';
import type { Flow, Material, ParkModel } from '../../core/model/types.ts';
import type { ViewKind } from '../network/views.ts';

/** What a selection in a given view points at. */
export type InspectTarget =
  | { readonly kind: 'actor'; readonly id: string }
  | { readonly kind: 'material'; readonly id: string }
  | { readonly kind: 'flow'; readonly id: string };

export function inspectTarget(view: ViewKind, selected: string | null, flow: string | null): InspectTarget | null {
  if (flow !== null) return { kind: 'flow', id: flow };
  if (selected === null) return null;
  if (view === 'exchange') return { kind: 'actor', id: selected };
  if (view === 'material') return { kind: 'material', id: selected };
  if (selected.startsWith(ENTERPRISE_KEY_PREFIX))
    return { kind: 'actor', id: selected.slice(ENTERPRISE_KEY_PREFIX.length) };
  if (selected.startsWith(MATERIAL_KEY_PREFIX))
    return { kind: 'material', id: selected.slice(MATERIAL_KEY_PREFIX.length) };
  return null;
}

export interface ActorMetrics {
  readonly throughflow: number;
  readonly unit: string;
  readonly providers: number;
  readonly customers: number;
  readonly betweenness: number | null;
  readonly sampled: boolean;
  /** 1-based rank by betweenness (then throughflow) among `of` actors. */
  readonly rank: number;
  readonly of: number;
  readonly keystone: boolean;
  readonly articulationPoint: boolean;
}

export function actorMetrics(network: ShownNetwork | undefined, id: string): ActorMetrics | null {
  const i = network?.actors.ids.indexOf(id) ?? -1;
  if (!network || i < 0) return null;
  const { actors } = network;
  const betweenness = actors.betweenness[i]!;
  return {
    throughflow: actors.throughflow[i]!,
    unit: network.unit,
    providers: actors.inDegree[i]!,
    customers: actors.outDegree[i]!,
    betweenness: Number.isNaN(betweenness) ? null : betweenness,
    sampled: network.sampled,
    rank: actors.rank[i]!,
    of: actors.ids.length,
    keystone: network.keystones.includes(id),
    articulationPoint: network.articulationPoints.includes(id),
  };
}

/** The source a flow cites, as the inspector shows it. */
export interface FlowSource {
  readonly id: string;
  /** The citation; the id itself when the park does not list the source. */
  readonly title: string;
  /** The source's address, only when it is a web address (http or https): never a javascript: or file: link. */
  readonly href?: string;
  readonly note?: string;
}

export interface FlowDetails {
  readonly flow: Flow;
  readonly material: Material | undefined;
  readonly source: FlowSource | null;
  /** The flow's custom attributes (an imported CSV's unknown columns), in their order. */
  readonly attributes: readonly (readonly [key: string, value: string | number | boolean])[];
  readonly findings: readonly Finding[];
}

export function describeFlow(model: ParkModel, findings: readonly Finding[], id: string): FlowDetails | null {
  const flow = model.flows.find((f) => f.id === id);
  if (!flow) return null;
  return {
    flow,
    material: model.materials.find((m) => m.id === flow.material),
    source: flow.source === undefined ? null : flowSource(model, flow.source),
    attributes: Object.entries(flow.attributes ?? {}),
    findings: findings.filter((f) => f.flows.includes(id)),
  };
}

function flowSource(model: ParkModel, id: string): FlowSource {
  const source = model.park.sources?.find((s) => s.id === id);
  if (!source) return { id, title: id };
  const href = source.url === undefined ? undefined : webLink(source.url);
  return {
    id,
    title: source.title,
    ...(href === undefined ? {} : { href }),
    ...(source.note === undefined || source.note.trim() === '' ? {} : { note: source.note }),
  };
}

/** The address if it is an absolute http(s) one; a model is user data, so nothing else becomes a link. */
export function webLink(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export interface MaterialDetails {
  readonly material: Material;
  /** Enterprise ids that declare it as an output / input / capacity. */
  readonly producers: readonly string[];
  readonly consumers: readonly string[];
  readonly treaters: readonly string[];
  readonly flows: readonly Flow[];
  readonly findings: readonly Finding[];
}

export function describeMaterial(model: ParkModel, findings: readonly Finding[], id: string): MaterialDetails | null {
  const material = model.materials.find((m) => m.id === id);
  if (!material) return null;
  const declaring = (list: 'inputs' | 'outputs' | 'capacities') =>
    model.enterprises.filter((e) => e[list].some((s) => s.material === id)).map((e) => e.id);
  return {
    material,
    producers: declaring('outputs'),
    consumers: declaring('inputs'),
    treaters: declaring('capacities'),
    flows: model.flows.filter((f) => f.material === id),
    findings: findings.filter((f) => f.materials.includes(id)),
  };
}
