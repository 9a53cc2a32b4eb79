/** Camera targets in sigma's framed-graph coordinates (the whole graph spans about 0–1). */
import type { Point } from './layout.ts';

export interface CameraTarget {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
}

export const FIT_PADDING = 1.4;
export const MIN_RATIO = 0.15;
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
