/**
 * How many actors the network names. A park up to ALL_NAMES_MAX_ACTORS
 * actors names all of them by default (the label drawer keeps names from
 * covering each other); a bigger one names the actors drawn large enough.
 * The user can ask for fewer names — only what is selected or highlighted,
 * for a picture of the structure — or for every name on a big park.
 */
export const LABEL_DENSITIES = ['all', 'major', 'highlighted'] as const;
export type LabelDensity = (typeof LABEL_DENSITIES)[number];

const ALL_NAMES_MAX_ACTORS = 100;
/** In "major", an actor is named when drawn at least this many pixels across (sigma's label threshold). */
const MAJOR_MIN_SIZE = 9;

export function defaultLabelDensity(actors: number): LabelDensity {
  return actors <= ALL_NAMES_MAX_ACTORS ? 'all' : 'major';
}

export interface LabelRule {
  /** Every shown actor's name is offered to the label drawer. */
  readonly everyName: boolean;
  /** Sigma's labelRenderedSizeThreshold: actors drawn smaller are not named unless forced. */
  readonly minSize: number;
  /** Only selected and highlighted actors are named. */
  readonly litOnly: boolean;
}

export function labelRule(density: LabelDensity): LabelRule {
  switch (density) {
    case 'all':
      return { everyName: true, minSize: 0, litOnly: false };
    case 'major':
      return { everyName: false, minSize: MAJOR_MIN_SIZE, litOnly: false };
    case 'highlighted':
      return { everyName: false, minSize: MAJOR_MIN_SIZE, litOnly: true };
  }
}
