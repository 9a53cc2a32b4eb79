/**
 * One sigma renderer per graph and container: created when the graph
 * changes, wired to selection, and killed on unmount so no WebGL context
 * or listener outlives its view.
 */
import { useEffect, useRef, type Dispatch, type RefObject } from 'react';
import type Sigma from 'sigma';
import type { Attributes } from 'graphology-types';
import type { UiAction } from '../state/uiState.ts';

export function useSigma<N extends Attributes, E extends Attributes>(
  graph: unknown,
  create: (element: HTMLDivElement) => Sigma<N, E>,
  dispatch: Dispatch<UiAction>,
): { container: RefObject<HTMLDivElement | null>; renderer: RefObject<Sigma<N, E> | null> } {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<N, E> | null>(null);
  useEffect(() => {
    if (!container.current) return;
    // `create` closes over the graph and the view's context ref, so a new renderer is needed only when the graph changes.
    const sigma = create(container.current);
    sigma.on('clickNode', ({ node }) => dispatch({ type: 'select', node }));
    sigma.on('clickStage', () => dispatch({ type: 'clear' }));
    renderer.current = sigma;
    return () => {
      sigma.kill();
      renderer.current = null;
    };
  }, [graph, dispatch]);
  return { container, renderer };
}
