/**
 * The frame "zoom to fit" shows in the material and process views: the
 * layout's bounds (names included), with room kept clear at the top for
 * the toolbar that floats over the canvas, so no name sits under a button.
 * Pure: sigma's y grows upwards, so the room is added above the top (max y).
 */

export interface Frame {
  readonly x: [number, number];
  readonly y: [number, number];
}

/**
 * `frame` grown upwards so that, fitted into a `width` × `height` canvas with
 * `padding` pixels on each side, its top `room` pixels hold nothing.
 */
export function frameWithRoomAbove(frame: Frame, width: number, height: number, padding: number, room: number): Frame {
  const w = frame.x[1] - frame.x[0];
  const h = frame.y[1] - frame.y[0];
  if (w <= 0 || h <= 0 || width <= 2 * padding || height <= 2 * padding + room) return frame;
  // The scale after growing: bound by the width, or by the height less the room.
  const scale = Math.min((width - 2 * padding) / w, (height - 2 * padding - room) / h);
  return { x: [...frame.x], y: [frame.y[0], frame.y[1] + room / scale] };
}
