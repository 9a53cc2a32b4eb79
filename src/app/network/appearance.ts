/** How an actor or a flow looks, as pure functions of its attributes. */
import type { ActorNodeAttributes } from '../../core/graph/types.ts';
import { BOUNDARY_BORDER, BOUNDARY_FILL, CLOSED_BORDER, CLOSED_FILL } from './palette.ts';

// The floor is a target a pointer can hit (a 12 px disc) when drawing a flow to a new, still unmeasured enterprise.
export const NODE_SIZE = { min: 6, max: 22 } as const;
export const EDGE_WIDTH = { min: 0.6, max: 6 } as const;
/** A structural exchange (no quantity) is drawn at one width, neither thin as "little" nor thick as "much". */
export const STRUCTURAL_EDGE_WIDTH = 1.6;

/** Area, not radius, follows throughflow (sqrt), with a floor so small actors stay visible. */
export function nodeSize(throughflow: number, maxThroughflow: number): number {
  if (!(maxThroughflow > 0) || !(throughflow > 0)) return NODE_SIZE.min;
  const share = Math.min(1, throughflow / maxThroughflow);
  return NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(share);
}

/** Flow quantities span six orders of magnitude: width follows log(1 + q). `null`: no quantity given. */
export function edgeWidth(quantity: number | null, maxQuantity: number): number {
  if (quantity === null) return STRUCTURAL_EDGE_WIDTH;
  if (!(maxQuantity > 0) || !(quantity > 0)) return EDGE_WIDTH.min;
  const share = Math.min(1, Math.log1p(quantity) / Math.log1p(maxQuantity));
  return EDGE_WIDTH.min + (EDGE_WIDTH.max - EDGE_WIDTH.min) * share;
}

/** The quantity a width follows against the widest flow, as `edgeWidth` reads it: null where it gives a fixed width. */
export function scaledQuantity(quantity: number | null): number | null {
  return quantity !== null && quantity > 0 ? quantity : null;
}

export interface NodeStyle {
  readonly color: string;
  readonly borderColor: string;
  /** Border thickness relative to the node radius (node-border's "relative" mode). */
  readonly borderSize: number;
}

/**
 * Boundary actors grey with a dark ring, planned and candidate enterprises
 * hollow (a ring in the cluster's colour), closed ones greyed out.
 */
export function nodeStyle(node: ActorNodeAttributes, clusterColour: string): NodeStyle {
  if (node.kind === 'boundary') return { color: BOUNDARY_FILL, borderColor: BOUNDARY_BORDER, borderSize: 0.25 };
  switch (node.status) {
    case 'planned':
    case 'candidate':
      return { color: '#FFFFFF', borderColor: clusterColour, borderSize: 0.35 };
    case 'closed':
      return { color: CLOSED_FILL, borderColor: CLOSED_BORDER, borderSize: 0.2 };
    default:
      return { color: clusterColour, borderColor: '#FFFFFF', borderSize: 0.1 };
  }
}

/** Largest curvature of a bundle; grows with the bundle but levels off (as in sigma's parallel-edges example). */
const BASE_CURVATURE = 0.25;
const AMPLITUDE = 3.5;

/**
 * Curvature of one of several flows between the same pair, from the
 * indices `indexParallelEdgesIndex` (@sigma/edge-curve) stores. A lone flow
 * (null index) is straight; flows in opposite directions curve apart.
 */
export function parallelCurvature(index: number | null | undefined, maxIndex: number | null | undefined): number {
  if (typeof index !== 'number' || typeof maxIndex !== 'number' || maxIndex <= 0) return 0;
  const maxCurvature = AMPLITUDE * (1 - Math.exp(-maxIndex / AMPLITUDE)) * BASE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}
