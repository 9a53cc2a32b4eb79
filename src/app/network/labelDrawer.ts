/**
 * The network's node labels: placed where they cover no other label
 * (labelPlacement.ts) and drawn with a white halo, so a name stays legible
 * over the flows drawn under it. One `LabelSpace` per frame, emptied when
 * sigma starts a render.
 */
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { DisplayEdgeAttributes, DisplayGraphAttributes, DisplayNodeAttributes } from './displayGraph.ts';
import { LabelSpace, labelSpots } from './labelPlacement.ts';

export interface LabelDrawer {
  readonly draw: NodeLabelDrawingFunction<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>;
  /** Forgets the labels of the last frame. */
  readonly reset: () => void;
}

const HALO = 'rgba(255, 255, 255, 0.92)';

export function createLabelDrawer(): LabelDrawer {
  let space: LabelSpace | null = null;
  return {
    reset: () => {
      space = null;
    },
    draw: (context, data, settings) => {
      if (!data.label) return;
      // The view's size in CSS pixels, the unit sigma gives positions in.
      const canvas = context.canvas;
      space ??= 'clientWidth' in canvas ? new LabelSpace(canvas.clientWidth, canvas.clientHeight) : new LabelSpace();
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const width = context.measureText(data.label).width;
      const spot = space.take(labelSpots(data.x, data.y, data.size, width, size * 1.2));
      if (!spot) return;
      context.lineJoin = 'round';
      context.lineWidth = 3;
      context.strokeStyle = HALO;
      context.strokeText(data.label, spot.x, spot.baseline);
      context.fillStyle = settings.labelColor.color ?? '#000';
      context.fillText(data.label, spot.x, spot.baseline);
    },
  };
}
