/**
 * Collects a diagram's nodes and links while a selection walks the model:
 * actors get their display names once, flows between the same two nodes
 * of the same material and kind are summed into one link, and the result
 * keeps insertion order so the same model always gives the same diagram.
 */
import type { AnalysisContext, QuantifiedFlow } from '../analysis/context.ts';
import { actorName, formatQuantity, materialName } from '../analysis/text.ts';
import { localize, stageMaterials } from '../model/labels.ts';
import { isBoundaryId } from '../model/references.ts';
import type { Language, ParkModel } from '../model/types.ts';
import { message } from '../text/message.ts';
import { clusterColour } from './palette.ts';
import type { Diagram, DiagramColumn, DiagramKind, DiagramLink, DiagramLinkKind, DiagramNode } from './types.ts';

export interface DiagramHeading {
  readonly kind: DiagramKind;
  readonly title: string;
  readonly subtitle?: string;
  readonly columns?: readonly DiagramColumn[];
  readonly notes?: readonly string[];
}

interface PendingLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: DiagramLinkKind;
  readonly materials: readonly string[];
  readonly label: string;
  readonly flows: string[];
  quantity: number | undefined;
  readonly unit: string | undefined;
  readonly focus: boolean;
}

export class DiagramBuilder {
  private readonly nodes = new Map<string, DiagramNode>();
  private readonly links = new Map<string, PendingLink>();

  constructor(
    readonly context: AnalysisContext,
    readonly language: Language,
    /** The overlaid project's enterprise id, drawn as a proposal. */
    readonly proposal?: string,
  ) {}

  has(nodeId: string): boolean {
    return this.nodes.has(nodeId);
  }

  /** The node for an enterprise or boundary actor, added on first use; returns its id. */
  actor(nodeId: string, actorId: string, extra: Partial<Omit<DiagramNode, 'id' | 'ref'>> = {}): string {
    if (this.nodes.has(nodeId)) return nodeId;
    const enterprise = this.context.index.enterprises.get(actorId);
    const cluster = enterprise ? this.context.model.clusters.find((c) => c.id === enterprise.cluster) : undefined;
    this.nodes.set(nodeId, {
      id: nodeId,
      kind: isBoundaryId(actorId) ? 'boundary' : actorId === this.proposal ? 'proposal' : 'enterprise',
      ref: actorId,
      label: actorName(this.context, actorId, this.language),
      ...(cluster ? { detail: localize(cluster.name, this.language), cluster: cluster.id } : {}),
      ...extra,
    });
    return nodeId;
  }

  /** Adds a node that stands for no actor (a missing stage). */
  placeholder(node: DiagramNode): string {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    return node.id;
  }

  /** Ids of the overlaid project's own flows (built on first use): what they replace is not drawn beside them. */
  private proposalFlowIds: ReadonlySet<string> | undefined;

  private get proposalFlows(): ReadonlySet<string> {
    this.proposalFlowIds ??= new Set(
      this.context.flows
        .filter((f) => this.proposal !== undefined && (f.flow.from === this.proposal || f.flow.to === this.proposal))
        .map((f) => f.flow.id),
    );
    return this.proposalFlowIds;
  }

  /** Draws a model flow between two nodes, summed with flows of the same material and kind. */
  flow(from: string, to: string, flow: QuantifiedFlow, focus = false): void {
    // With the project drawn as built, the boundary flows it will replace are gone.
    if (flow.flow.replacedBy !== undefined && this.proposalFlows.has(flow.flow.replacedBy)) return;
    const kind: DiagramLinkKind =
      this.proposal !== undefined && (flow.flow.from === this.proposal || flow.flow.to === this.proposal)
        ? 'proposal'
        : flow.flow.status === 'existing'
          ? 'existing'
          : 'planned';
    const key = `${from}\u0000${to}\u0000${kind}\u0000${flow.material.id}`;
    const existing = this.links.get(key);
    if (existing) {
      if (existing.flows.includes(flow.flow.id)) return;
      existing.flows.push(flow.flow.id);
      existing.quantity = (existing.quantity ?? 0) + flow.quantity;
      return;
    }
    this.links.set(key, {
      id: `l${this.links.size + 1}`,
      from,
      to,
      kind,
      materials: [flow.material.id],
      label: materialName(this.context, flow.material.id, this.language),
      flows: [flow.flow.id],
      quantity: flow.quantity,
      unit: flow.material.unit,
      focus,
    });
  }

  /** A link that is no model flow: an in-house step or a missing connection. */
  connect(
    from: string,
    to: string,
    kind: 'in-house' | 'missing',
    materials: readonly string[],
    label: string,
    quantity?: { value: number; unit: string },
  ): void {
    const key = `${from}\u0000${to}\u0000${kind}\u0000${materials.join('+')}`;
    if (this.links.has(key)) return;
    this.links.set(key, {
      id: `l${this.links.size + 1}`,
      from,
      to,
      kind,
      materials,
      label,
      flows: [],
      quantity: quantity?.value,
      unit: quantity?.unit,
      focus: false,
    });
  }

  stageLabel(stage: { materials: readonly string[]; name?: { zh?: string; en?: string } | undefined }): string {
    const named = localize(stage.name, this.language);
    if (named !== '') return named;
    return stageMaterials(stage.materials, (m) => materialName(this.context, m, this.language));
  }

  build(heading: DiagramHeading): Diagram {
    const { model } = this.context;
    const nodes = [...this.nodes.values()];
    const used = new Set(nodes.map((n) => n.cluster));
    const links: DiagramLink[] = [...this.links.values()].map((l) => ({
      id: l.id,
      from: l.from,
      to: l.to,
      kind: l.kind,
      materials: l.materials,
      label: l.label,
      ...(l.quantity !== undefined && l.unit !== undefined
        ? { quantity: formatQuantity(l.quantity, l.unit, this.language) }
        : {}),
      flows: l.flows,
      ...(l.focus ? { focus: true } : {}),
    }));
    return {
      kind: heading.kind,
      language: this.language,
      title: heading.title,
      ...(heading.subtitle ? { subtitle: heading.subtitle } : {}),
      parkName: localize(model.park.name, this.language),
      source: sourceLine(model, this.language),
      nodes,
      links,
      clusters: model.clusters
        .map((c, i) => ({ id: c.id, name: localize(c.name, this.language), colour: clusterColour(c.colour, i) }))
        .filter((c) => used.has(c.id)),
      columns: heading.columns ?? [],
      notes: heading.notes ?? [],
    };
  }
}

/** "Data source: <the park's cited sources>; figures marked estimated state their basis in the model". */
export function sourceLine(model: ParkModel, language: Language): string {
  const titles = (model.park.sources ?? []).map((s) => s.title);
  const listed =
    titles.length === 0
      ? message(language, 'diagram:sourceModelOnly', { park: model.park.id })
      : titles.slice(0, 3).join('; ') + (titles.length > 3 ? ' …' : '');
  return message(language, 'diagram:source', { sources: listed });
}
