/** The reading view's bundles for the network view (display.ts works them out). */
import { useMemo, useState } from 'react';
import { drawnBundles, patchedBundles, type DrawnBundles } from './display.ts';
import type { DisplayGraph } from './displayGraph.ts';
import type { DisplayPatch } from './displayPatch.ts';
import type { UiState } from './uiState.ts';

/**
 * The reading view's bundles, worked out again only when the graph, the
 * filters or the detail change (not per hover); after an edit patched the
 * graph in place, only the touched pairs are bundled again (display.ts).
 * Kept in state from the render before (React's pattern for a value derived
 * from the previous one), never in a ref written while rendering.
 */
export function useBundles(graph: DisplayGraph, revision: number, patch: DisplayPatch | null, ui: UiState) {
  const { hiddenCategories, hiddenClusters, hiddenStatuses, minTonnes, showBoundary, flowDetail } = ui;
  const filters = useMemo(
    () => ({ hiddenCategories, hiddenClusters, hiddenStatuses, minTonnes, showBoundary }),
    [hiddenCategories, hiddenClusters, hiddenStatuses, minTonnes, showBoundary],
  );
  const [kept, setKept] = useState<{
    readonly graph: DisplayGraph;
    readonly revision: number;
    readonly filters: typeof filters;
    readonly bundles: DrawnBundles | null;
  } | null>(null);
  const wanted = flowDetail === 'bundled';
  if (
    kept &&
    kept.graph === graph &&
    kept.revision === revision &&
    kept.filters === filters &&
    (kept.bundles !== null) === wanted
  )
    return kept.bundles;
  const patchable =
    wanted &&
    kept?.bundles &&
    kept.graph === graph &&
    kept.revision === revision - 1 &&
    kept.filters === filters &&
    patch &&
    !patch.structural;
  const bundles = !wanted
    ? null
    : patchable && kept.bundles
      ? patchedBundles(kept.bundles, graph, patch, filters)
      : drawnBundles(graph, filters);
  setKept({ graph, revision, filters, bundles });
  return bundles;
}
