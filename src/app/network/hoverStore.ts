/**
 * What the pointer is over in the network: the hovered actor (its
 * neighbourhood stands out) and the tooltip beside the pointer. Kept out of
 * the app's reducer so a hover re-renders only the tooltip and repaints only
 * sigma, never the whole app: the tooltip reads it with
 * `useSyncExternalStore`, the network view subscribes and refreshes sigma.
 */
import type { TooltipContent } from './tooltip.ts';

export interface PlacedTooltip {
  readonly content: TooltipContent;
  readonly x: number;
  readonly y: number;
}

export interface Hover {
  readonly node: string | null;
  readonly tip: PlacedTooltip | null;
}

export interface HoverStore {
  /** The current hover; the same object until something changes (a `useSyncExternalStore` snapshot). */
  readonly get: () => Hover;
  /** Changes part of the hover; listeners are called only when something changed. */
  readonly set: (change: Partial<Hover>) => void;
  /** Calls `listener` after each change; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
}

const NOTHING: Hover = { node: null, tip: null };

export function createHoverStore(): HoverStore {
  let hover = NOTHING;
  const listeners = new Set<() => void>();
  return {
    get: () => hover,
    set: (change) => {
      const next = { ...hover, ...change };
      if (next.node === hover.node && next.tip === hover.tip) return;
      hover = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
