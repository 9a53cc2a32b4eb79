/** Camera targets in sigma's framed-graph coordinates (the whole graph spans about 0–1). */
import { isBoundaryId } from '../../core/model/references.ts';
import type { Point } from './layout.ts';

export interface CameraTarget {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
}

const FIT_PADDING = 1.4;
const MIN_RATIO = 0.15;
export const SINGLE_NODE_RATIO = 0.4;

/** The camera state that shows all the points with some margin; null when there are none. */
export function cameraFor(points: readonly Point[]): CameraTarget | null {
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const extent = Math.max(maxX - minX, maxY - minY);
  const ratio = points.length === 1 ? SINGLE_NODE_RATIO : Math.min(1.2, Math.max(MIN_RATIO, extent * FIT_PADDING));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
}

/**
 * What the camera shows for a focus request: one actor with its partners in
 * the park (so selecting an enterprise keeps the ones it exchanges with on
 * screen), several actors as they are. The park boundary is left out: its
 * three actors sit at the edges and would pull the view back to the whole park.
 */
export function focusedNodes(
  graph: { neighbors(node: string): string[]; hasNode(node: string): boolean },
  nodes: readonly string[],
): readonly string[] {
  const [only] = nodes;
  if (nodes.length !== 1 || only === undefined || !graph.hasNode(only)) return nodes;
  return [only, ...graph.neighbors(only).filter((n) => !isBoundaryId(n))];
}

export interface Frame {
  readonly x: [number, number];
  readonly y: [number, number];
}

/**
 * The actors' extent in graph coordinates, read from the graph itself. The
 * renderer's own `getBBox()` is not safe to freeze: between a scheduled
 * refresh and the next frame sigma has cleared it to [0, 1], and a view
 * framed on that puts the park thousands of pixels away.
 */
export function frameOf(graph: { forEachNode(each: (node: string, attributes: Point) => void): void }): Frame {
  const frame: Frame = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
  graph.forEachNode((_node, { x, y }) => {
    frame.x[0] = Math.min(frame.x[0], x);
    frame.x[1] = Math.max(frame.x[1], x);
    frame.y[0] = Math.min(frame.y[0], y);
    frame.y[1] = Math.max(frame.y[1], y);
  });
  return Number.isFinite(frame.x[0]) ? frame : { x: [0, 1], y: [0, 1] };
}
