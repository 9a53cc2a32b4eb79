/**
 * The network's node labels: placed where they cover no other label
 * (labelPlacement.ts) and drawn with a white halo, so a name stays legible
 * over the flows drawn under it. One `LabelSpace` per frame, emptied when
 * sigma starts a render.
 */
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { DisplayEdgeAttributes, DisplayGraphAttributes, DisplayNodeAttributes } from './displayGraph.ts';
import { labelSpots, type Box } from './labelPlacement.ts';
import { createLabelFrame, haloText, type DrawnLabel } from './labelFrame.ts';

export interface LabelDrawer {
  readonly draw: NodeLabelDrawingFunction<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>;
  /** Forgets the labels of the last frame. */
  readonly reset: () => void;
  /** The names drawn since the last reset (the frame on screen, once it is drawn). */
  readonly drawn: () => readonly DrawnLabel[];
}

/** `discs`: the boxes of the actors drawn in the frame, which no name may cover. */
export function createLabelDrawer(discs?: () => Iterable<Box>): LabelDrawer {
  const frame = createLabelFrame(discs);
  return {
    reset: frame.reset,
    drawn: frame.drawn,
    draw: (context, data, settings) => {
      if (!data.label) return;
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const width = context.measureText(data.label).width;
      const spots = labelSpots(data.x, data.y, data.size, width, size * 1.2);
      const spot = frame.take(context.canvas, spots, data.key, data.label);
      if (spot) haloText(context, data.label, spot.x, spot.baseline, settings.labelColor.color ?? '#000', 3);
    },
  };
}
