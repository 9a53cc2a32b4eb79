/** A dashed arrow on a 2D canvas, stopping at the target's rim so its head stays visible. */
export interface ViewportPoint {
  readonly x: number;
  readonly y: number;
}

const DASH = [7, 5];
const HEAD = 9;

export function dashedArrow(
  context: CanvasRenderingContext2D,
  from: ViewportPoint,
  to: ViewportPoint,
  targetRadius: number,
): void {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length < 1) return;
  const ux = dx / length;
  const uy = dy / length;
  const tip = { x: to.x - ux * targetRadius, y: to.y - uy * targetRadius };
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
