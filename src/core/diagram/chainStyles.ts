/** How each kind of node and link of a chain diagram looks, and the legend entries that explain it. */
import type { Language } from '../model/types.ts';
import { message, type MessageKey } from '../text/message.ts';
import type { ShapeStyle } from './drawing.ts';
import type { LegendItem, LegendSection } from './frame.ts';
import { DIAGRAM_COLOURS, readableTextColour } from './palette.ts';
import type { Diagram, DiagramLinkKind, DiagramNode } from './types.ts';

export interface NodeLook {
  readonly box: ShapeStyle;
  readonly radius: number | 'pill';
  readonly text: string;
  readonly detail: string;
  readonly className: string;
}

const DASH = [6, 4] as const;

export function nodeLook(node: DiagramNode, clusterColours: ReadonlyMap<string, string>): NodeLook {
  const focus = node.focus ? 3 : undefined;
  switch (node.kind) {
    case 'boundary':
      return {
        box: { fill: DIAGRAM_COLOURS.boundaryFill, stroke: DIAGRAM_COLOURS.boundaryBorder, strokeWidth: 1.2 },
        radius: 'pill',
        text: DIAGRAM_COLOURS.text,
        detail: DIAGRAM_COLOURS.mutedText,
        className: 'node boundary',
      };
    case 'missing':
      return {
        box: { fill: DIAGRAM_COLOURS.missingFill, stroke: DIAGRAM_COLOURS.missing, strokeWidth: 2, dash: DASH },
        radius: 4,
        text: DIAGRAM_COLOURS.missing,
        detail: DIAGRAM_COLOURS.missing,
        className: 'node missing-stage',
      };
    case 'proposal':
      return {
        box: {
          fill: DIAGRAM_COLOURS.proposalFill,
          stroke: DIAGRAM_COLOURS.proposal,
          strokeWidth: focus ?? 2,
          dash: DASH,
        },
        radius: 6,
        text: DIAGRAM_COLOURS.proposal,
        detail: DIAGRAM_COLOURS.proposal,
        className: 'node proposal',
      };
    case 'enterprise': {
      const colour = (node.cluster && clusterColours.get(node.cluster)) || '#DDDDDD';
      if (node.partner) {
        // Beside the chain, not in it: outlined in the cluster's colour rather than filled.
        return {
          box: { fill: '#FFFFFF', stroke: colour, strokeWidth: 2.2 },
          radius: 6,
          text: DIAGRAM_COLOURS.text,
          detail: DIAGRAM_COLOURS.mutedText,
          className: 'node enterprise partner',
        };
      }
      const fill = colour;
      const ink = readableTextColour(fill);
      return {
        box: { fill, stroke: '#333333', strokeWidth: focus ?? 1 },
        radius: 6,
        text: ink,
        detail: ink,
        className: `node enterprise${node.singlePerformer ? ' single-performer' : ''}${node.focus ? ' focus' : ''}`,
      };
    }
  }
}

export function linkStyle(kind: DiagramLinkKind, focus: boolean): ShapeStyle {
  const width = focus ? 2.6 : 1.4;
  switch (kind) {
    case 'existing':
      return { stroke: DIAGRAM_COLOURS.link, strokeWidth: width };
    case 'planned':
      return { stroke: DIAGRAM_COLOURS.plannedLink, strokeWidth: width, dash: [5, 4] };
    case 'in-house':
      return { stroke: DIAGRAM_COLOURS.inHouseLink, strokeWidth: width, dash: [2, 3] };
    case 'missing':
      return { stroke: DIAGRAM_COLOURS.missing, strokeWidth: 1.6, dash: DASH };
    case 'proposal':
      return { stroke: DIAGRAM_COLOURS.proposal, strokeWidth: 1.8, dash: DASH };
  }
}

/** The legend's word for each link kind: a map, not a `link_${kind}` family, since `in-house` makes no camelCase key. */
const LINK_LABEL_KEYS = {
  existing: 'diagram:linkExisting',
  planned: 'diagram:linkPlanned',
  'in-house': 'diagram:linkInHouse',
  missing: 'diagram:linkMissing',
  proposal: 'diagram:linkProposal',
} as const satisfies Record<DiagramLinkKind, MessageKey>;

/** Legend sections for what the diagram actually shows: its clusters, node kinds and link kinds. */
export function chainLegend(diagram: Diagram, language: Language): LegendSection[] {
  const kinds = new Set(diagram.nodes.map((n) => n.kind));
  const nodeItems: LegendItem[] = [];
  if (kinds.has('boundary'))
    nodeItems.push({
      kind: 'box',
      label: message(language, 'diagram:nodeBoundary'),
      fill: DIAGRAM_COLOURS.boundaryFill,
      stroke: DIAGRAM_COLOURS.boundaryBorder,
      rounded: true,
    });
  if (kinds.has('missing'))
    nodeItems.push({
      kind: 'box',
      label: message(language, 'diagram:nodeMissing'),
      fill: DIAGRAM_COLOURS.missingFill,
      stroke: DIAGRAM_COLOURS.missing,
      dash: DASH,
      className: 'legend-missing-stage',
    });
  if (kinds.has('proposal'))
    nodeItems.push({
      kind: 'box',
      label: message(language, 'diagram:nodeProposal'),
      fill: DIAGRAM_COLOURS.proposalFill,
      stroke: DIAGRAM_COLOURS.proposal,
      dash: DASH,
    });
  if (diagram.nodes.some((n) => n.partner && n.kind === 'enterprise'))
    nodeItems.push({
      kind: 'box',
      label: message(language, 'diagram:nodePartner'),
      fill: '#FFFFFF',
      stroke: '#555555',
    });
  if (diagram.nodes.some((n) => n.singlePerformer))
    nodeItems.push({
      kind: 'box',
      label: message(language, 'diagram:nodeSingle'),
      fill: DIAGRAM_COLOURS.singleBadge,
      rounded: true,
    });
  const linkKinds = (Object.keys(LINK_LABEL_KEYS) as DiagramLinkKind[]).filter((k) =>
    diagram.links.some((l) => l.kind === k),
  );
  return [
    {
      heading: message(language, 'diagram:legendClusters'),
      items: diagram.clusters.map((c) => ({ kind: 'box', label: c.name, fill: c.colour })),
    },
    { heading: message(language, 'diagram:legendNodes'), items: nodeItems },
    {
      heading: message(language, 'diagram:legendLinks'),
      items: [
        ...(diagram.links.some((l) => l.focus)
          ? [
              {
                kind: 'line' as const,
                label: message(language, 'diagram:linkFocus'),
                stroke: DIAGRAM_COLOURS.link,
                width: linkStyle('existing', true).strokeWidth ?? 2.6,
              },
            ]
          : []),
        ...linkKinds.map((k): LegendItem => {
          const style = linkStyle(k, false);
          return {
            kind: 'line',
            label: message(language, LINK_LABEL_KEYS[k]),
            stroke: style.stroke ?? DIAGRAM_COLOURS.link,
            width: style.strokeWidth ?? 1.4,
            ...(style.dash ? { dash: style.dash } : {}),
          };
        }),
      ],
    },
  ];
}
