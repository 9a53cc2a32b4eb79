/**
 * The names in the material and process views. The layout gave each name
 * its room right of its disc, in layout units; the view draws sizes in
 * layout units too, so a name is drawn at the layout's font size times the
 * zoom, exactly in its room, and names cannot meet at any zoom. The
 * network's label space (labelPlacement.ts) still checks each one, so a
 * font wider than estimated or a name past the canvas edge is left out
 * rather than drawn over another or cut off. Names shrunk below legibility
 * are not drawn (zoom in to read them).
 */
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { createLabelFrame, haloText, type DrawnLabel } from './labelFrame.ts';
import { LABEL_GAP, VIEW_LABEL_FONT, VIEW_LABEL_LINE } from './viewLabels.ts';
import type { ViewEdgeAttributes, ViewNodeAttributes } from './viewGraphs.ts';

export interface ViewLabelDrawer {
  readonly draw: NodeLabelDrawingFunction<ViewNodeAttributes, ViewEdgeAttributes>;
  /** Forgets the labels of the last frame; sigma calls it before each render. */
  readonly reset: () => void;
  /** The labels drawn in the last frame. */
  readonly drawn: () => readonly DrawnLabel[];
}

/** Below this many pixels a name is a smudge. */
const MIN_FONT = 5;
export function createViewLabelDrawer(): ViewLabelDrawer {
  const frame = createLabelFrame();
  return {
    reset: frame.reset,
    drawn: frame.drawn,
    draw: (context, data, settings) => {
      const { key, lines, radius } = viewFields(data);
      if (lines.length === 0 || radius <= 0) return;
      // `size` is the disc's radius in pixels, `radius` in layout units: their ratio is the zoom.
      const scale = data.size / radius;
      const font = VIEW_LABEL_FONT * scale;
      if (font < MIN_FONT) return;
      context.font = `${settings.labelWeight} ${font}px ${settings.labelFont}`;
      const lineHeight = font * VIEW_LABEL_LINE;
      const width = Math.max(...lines.map((line) => context.measureText(line).width));
      const left = data.x + data.size + LABEL_GAP * scale;
      const top = data.y - (lines.length * lineHeight) / 2;
      const box = { x: left, y: top, width, height: lines.length * lineHeight };
      if (!frame.take(context.canvas, [{ x: left, baseline: top, box }], key, lines.join(' '))) return;
      lines.forEach((line, i) => {
        // fillText draws from the baseline; a line's descent is about a fifth of its height.
        const baseline = top + i * lineHeight + lineHeight * 0.78;
        haloText(context, line, left, baseline, settings.labelColor.color ?? '#000', Math.max(2, font / 4));
      });
    },
  };
}

/**
 * The view's own fields, which sigma passes on from the node reducer
 * (its label-drawing type knows only the display fields).
 */
function viewFields(data: object): { key: string; lines: readonly string[]; radius: number } {
  const key = 'key' in data && typeof data.key === 'string' ? data.key : '';
  const lines =
    'lines' in data && Array.isArray(data.lines) ? data.lines.filter((l): l is string => typeof l === 'string') : [];
  const radius = 'radius' in data && typeof data.radius === 'number' ? data.radius : 0;
  return { key, lines, radius };
}
