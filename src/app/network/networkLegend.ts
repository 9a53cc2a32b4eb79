/**
 * The legend of an exported network: the view's legend (Legend.tsx) as
 * data — its texts, colours and notes — cut down to what the picture draws
 * (`DrawnContent`): only the clusters, categories and kinds of actor that
 * appear in it, then what size and width mean.
 */
import { CATEGORY_LABELS, localize } from '../../core/model/labels.ts';
import { MATERIAL_CATEGORIES } from '../../core/model/schema.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { appMessage } from '../i18n/appMessage.ts';
import type { SizeBasis } from './displayGraph.ts';
import type { DrawnContent } from './networkDrawn.ts';
import type { LegendGroup, LegendItem } from './networkSvg.ts';
import {
  BOUNDARY_BORDER,
  BOUNDARY_FILL,
  CATEGORY_COLOURS,
  CLOSED_BORDER,
  CLOSED_FILL,
  clusterColour,
  PROPOSAL_COLOUR,
} from './palette.ts';

export function networkLegend(
  model: ParkModel,
  language: Language,
  drawn: DrawnContent,
  sizeBasis: SizeBasis,
): LegendGroup[] {
  const text = (key: Parameters<typeof appMessage>[1]) => appMessage(language, key);
  // Colours by the cluster's place in the model, as the view gives them, whichever clusters are drawn.
  const clusters: LegendItem[] = model.clusters.flatMap((cluster, i) =>
    drawn.clusters.has(cluster.id)
      ? [
          {
            label: localize(cluster.name, language) || cluster.id,
            colour: clusterColour(cluster.colour, i),
            shape: 'dot',
          },
        ]
      : [],
  );
  const categories: LegendItem[] = MATERIAL_CATEGORIES.filter((c) => drawn.categories.has(c)).map((category) => ({
    label: CATEGORY_LABELS[category][language],
    colour: CATEGORY_COLOURS[category],
    shape: 'line',
  }));
  const kinds: LegendItem[] = [
    ...(drawn.boundary
      ? [{ label: text('legend.boundary'), colour: BOUNDARY_FILL, stroke: BOUNDARY_BORDER, shape: 'dot' as const }]
      : []),
    ...(drawn.planned
      ? [{ label: text('legend.planned'), colour: '#ffffff', stroke: BOUNDARY_BORDER, shape: 'dot' as const }]
      : []),
    ...(drawn.closed
      ? [{ label: text('legend.closed'), colour: CLOSED_FILL, stroke: CLOSED_BORDER, shape: 'dot' as const }]
      : []),
    ...(drawn.proposal
      ? [{ label: text('legend.proposal'), colour: '#ffffff', stroke: PROPOSAL_COLOUR, shape: 'dot' as const }]
      : []),
  ];
  const notes = [
    text(sizeBasis === 'links' ? 'legend.sizeByLinks' : 'legend.size'),
    text('legend.width'),
    ...(drawn.structural ? [text('legend.structural')] : []),
  ];
  return [
    { title: text('legend.clusters'), items: clusters },
    { title: text('export.network.legendCategories'), items: categories },
    { title: text('legend.actors'), items: kinds },
    { title: text('export.network.legendReading'), items: [], notes },
  ].filter((group) => group.items.length > 0 || (group.notes?.length ?? 0) > 0);
}
