/**
 * One frame's names, shared by the network's and the views' label drawers:
 * the label space of the frame (sized to the canvas on the first name) and
 * what was drawn, for the end-to-end tests' geometric checks; and the halo
 * every name is drawn with, so it stays legible over the flows under it.
 */
import { LabelSpace, type Box, type LabelSpot } from './labelPlacement.ts';

/** A name as drawn: its node, its text and the box it covers, in CSS pixels from the canvas's top-left corner. */
export interface DrawnLabel {
  readonly node: string;
  readonly text: string;
  readonly box: Box;
}

export interface LabelFrame {
  /** Forgets the names of the last frame (sigma's `beforeRender`). */
  reset(): void;
  /** The names drawn since the last reset. */
  drawn(): readonly DrawnLabel[];
  /** The first free spot for a name on this canvas, now taken and recorded; null when none is free. */
  take(
    canvas: HTMLCanvasElement | OffscreenCanvas,
    spots: readonly LabelSpot[],
    node: string,
    text: string,
  ): LabelSpot | null;
}

const HALO = 'rgba(255, 255, 255, 0.92)';

/** `obstacles`: what no name may cover in this frame (the actors' discs), asked once per frame. */
export function createLabelFrame(obstacles: () => Iterable<Box> = () => []): LabelFrame {
  let space: LabelSpace | null = null;
  let drawn: DrawnLabel[] = [];
  return {
    reset() {
      space = null;
      drawn = [];
    },
    drawn: () => drawn,
    take(canvas, spots, node, text) {
      // The view's size in CSS pixels, the unit sigma gives positions in.
      if (!space) {
        space = 'clientWidth' in canvas ? new LabelSpace(canvas.clientWidth, canvas.clientHeight) : new LabelSpace();
        space.avoid(obstacles());
      }
      const spot = space.take(spots);
      if (spot) drawn.push({ node, text, box: spot.box });
      return spot;
    },
  };
}

/** A line of text with a white halo under it, in the context's current font. */
export function haloText(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  baseline: number,
  colour: string,
  halo: number,
): void {
  context.lineJoin = 'round';
  context.lineWidth = halo;
  context.strokeStyle = HALO;
  context.strokeText(text, x, baseline);
  context.fillStyle = colour;
  context.fillText(text, x, baseline);
}
