/**
 * A sankey of the park's flows (d3-sankey): enterprises, or clusters, and
 * the boundary actors (@supply on the left, @market and @disposal on the
 * right) as nodes, one band per source, target and material category.
 *
 * Band widths must be commensurable, so every quantity is converted to
 * t/a (via the material's density or heating value where it needs one);
 * flows that cannot become mass (electricity without a heating value,
 * services, counts) are left out and named in the notes. d3-sankey cannot
 * draw cycles, so `breakCycles` removes the lightest link of each cycle
 * and the notes say which.
 */
import { sankey } from 'd3-sankey';
import { formatQuantity } from '../analysis/text.ts';
import { BOUNDARY_NAMES } from '../model/boundary.ts';
import { CATEGORY_LABELS, localize } from '../model/labels.ts';
import { indexModel, flowQuantity } from '../model/lookup.ts';
import { isBoundaryId } from '../model/references.ts';
import type { BoundaryId, FlowStatus, Language, MaterialCategory, ParkModel } from '../model/types.ts';
import { convertQuantity } from '../model/units.ts';
import { breakCycles } from './acyclicLinks.ts';
import { sourceLine } from './diagramBuilder.ts';
import { DIAGRAM_COLOURS, clusterColour } from './palette.ts';
import { sankeyNotes, sankeySubtitle, sankeyTitle } from './sankeyText.ts';
import type { DiagramCluster } from './types.ts';

export type SankeyGrouping = 'enterprise' | 'cluster';

export interface SankeyOptions {
  readonly language?: Language;
  /** One node per enterprise (default) or per cluster. */
  readonly by?: SankeyGrouping;
  /** Only flows of materials in these categories (default: all). */
  readonly categories?: readonly MaterialCategory[];
  /** Which flows count (default: existing, the park as it is). */
  readonly statuses?: readonly FlowStatus[];
  /** Size of the sankey itself, without title and legend; the height defaults to fit the nodes. */
  readonly width?: number;
  readonly height?: number;
}

/** The unit every band is measured in. */
export const SANKEY_UNIT = 't/a';

export interface SankeyNodeDatum {
  readonly id: string;
  readonly label: string;
  readonly kind: 'enterprise' | 'cluster' | 'boundary';
  readonly colour: string;
  /** The cluster id (enterprise and cluster nodes), for the legend. */
  readonly cluster?: string;
}

export interface SankeyLinkDatum {
  readonly source: string;
  readonly target: string;
  readonly category: MaterialCategory;
  /** t/a */
  readonly value: number;
  readonly flows: readonly string[];
}

export interface SankeyData {
  readonly language: Language;
  readonly title: string;
  readonly subtitle: string;
  readonly parkName: string;
  readonly source: string;
  readonly nodes: readonly SankeyNodeDatum[];
  readonly links: readonly SankeyLinkDatum[];
  /** Clusters of the nodes shown, in model order, for the legend. */
  readonly clusters: readonly DiagramCluster[];
  /** Links removed to break cycles (and flows inside one node, which a sankey cannot show). */
  readonly removed: readonly SankeyLinkDatum[];
  /** Flows left out because their quantity cannot be converted to mass. */
  readonly unconvertible: readonly { readonly flow: string; readonly material: string; readonly unit: string }[];
  /** Flows left out because they give no quantity (structural exchanges): a sankey's widths are quantities. */
  readonly unmeasured: readonly string[];
  readonly notes: readonly string[];
}

export function buildSankeyData(model: ParkModel, options: SankeyOptions = {}): SankeyData {
  const language = options.language ?? 'zh';
  const by = options.by ?? 'enterprise';
  const statuses = new Set<string>(options.statuses ?? ['existing']);
  const categories = options.categories ? new Set<string>(options.categories) : undefined;
  const index = indexModel(model);
  const clusterPosition = new Map(model.clusters.map((c, i) => [c.id, i]));
  const nodes = new Map<string, SankeyNodeDatum>();
  const nodeOf = (actor: string): string => {
    if (isBoundaryId(actor)) {
      if (!nodes.has(actor))
        nodes.set(actor, {
          id: actor,
          label: localize(BOUNDARY_NAMES[actor as BoundaryId], language),
          kind: 'boundary',
          colour: DIAGRAM_COLOURS.boundaryFill,
        });
      return actor;
    }
    const enterprise = index.enterprises.get(actor);
    const clusterId = enterprise?.cluster ?? '';
    const cluster = model.clusters[clusterPosition.get(clusterId) ?? -1];
    const colour = clusterColour(cluster?.colour, clusterPosition.get(clusterId) ?? 0);
    const id = by === 'cluster' ? `cluster:${clusterId}` : actor;
    if (!nodes.has(id)) {
      nodes.set(id, {
        id,
        label:
          by === 'cluster'
            ? localize(cluster?.name, language) || clusterId
            : localize(enterprise?.name, language) || actor,
        kind: by === 'cluster' ? 'cluster' : 'enterprise',
        colour,
        cluster: clusterId,
      });
    }
    return id;
  };

  const links = new Map<
    string,
    { source: string; target: string; category: MaterialCategory; value: number; flows: string[] }
  >();
  const unconvertible: { flow: string; material: string; unit: string }[] = [];
  const unmeasured: string[] = [];
  for (const flow of model.flows) {
    const material = index.materials.get(flow.material);
    if (!material || !statuses.has(flow.status) || (categories && !categories.has(material.category))) continue;
    const quantity = flowQuantity(flow, material);
    if (quantity === undefined) {
      unmeasured.push(flow.id);
      continue;
    }
    const tonnes = convertQuantity(quantity, material.unit, SANKEY_UNIT, material);
    if (tonnes === undefined) {
      unconvertible.push({ flow: flow.id, material: material.id, unit: flow.unit ?? material.unit });
      continue;
    }
    if (tonnes <= 0) continue;
    const source = nodeOf(flow.from);
    const target = nodeOf(flow.to);
    const key = `${source}\u0000${target}\u0000${material.category}`;
    const link = links.get(key) ?? { source, target, category: material.category, value: 0, flows: [] };
    link.value += tonnes;
    link.flows.push(flow.id);
    links.set(key, link);
  }
  const { kept, removed } = breakCycles([...nodes.keys()], [...links.values()]);
  // Nodes left without any band (all theirs were removed) would be empty bars: drop them.
  const linked = new Set(kept.flatMap((l) => [l.source, l.target]));
  const usedClusters = new Set(
    [...nodes.values()].filter((n) => linked.has(n.id) && n.cluster !== undefined).map((n) => n.cluster!),
  );
  const heading = { language, by, categories: options.categories, statuses: [...statuses] };
  return {
    language,
    title: sankeyTitle(language, by),
    subtitle: sankeySubtitle(heading),
    parkName: localize(model.park.name, language),
    source: sourceLine(model, language),
    nodes: [...nodes.values()].filter((n) => linked.has(n.id)),
    links: kept,
    removed,
    unconvertible,
    unmeasured,
    clusters: model.clusters
      .map((c, i) => ({ id: c.id, name: localize(c.name, language) || c.id, colour: clusterColour(c.colour, i) }))
      .filter((c) => usedClusters.has(c.id)),
    notes: sankeyNotes(language, {
      empty: kept.length === 0,
      unconvertible: unconvertible.map((u) => localize(index.materials.get(u.material)?.name, language) || u.material),
      unmeasured: unmeasured.length,
      removed: removed.map((l) => ({
        from: nodes.get(l.source)?.label ?? l.source,
        to: nodes.get(l.target)?.label ?? l.target,
        category: localize(CATEGORY_LABELS[l.category], language),
        quantity: formatQuantity(l.value, SANKEY_UNIT, language),
        inside: l.source === l.target,
      })),
    }),
  };
}

export interface PositionedSankeyNode {
  readonly node: SankeyNodeDatum;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  /** Throughput shown, t/a. */
  readonly value: number;
}

export interface PositionedSankeyLink {
  readonly link: SankeyLinkDatum;
  /** Centre line of the band as an absolute SVG path. */
  readonly path: string;
  readonly width: number;
}

export interface SankeyLayout {
  readonly data: SankeyData;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PositionedSankeyNode[];
  readonly links: readonly PositionedSankeyLink[];
}

export function layoutSankey(data: SankeyData, options: Pick<SankeyOptions, 'width' | 'height'> = {}): SankeyLayout {
  const width = options.width ?? 1100;
  const height = options.height ?? Math.min(3200, Math.max(420, 30 * data.nodes.length));
  if (data.links.length === 0) return { data, width, height: 120, nodes: [], links: [] };
  const generator = sankey<SankeyNodeDatum & { id: string }, { datum: SankeyLinkDatum }>()
    .nodeId((n) => n.id)
    .nodeWidth(14)
    .nodePadding(12)
    .extent([
      [0, 0],
      [width, height],
    ]);
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const graph = generator({
    nodes: data.nodes.map((n) => ({ ...n })),
    links: data.links.map((l) => ({ source: l.source, target: l.target, value: l.value, datum: l })),
  });
  return {
    data,
    width,
    height,
    nodes: graph.nodes.map((n) => {
      const { x0 = 0, y0 = 0, x1 = 0, y1 = 0, value = 0 } = n;
      return { node: byId.get(n.id)!, x0, y0, x1, y1, value };
    }),
    links: graph.links.map((l) => {
      const source = l.source as { x1?: number };
      const target = l.target as { x0?: number };
      const [sx, tx, sy, ty] = [source.x1 ?? 0, target.x0 ?? 0, l.y0 ?? 0, l.y1 ?? 0];
      const mid = (sx + tx) / 2;
      return {
        link: l.datum,
        // As d3-sankey's sankeyLinkHorizontal, written out so PDF and SVG share one path.
        path: `M${sx} ${sy} C${mid} ${sy} ${mid} ${ty} ${tx} ${ty}`,
        width: Math.max(1, l.width ?? 1),
      };
    }),
  };
}
