/**
 * Sizes and colours from a chosen measure (actorMeasures.ts): area follows
 * the value as the default sizing does, and colour runs along viridis (dark
 * for the most), a scale read the same under the common colour-vision
 * deficiencies and in greyscale print. Actors with none of the measure are
 * drawn at the smallest size and in grey, apart from those with some.
 */
import { nodeSize } from './appearance.ts';
import { maxOf } from '../../core/model/maxOf.ts';

/** Viridis at five stops, from the least to the most. */
const VIRIDIS = ['#FDE725', '#5DC963', '#21908C', '#3B528B', '#440154'] as const;
export const NONE_COLOUR = '#C8C8C8';

export interface ActorScale {
  readonly values: ReadonlyMap<string, number>;
  readonly max: number;
}

export function actorScale(values: ReadonlyMap<string, number>): ActorScale {
  return { values, max: maxOf(values.values(), 0) };
}

export function scaledSizes(scale: ActorScale): Map<string, number> {
  return new Map([...scale.values].map(([id, v]) => [id, nodeSize(v, scale.max)] as const));
}

export function scaledColours(scale: ActorScale): Map<string, string> {
  return new Map([...scale.values].map(([id, v]) => [id, measureColour(v, scale.max)] as const));
}

/** The colour of a value on the scale up to `max` (square root, as sizes follow area). */
export function measureColour(value: number, max: number): string {
  if (!(value > 0) || !(max > 0)) return NONE_COLOUR;
  const t = Math.sqrt(Math.min(1, value / max)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(t));
  return mix(VIRIDIS[i]!, VIRIDIS[i + 1]!, t - i);
}

/** The CSS gradient of the whole scale, for the legend. */
export function scaleGradient(): string {
  return `linear-gradient(to right, ${VIRIDIS.join(', ')})`;
}

function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, at: number) => parseInt(hex.slice(at, at + 2), 16);
  const out = [1, 3, 5].map((at) => Math.round(channel(a, at) + (channel(b, at) - channel(a, at)) * t));
  return `#${out.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
