/**
 * Before the model library, the browser kept the user's arrangement of a
 * park in localStorage under its park id. The first time a park enters the
 * library those positions are taken along into its view state, and removed
 * once the library holds them, so nobody loses a layout in the move and
 * nothing is kept twice.
 */
import { sanitisePositions, type Positions } from '../model/positions.ts';

const STORAGE_PREFIX = 'symbiograph.positions.';

/** The part of the browser's Storage used here, so tests can pass a plain object. */
export type LegacyStorage = Pick<Storage, 'getItem' | 'removeItem'>;

/** The positions saved for this park the old way: none when absent, malformed or unreadable. */
export function readLegacyPositions(storage: LegacyStorage | undefined, parkId: string): Positions {
  try {
    const text = storage?.getItem(STORAGE_PREFIX + parkId);
    return text ? sanitisePositions(JSON.parse(text)) : {};
  } catch {
    // Disabled storage or broken JSON: nothing to take along.
    return {};
  }
}

export function forgetLegacyPositions(storage: LegacyStorage | undefined, parkId: string): void {
  try {
    storage?.removeItem(STORAGE_PREFIX + parkId);
  } catch {
    // Nothing to forget.
  }
}
