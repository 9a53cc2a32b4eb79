/**
 * Left-to-right layered layout of a diagram with elkjs (the Eclipse Layout
 * Kernel's "layered" algorithm, Sugiyama style). Boxes are sized from their
 * wrapped label text before layout; edge labels are given to ELK with
 * their size so it makes room for them; chain diagrams put each node in
 * its column through ELK's partitioning, so stages read in chain order.
 * ELK is seeded, so the same diagram always gets the same layout.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ELK as ElkApi, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { textWidth, wrapText } from './textMetrics.ts';
import type { Diagram, DiagramColumn, DiagramLink, DiagramNode } from './types.ts';

export interface LayoutStyle {
  readonly fontSize: number;
  readonly detailFontSize: number;
  readonly linkFontSize: number;
  readonly columnFontSize: number;
  /** Line height as a multiple of the font size. */
  readonly lineHeight: number;
  /** Widest text inside a box before it wraps. */
  readonly maxBoxTextWidth: number;
  readonly maxLinkTextWidth: number;
  readonly boxPadding: number;
  readonly minBoxWidth: number;
}

export interface LayoutOptions {
  readonly style?: Partial<LayoutStyle>;
  /** Space between nodes of one layer and between layers. */
  readonly nodeSpacing?: number;
  readonly layerSpacing?: number;
  /** An ELK instance to use (the app passes one backed by a Web Worker); default: the bundled one, in-thread. */
  readonly elk?: ElkApi;
}

/**
 * The defaults of `layoutDiagram`'s style, for the options the caller leaves out.
 * @public
 */
export const DEFAULT_LAYOUT_STYLE: LayoutStyle = {
  fontSize: 13,
  detailFontSize: 10.5,
  linkFontSize: 10.5,
  columnFontSize: 12,
  lineHeight: 1.3,
  maxBoxTextWidth: 168,
  maxLinkTextWidth: 150,
  boxPadding: 9,
  minBoxWidth: 96,
};

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface PositionedNode {
  readonly node: DiagramNode;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly string[];
  readonly detailLines: readonly string[];
}

export interface PositionedLabel {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly string[];
}

export interface PositionedLink {
  readonly link: DiagramLink;
  /** The route from the source box to the target box, bends included. */
  readonly points: readonly Point[];
  readonly label?: PositionedLabel;
}

export interface PositionedColumn {
  readonly column: DiagramColumn;
  readonly x: number;
  readonly width: number;
  readonly lines: readonly string[];
}

export interface DiagramLayout {
  readonly diagram: Diagram;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PositionedNode[];
  readonly links: readonly PositionedLink[];
  /** Chain diagrams: one header per column that has nodes, above them. */
  readonly columns: readonly PositionedColumn[];
  readonly style: LayoutStyle;
}

let sharedElk: ElkApi | undefined;

/** The bundled ELK, in-thread, made on first use and shared by every layered layout (chain diagrams, park views). */
export function layeredElk(): ElkApi {
  return (sharedElk ??= new ELK());
}

/**
 * What every left-to-right layered layout shares: ELK's layered algorithm,
 * a fixed seed (same graph, same picture) and the model's order as the
 * tie-breaker, so equal inputs never depend on hash order.
 */
export const LAYERED_LEFT_TO_RIGHT: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.randomSeed': '1',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

export async function layoutDiagram(diagram: Diagram, options: LayoutOptions = {}): Promise<DiagramLayout> {
  const style = { ...DEFAULT_LAYOUT_STYLE, ...options.style };
  const elk = options.elk ?? layeredElk();
  const boxes = new Map(diagram.nodes.map((n) => [n.id, measureNode(n, style)]));
  const labels = new Map(diagram.links.map((l) => [l.id, measureLinkLabel(l, style)]));
  const partitioned = diagram.nodes.some((n) => n.layer !== undefined);

  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      ...LAYERED_LEFT_TO_RIGHT,
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(options.layerSpacing ?? 64),
      'elk.spacing.nodeNode': String(options.nodeSpacing ?? 26),
      'elk.spacing.edgeNode': '14',
      'elk.spacing.edgeEdge': '10',
      'elk.spacing.edgeLabel': '3',
      'elk.layered.spacing.edgeNodeBetweenLayers': '14',
      'elk.padding': '[top=8,left=8,bottom=8,right=8]',
      ...(partitioned ? { 'elk.partitioning.activate': 'true' } : {}),
    },
    children: diagram.nodes.map((n) => ({
      id: n.id,
      width: boxes.get(n.id)!.width,
      height: boxes.get(n.id)!.height,
      ...(n.layer !== undefined ? { layoutOptions: { 'elk.partitioning.partition': String(n.layer) } } : {}),
    })),
    edges: diagram.links.map((l): ElkExtendedEdge => ({
      id: l.id,
      sources: [l.from],
      targets: [l.to],
      // ELK silently leaves a label without text unplaced (at 0,0): the text must be there.
      labels: [
        {
          id: `${l.id}:label`,
          text: labels.get(l.id)!.lines.join(' '),
          width: labels.get(l.id)!.width,
          height: labels.get(l.id)!.height,
        },
      ],
    })),
  };
  const result = await elk.layout(graph);

  const placed = new Map((result.children ?? []).map((c) => [c.id, c]));
  const columns = positionColumns(diagram, placed, style);
  // Column headers sit above the graph: everything moves down by their height.
  const top =
    columns.length === 0
      ? 0
      : Math.max(...columns.map((c) => c.lines.length)) * lineOf(style.columnFontSize, style) + 10;
  const nodes = diagram.nodes.map((node): PositionedNode => {
    const box = boxes.get(node.id)!;
    const at = placed.get(node.id);
    return { node, x: at?.x ?? 0, y: (at?.y ?? 0) + top, ...box };
  });
  const edges = new Map((result.edges ?? []).map((e) => [e.id, e]));
  const links = diagram.links.map((link): PositionedLink => {
    const edge = edges.get(link.id);
    const points = (edge?.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
    const elkLabel = edge?.labels?.[0];
    const measured = labels.get(link.id)!;
    return {
      link,
      points: dedupe(points).map((p) => ({ x: p.x, y: p.y + top })),
      ...(elkLabel && measured.lines.length > 0
        ? { label: { ...measured, x: elkLabel.x ?? 0, y: (elkLabel.y ?? 0) + top } }
        : {}),
    };
  });
  return {
    diagram,
    width: result.width ?? 0,
    height: (result.height ?? 0) + top,
    nodes,
    links,
    columns,
    style,
  };
}

function lineOf(fontSize: number, style: LayoutStyle): number {
  return fontSize * style.lineHeight;
}

function measureNode(
  node: DiagramNode,
  style: LayoutStyle,
): { width: number; height: number; lines: string[]; detailLines: string[] } {
  const lines = wrapText(node.label, style.maxBoxTextWidth, style.fontSize);
  const detailLines = node.detail ? wrapText(node.detail, style.maxBoxTextWidth, style.detailFontSize, 2) : [];
  const textW = Math.max(
    ...lines.map((l) => textWidth(l, style.fontSize)),
    ...detailLines.map((l) => textWidth(l, style.detailFontSize)),
  );
  return {
    width: Math.ceil(Math.max(style.minBoxWidth, textW + 2 * style.boxPadding)),
    height: Math.ceil(
      2 * style.boxPadding +
        lines.length * lineOf(style.fontSize, style) +
        detailLines.length * lineOf(style.detailFontSize, style),
    ),
    lines,
    detailLines,
  };
}

function measureLinkLabel(link: DiagramLink, style: LayoutStyle): { width: number; height: number; lines: string[] } {
  const lines = [...wrapText(link.label, style.maxLinkTextWidth, style.linkFontSize, 2)];
  if (link.quantity) lines.push(link.quantity);
  const width = Math.max(0, ...lines.map((l) => textWidth(l, style.linkFontSize)));
  return {
    width: Math.ceil(width + 6),
    height: Math.ceil(lines.length * lineOf(style.linkFontSize, style) + 4),
    lines,
  };
}

/** A header over each chain column, spanning the column's boxes. */
function positionColumns(
  diagram: Diagram,
  placed: ReadonlyMap<string, ElkNode>,
  style: LayoutStyle,
): PositionedColumn[] {
  return diagram.columns.flatMap((column) => {
    const members = diagram.nodes.filter((n) => n.layer === column.layer).map((n) => placed.get(n.id));
    const xs = members.flatMap((m) => (m ? [[m.x ?? 0, (m.x ?? 0) + (m.width ?? 0)] as const] : []));
    if (xs.length === 0) return [];
    const x = Math.min(...xs.map(([a]) => a));
    const width = Math.max(...xs.map(([, b]) => b)) - x;
    const lines = wrapText(column.label, Math.max(width + 40, 150), style.columnFontSize, 4);
    return [{ column, x, width, lines }];
  });
}

function dedupe(points: readonly Point[]): Point[] {
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y);
}
