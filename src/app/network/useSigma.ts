/**
 * One sigma renderer per graph and container: created when the graph
 * changes, wired to selection, and killed on unmount so no WebGL context
 * or listener outlives its view.
 */
import { useEffect, useEffectEvent, useRef, type Dispatch, type RefObject } from 'react';
import type Sigma from 'sigma';
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { frameOf } from './camera.ts';
import type { UiAction } from './uiState.ts';

export function useSigma<N extends Attributes, E extends Attributes>(
  graph: unknown,
  create: (element: HTMLDivElement) => Sigma<N, E>,
  dispatch: Dispatch<UiAction>,
): { container: RefObject<HTMLDivElement | null>; renderer: RefObject<Sigma<N, E> | null> } {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<N, E> | null>(null);
  // `create` closes over the graph and the view's context ref, so a new renderer is needed only when the graph
  // changes: it is an effect event (the latest closure, read at mount), not a reason to remount.
  const createSigma = useEffectEvent(create);
  useEffect(() => {
    if (!container.current) return;
    return mount(createSigma(container.current), renderer, dispatch);
  }, [graph, dispatch]);
  return { container, renderer };
}

/**
 * One sigma renderer per container for a view whose graph is replaced at
 * every model change (the network: one per edit): the renderer, its WebGL
 * context and compiled programs are kept, and a new graph is swapped in
 * with `setGraph`, keeping the camera where the user left it.
 * `create` and `adapt` must read the graph from the renderer (or a ref),
 * never from the first render's closure; `adapt` updates what depends on
 * the graph (settings chosen by its size) after each swap.
 */
export function useLastingSigma<
  N extends Attributes & { x: number; y: number },
  E extends Attributes,
  G extends Attributes = Attributes,
>(
  graph: Graph<N, E, G>,
  create: (element: HTMLDivElement, graph: Graph<N, E, G>) => Sigma<N, E, G>,
  adapt: (sigma: Sigma<N, E, G>, graph: Graph<N, E, G>) => void,
  dispatch: Dispatch<UiAction>,
): { container: RefObject<HTMLDivElement | null>; renderer: RefObject<Sigma<N, E, G> | null> } {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<N, E, G> | null>(null);
  // The graph the renderer is created with: later graphs are swapped in below, so the mount must not depend on it.
  const first = useRef(graph);
  // `create` and `adapt` are effect events: read at the mount and at each swap, a new closure alone is no reason
  // to make a new renderer or to swap.
  const createSigma = useEffectEvent(create);
  const adaptSigma = useEffectEvent(adapt);
  useEffect(() => {
    if (!container.current) return;
    // Created once per mount: a new graph is swapped in below, not a new renderer made.
    return mount(createSigma(container.current, first.current), renderer, dispatch);
  }, [dispatch]);
  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma || sigma.getGraph() === graph) return;
    // The frame the camera is relative to stays as it was, so the view does not jump when an edit
    // adds or moves an actor; "zoom to fit" releases it.
    sigma.setCustomBBox(sigma.getCustomBBox() ?? frameOf(sigma.getGraph()));
    sigma.setGraph(graph);
    adaptSigma(sigma, graph);
  }, [graph]);
  return { container, renderer };
}

/** Wires a new renderer to selection and holds it in `renderer`; the returned cleanup kills it. */
function mount<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
  renderer: RefObject<Sigma<N, E, G> | null>,
  dispatch: Dispatch<UiAction>,
): () => void {
  sigma.on('clickNode', ({ node }) => dispatch({ type: 'select', node }));
  sigma.on('clickStage', () => dispatch({ type: 'clear' }));
  renderer.current = sigma;
  // Sigma follows the window's size, not its container's: when the bars around the view change height (the top
  // bar wrapping onto a second line), its canvas would keep the old size and pointers would miss what it draws.
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => followContainer(sigma));
  observer?.observe(sigma.getContainer());
  return () => {
    observer?.disconnect();
    sigma.kill();
    renderer.current = null;
  };
}

/** Resizes the renderer to its container when that changed size. */
function followContainer(sigma: {
  getDimensions(): { width: number; height: number };
  getContainer(): HTMLElement;
  resize(): unknown;
  refresh(): unknown;
}): void {
  const { width, height } = sigma.getDimensions();
  const container = sigma.getContainer();
  if (container.offsetWidth === width && container.offsetHeight === height) return;
  sigma.resize();
  sigma.refresh();
}
