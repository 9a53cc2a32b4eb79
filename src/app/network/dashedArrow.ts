/**
 * Dashed arrows on a 2D canvas layer, for what the network draws that is not
 * in the model (a project's planned flows, a finding's proposed exchanges and
 * missing stage). Drawn from rim to rim: the head stays visible at the
 * target, and the line leaves the source where it shows.
 */
export interface ViewportPoint {
  readonly x: number;
  readonly y: number;
}

export interface ArrowSegment {
  readonly id: string;
  readonly from: ViewportPoint;
  /** Where the arrow's head touches the target's rim. */
  readonly tip: ViewportPoint;
}

const DASH = [7, 5];
const HEAD = 9;

/** The segment between two rims; null for ends on top of each other. */
export function segmentBetween(
  id: string,
  from: ViewportPoint,
  to: ViewportPoint,
  targetRadius: number,
  sourceRadius = 0,
): ArrowSegment | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length < 1 || length <= targetRadius + sourceRadius) return null;
  const ux = dx / length;
  const uy = dy / length;
  return {
    id,
    from: { x: from.x + ux * sourceRadius, y: from.y + uy * sourceRadius },
    tip: { x: to.x - ux * targetRadius, y: to.y - uy * targetRadius },
  };
}

export function dashedArrow(context: CanvasRenderingContext2D, { from, tip }: ArrowSegment): void {
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (length === 0) return;
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  context.setLineDash(DASH);
  context.beginPath();
  context.moveTo(from.x, from.y);
  context.lineTo(tip.x, tip.y);
  context.stroke();
  context.setLineDash([]);
  context.beginPath();
  context.moveTo(tip.x, tip.y);
  context.lineTo(tip.x - ux * HEAD - uy * HEAD * 0.5, tip.y - uy * HEAD + ux * HEAD * 0.5);
  context.lineTo(tip.x - ux * HEAD + uy * HEAD * 0.5, tip.y - uy * HEAD - ux * HEAD * 0.5);
  context.closePath();
  context.fill();
}

/** A dashed arrow from one point to a target of the given radius, where the two are apart. */
export function dashedArrowTo(
  context: CanvasRenderingContext2D,
  from: ViewportPoint,
  to: ViewportPoint,
  targetRadius: number,
): void {
  const segment = segmentBetween('', from, to, targetRadius);
  if (segment) dashedArrow(context, segment);
}
