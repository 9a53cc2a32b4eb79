/**
 * What sigma must recompute after a UI change. A full refresh re-runs the
 * reducers for every item and re-indexes the whole graph — seconds at
 * 100 000 flows (domain.md, library pitfalls) — while a highlight or a
 * selection only changes the look of the items entering or leaving it.
 */
import type { Language } from '../../core/model/types.ts';
import type { Highlight } from './highlight.ts';
import type { UiState } from './uiState.ts';

/** Below this many flows a full refresh is instant and also re-sorts the z-order of lit items. */
export const PARTIAL_REFRESH_MIN_EDGES = 5000;

export interface RefreshState {
  readonly highlight: Highlight | null;
  readonly ui: UiState;
  /** The labels' language. */
  readonly language: Language;
}

export interface GraphSize {
  readonly order: number;
  readonly size: number;
  nodes(): string[];
  edges(): string[];
}

/** `undefined` means a full refresh; otherwise the items to repaint, without re-indexing. */
export function refreshScope(
  graph: GraphSize,
  before: RefreshState,
  after: RefreshState,
): { partialGraph: { nodes: string[]; edges: string[] }; skipIndexation: true } | undefined {
  if (graph.size < PARTIAL_REFRESH_MIN_EDGES) return undefined;
  const a = before.ui;
  const b = after.ui;
  const sameFilters =
    a.hiddenCategories === b.hiddenCategories &&
    a.hiddenClusters === b.hiddenClusters &&
    a.hiddenStatuses === b.hiddenStatuses &&
    a.minTonnes === b.minTonnes &&
    a.showBoundary === b.showBoundary &&
    a.flowDetail === b.flowDetail &&
    a.labels === b.labels &&
    a.sizeBy === b.sizeBy &&
    a.colourBy === b.colourBy;
  // Filters (and bundling, and the names shown) change what is hidden (the spatial index must know); a new language relabels everything.
  if (!sameFilters || before.language !== after.language) return undefined;
  // Dimming switches on or off for everything when a highlight appears or disappears.
  if ((before.highlight === null) !== (after.highlight === null)) {
    return { partialGraph: { nodes: graph.nodes(), edges: graph.edges() }, skipIndexation: true };
  }
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const h of [before.highlight, after.highlight]) {
    if (!h) continue;
    for (const n of h.nodes) nodes.add(n);
    for (const e of h.edges) edges.add(e);
  }
  for (const s of [a.selected, b.selected]) if (s !== null) nodes.add(s);
  return { partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true };
}
