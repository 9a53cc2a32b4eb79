/**
 * The network's node labels: placed where they cover no other label nor
 * actor (labelPlacement.ts) and drawn with a white halo, so a name stays
 * legible over the flows drawn under it. Sigma asks for the names one by one
 * in its own order; placing them in that order let the names of a sparse
 * corner take the spots a crowded cluster needed. So `draw` only records
 * each name, and `flush` (after sigma's render) places the most crowded
 * first (`placementOrder`) and draws them. One `LabelSpace` per frame.
 */
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { DisplayEdgeAttributes, DisplayGraphAttributes, DisplayNodeAttributes } from './displayGraph.ts';
import { labelSpots, placementOrder, type Box } from './labelPlacement.ts';
import { createLabelFrame, haloText, type DrawnLabel } from './labelFrame.ts';

interface PendingLabel {
  readonly node: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly width: number;
  readonly height: number;
  readonly font: string;
  readonly colour: string;
}

export interface LabelDrawer {
  readonly draw: NodeLabelDrawingFunction<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>;
  /** Forgets the labels of the last frame. */
  readonly reset: () => void;
  /** The names drawn since the last reset (the frame on screen, once it is drawn). */
  readonly drawn: () => readonly DrawnLabel[];
  /** Places and draws the names recorded in this frame, on the labels' canvas. */
  readonly flush: (context: CanvasRenderingContext2D) => void;
}

/** `discs`: the boxes of the actors drawn in the frame, which no name may cover. */
export function createLabelDrawer(discs?: () => Iterable<Box>): LabelDrawer {
  const frame = createLabelFrame(discs);
  let pending: PendingLabel[] = [];
  return {
    reset: () => {
      frame.reset();
      pending = [];
    },
    drawn: frame.drawn,
    draw: (context, data, settings) => {
      if (!data.label) return;
      const size = settings.labelSize;
      const font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      context.font = font;
      pending.push({
        node: data.key,
        text: data.label,
        x: data.x,
        y: data.y,
        radius: data.size,
        width: context.measureText(data.label).width,
        height: size * 1.2,
        font,
        colour: settings.labelColor.color ?? '#000',
      });
    },
    flush: (context) => {
      for (const label of placementOrder(pending)) {
        const spots = labelSpots(label.x, label.y, label.radius, label.width, label.height);
        const spot = frame.take(context.canvas, spots, label.node, label.text);
        if (!spot) continue;
        context.font = label.font;
        haloText(context, label.text, spot.x, spot.baseline, label.colour, 3);
      }
      pending = [];
    },
  };
}
