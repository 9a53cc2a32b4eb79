/**
 * Colour-blind-safe palettes. Clusters fall back to Okabe & Ito (2008,
 * "Color Universal Design"); material categories use Paul Tol's "bright"
 * scheme (personal.sron.nl/~pault), distinguishable under the common
 * colour-vision deficiencies.
 */

// One palette for the screen and the exported diagrams, so an export looks like the view it came from.
export { CATEGORY_COLOURS, clusterColour, OKABE_ITO } from '../../core/diagram/palette.ts';

export const BOUNDARY_FILL = '#BBBBBB';
export const BOUNDARY_BORDER = '#555555';
export const CLOSED_FILL = '#DDDDDD';
export const CLOSED_BORDER = '#999999';
export const DIMMED_NODE = '#E4E4E4';
export const DIMMED_EDGE = '#EEEEEE';

/** A proposed project (ghost enterprise and its dashed flows): black, distinct from every cluster and category hue. */
export const PROPOSAL_COLOUR = '#000000';
