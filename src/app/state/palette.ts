/**
 * Colour-blind-safe palettes. Clusters fall back to Okabe & Ito (2008,
 * "Color Universal Design"); material categories use Paul Tol's "bright"
 * scheme (personal.sron.nl/~pault), distinguishable under the common
 * colour-vision deficiencies.
 */
import type { MaterialCategory } from '../../core/model/types.ts';

export const OKABE_ITO: readonly string[] = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
];

export const CATEGORY_COLOURS: Readonly<Record<MaterialCategory, string>> = {
  product: '#4477AA',
  'by-product': '#228833',
  waste: '#EE6677',
  energy: '#CCBB44',
  water: '#66CCEE',
  service: '#AA3377',
};

export const BOUNDARY_FILL = '#BBBBBB';
export const BOUNDARY_BORDER = '#555555';
export const CLOSED_FILL = '#DDDDDD';
export const CLOSED_BORDER = '#999999';
export const DIMMED_NODE = '#E4E4E4';
export const DIMMED_EDGE = '#EEEEEE';

/** The cluster's own colour, else the Okabe–Ito colour of its position in the model. */
export function clusterColour(colour: string | undefined, position: number): string {
  if (colour) return colour;
  const index = ((position % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length;
  return OKABE_ITO[index] ?? '#000000';
}

/** A proposed project (ghost enterprise and its dashed flows): black, distinct from every cluster and category hue. */
export const PROPOSAL_COLOUR = '#000000';
