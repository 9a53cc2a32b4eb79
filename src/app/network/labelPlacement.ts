/**
 * Where a node's name goes on the screen so that names never cover one
 * another: each label tries the spots around its node in a fixed order
 * (right, left, below, above) and takes the first one free of the labels
 * already placed in this frame; a label with no free spot is not drawn
 * (its node still shows it on hover). Pure: the renderer measures the text
 * and keeps one `LabelSpace` per frame.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A label's anchor: the text's left end and baseline, as canvas `fillText` takes them. */
export interface LabelSpot {
  readonly x: number;
  readonly baseline: number;
  readonly box: Box;
}

/** The gap between a node's disc and its label, and around each label, in pixels. */
const GAP = 3;
const MARGIN = 2;

/**
 * The spots around a disc at (x, y) of radius `radius`, best first, for a
 * text `width` × `height`: beside it (right, left), centred under and over
 * it, then beside it a line lower or higher, under and over it shifted to
 * one side, and beside it two lines off — in a cluster of actors the four
 * plain spots are often all taken, and a name that near still reads as its
 * actor's.
 */
export function labelSpots(x: number, y: number, radius: number, width: number, height: number): LabelSpot[] {
  const spot = (left: number, top: number): LabelSpot => ({
    x: left,
    // fillText draws from the baseline; a CJK/Latin line's descent is about a fifth of its height.
    baseline: top + height * 0.8,
    box: { x: left - MARGIN, y: top - MARGIN, width: width + 2 * MARGIN, height: height + 2 * MARGIN },
  });
  const middle = y - height / 2;
  const right = x + radius + GAP;
  const left = x - radius - GAP - width;
  return [
    spot(right, middle),
    spot(left, middle),
    spot(x - width / 2, y + radius + GAP),
    spot(x - width / 2, y - radius - GAP - height),
    spot(right, middle + height),
    spot(right, middle - height),
    spot(left, middle + height),
    spot(left, middle - height),
    spot(x - radius, y + radius + GAP),
    spot(x + radius - width, y + radius + GAP),
    spot(x - radius, y - radius - GAP - height),
    spot(x + radius - width, y - radius - GAP - height),
    spot(right, middle + 2 * height),
    spot(right, middle - 2 * height),
    spot(left, middle + 2 * height),
    spot(left, middle - 2 * height),
  ];
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The labels placed in one frame, inside a view of `width` × `height` pixels (unbounded when not given). */
export class LabelSpace {
  private readonly placed: Box[] = [];
  private readonly obstacles: Box[] = [];

  constructor(
    private readonly width = Infinity,
    private readonly height = Infinity,
  ) {}

  /** The first spot inside the view and free of every label placed so far, now taken; null when none is. */
  take(spots: readonly LabelSpot[]): LabelSpot | null {
    for (const spot of spots) {
      if (!this.inside(spot.box)) continue;
      if (this.placed.some((box) => overlaps(box, spot.box))) continue;
      if (this.obstacles.some((box) => overlaps(box, spot.box))) continue;
      this.placed.push(spot.box);
      return spot;
    }
    return null;
  }

  /**
   * Boxes no name may cover — the actors' discs: a name drawn over a neighbour
   * hides it and takes every spot around it, so the neighbour goes unnamed.
   */
  avoid(boxes: Iterable<Box>): void {
    for (const box of boxes) this.obstacles.push(box);
  }

  /** A name cut off at the view's edge cannot be read: such a spot is not taken (the next spot may fit). */
  private inside(box: Box): boolean {
    if (!Number.isFinite(this.width)) return true;
    return box.x >= 0 && box.y >= 0 && box.x + box.width <= this.width && box.y + box.height <= this.height;
  }

  get size(): number {
    return this.placed.length;
  }
}

/** How near (px) another name's anchor must be to crowd a name: about a long name's width, and two lines. */
const CROWD = { x: 120, y: 30 } as const;

/**
 * The order names are placed in: the most crowded first (the most other
 * anchors near it), for they have the fewest free spots, and a sparse
 * corner's name finds room whatever is placed before it; then larger actors
 * first, then as given.
 */
export function placementOrder<T extends { readonly x: number; readonly y: number; readonly radius: number }>(
  labels: readonly T[],
): T[] {
  const crowd = labels.map(
    (a) => labels.filter((b) => b !== a && Math.abs(a.x - b.x) < CROWD.x && Math.abs(a.y - b.y) < CROWD.y).length,
  );
  return labels
    .map((label, i) => ({ label, i, crowd: crowd[i] ?? 0 }))
    .sort((a, b) => b.crowd - a.crowd || b.label.radius - a.label.radius || a.i - b.i)
    .map((e) => e.label);
}
