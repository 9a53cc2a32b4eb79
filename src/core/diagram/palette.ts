/**
 * Colours of exported diagrams. Clusters fall back to Okabe & Ito (2008,
 * "Color Universal Design") and material categories use Paul Tol's "bright"
 * scheme. The app's network view reads the same constants
 * (src/app/network/palette.ts), so an exported diagram looks like the screen it came from.
 */
import type { MaterialCategory } from '../model/types.ts';

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
  // Grey: nothing is known of it, so it must not look like any category.
  unclassified: '#999999',
};

export const DIAGRAM_COLOURS = {
  text: '#222222',
  mutedText: '#555555',
  boundaryFill: '#E8E8E8',
  boundaryBorder: '#555555',
  link: '#444444',
  plannedLink: '#888888',
  inHouseLink: '#777777',
  missing: '#C62828',
  missingFill: '#FFF1F1',
  proposal: '#6A1B9A',
  proposalFill: '#F6EEFA',
  singleBadge: '#B71C1C',
  labelBackground: '#FFFFFF',
  background: '#FFFFFF',
} as const;

/** The cluster's own colour, else the Okabe–Ito colour of its position in the model. */
export function clusterColour(colour: string | undefined, position: number): string {
  if (colour) return colour;
  const index = ((position % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length;
  return OKABE_ITO[index] ?? '#000000';
}

/**
 * Black or white, whichever contrasts more with `background` (WCAG 2.x
 * relative luminance; the crossover is at luminance ≈ 0.179).
 */
export function readableTextColour(background: string): '#000000' | '#FFFFFF' {
  const rgb = parseHex(background);
  if (!rgb) return '#000000';
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#FFFFFF';
}

/** `#RRGGBB` → [r, g, b] in 0–255; undefined for anything else. */
export function parseHex(colour: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) return undefined;
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}
