import { describe, expect, it } from 'vitest';
import { frameWithRoomAbove } from '../../../src/app/network/viewFrame.ts';

describe('frameWithRoomAbove', () => {
  // A 232 × 232 canvas with 16 px padding leaves 200 × 200 px; 32 px of it are kept for the toolbar.
  it('grows a picture bound by the width by the room at its scale', () => {
    // 100 × 50 units: 2 px a unit (200 / 100); the room is 32 / 2 = 16 units above.
    const grown = frameWithRoomAbove({ x: [0, 100], y: [-50, 0] }, 232, 232, 16, 32);
    expect(grown).toEqual({ x: [0, 100], y: [-50, 16] });
  });

  it('shrinks a picture bound by the height so the room fits above it', () => {
    // 100 × 100 units: the height left is 200 − 32 = 168 px, 1.68 px a unit; the room is 32 / 1.68 units.
    const grown = frameWithRoomAbove({ x: [0, 100], y: [-100, 0] }, 232, 232, 16, 32);
    expect(grown.y[1]).toBeCloseTo(32 / 1.68);
    // Fitted, the grown frame keeps 1.68 px a unit: the picture fills the height below the room.
    expect(Math.min(200 / 100, 200 / (grown.y[1] - grown.y[0]))).toBeCloseTo(1.68);
  });

  it('leaves an empty frame or a too small canvas alone', () => {
    const point = { x: [0, 0] as [number, number], y: [0, 0] as [number, number] };
    expect(frameWithRoomAbove(point, 232, 232, 16, 32)).toBe(point);
    const frame = { x: [0, 10] as [number, number], y: [0, 10] as [number, number] };
    expect(frameWithRoomAbove(frame, 20, 60, 16, 32)).toBe(frame);
  });
});
