/** The legend of an exported network: cluster colours, boundary actors and flow categories, as the view's legend shows them. */
import { CATEGORY_LABELS, localize } from '../../core/model/labels.ts';
import { MATERIAL_CATEGORIES } from '../../core/model/schema.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import type { LegendGroup } from './networkSvg.ts';
import { BOUNDARY_FILL, CATEGORY_COLOURS, clusterColour } from './palette.ts';

export interface NetworkLegendTitles {
  readonly clusters: string;
  readonly boundary: string;
  readonly categories: string;
}

export function networkLegend(model: ParkModel, language: Language, titles: NetworkLegendTitles): LegendGroup[] {
  return [
    {
      title: titles.clusters,
      items: [
        ...model.clusters.map((cluster, i) => ({
          label: localize(cluster.name, language) || cluster.id,
          colour: clusterColour(cluster.colour, i),
          shape: 'dot' as const,
        })),
        { label: titles.boundary, colour: BOUNDARY_FILL, shape: 'dot' as const },
      ],
    },
    {
      title: titles.categories,
      items: MATERIAL_CATEGORIES.map((category) => ({
        label: CATEGORY_LABELS[category][language],
        colour: CATEGORY_COLOURS[category],
        shape: 'line' as const,
      })),
    },
  ];
}
