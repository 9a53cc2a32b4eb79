/** Read-only accessors of UI state for end-to-end tests: `window.__symbiograph`. */
import { useEffect, useRef } from 'react';
import type { Language } from '../../core/model/types.ts';

export interface HighlightSnapshot {
  readonly finding: string | null;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export interface ProjectSnapshot {
  readonly technology: string;
  /** Node id of the ghost enterprise. */
  readonly ghost: string;
  readonly flows: readonly string[];
  /** The planned flows' ends, to find them on the network. */
  readonly planned: readonly { readonly id: string; readonly from: string; readonly to: string }[];
}

export interface SymbiographTestApi {
  selectedNode(): string | null;
  highlighted(): HighlightSnapshot;
  language(): Language;
  project(): ProjectSnapshot | null;
}

export interface TestSnapshot {
  readonly selected: string | null;
  readonly highlighted: HighlightSnapshot;
  readonly language: Language;
  readonly project: ProjectSnapshot | null;
}

declare global {
  interface Window {
    __symbiograph?: SymbiographTestApi;
  }
}

export function useTestApi(snapshot: TestSnapshot): void {
  const current = useRef(snapshot);
  useEffect(() => {
    current.current = snapshot;
  }, [snapshot]);
  useEffect(() => {
    window.__symbiograph = Object.freeze({
      selectedNode: () => current.current.selected,
      highlighted: () => current.current.highlighted,
      language: () => current.current.language,
      project: () => current.current.project,
    });
    return () => {
      delete window.__symbiograph;
    };
  }, []);
}

/** Where the network view draws things, for end-to-end tests that hover and drag actors. */
export interface NetworkTestApi {
  /** The actor's centre in pixels from the network container's top-left corner, or null if not drawn. */
  viewportOf(node: string): { x: number; y: number } | null;
  /** The actor's position in graph coordinates (what is saved). */
  graphPositionOf(node: string): { x: number; y: number } | null;
  /** What the renderer draws now: its actors' ids and how many flows (e.g. the park as of a year). */
  drawn(): { nodes: string[]; edges: number };
  /** The names drawn in the last frame, boxes in CSS pixels from the canvas's top-left corner. */
  labels(): readonly { node: string; text: string; box: { x: number; y: number; width: number; height: number } }[];
  /** The canvas's size in CSS pixels. */
  canvas(): { width: number; height: number };
}

declare global {
  interface Window {
    __symbiographNetwork?: NetworkTestApi;
  }
}

export interface PositionSource {
  getGraph(): {
    hasNode(node: string): boolean;
    getNodeAttributes(node: string): { x: number; y: number };
    nodes(): string[];
    readonly size: number;
  };
  graphToViewport(point: { x: number; y: number }): { x: number; y: number };
}

export function registerNetworkTestApi(
  renderer: PositionSource & { getDimensions(): { width: number; height: number } },
  labels: () => ReturnType<NetworkTestApi['labels']>,
): () => void {
  const graphPositionOf = (node: string) => {
    const graph = renderer.getGraph();
    if (!graph.hasNode(node)) return null;
    const { x, y } = graph.getNodeAttributes(node);
    return { x, y };
  };
  window.__symbiographNetwork = Object.freeze({
    graphPositionOf,
    drawn: () => ({ nodes: renderer.getGraph().nodes(), edges: renderer.getGraph().size }),
    labels,
    canvas: () => renderer.getDimensions(),
    viewportOf: (node: string) => {
      const at = graphPositionOf(node);
      return at && renderer.graphToViewport(at);
    },
  });
  return () => {
    delete window.__symbiographNetwork;
  };
}

/** What the material or process view draws, for end-to-end tests that check its names. */
export interface ParkViewTestApi {
  /** The names drawn in the last frame, boxes in CSS pixels from the canvas's top-left corner. */
  labels(): readonly { node: string; text: string; box: { x: number; y: number; width: number; height: number } }[];
  /** The canvas's size in CSS pixels. */
  canvas(): { width: number; height: number };
  /** How many nodes the view has. */
  nodes(): number;
}

declare global {
  interface Window {
    __symbiographParkView?: ParkViewTestApi;
  }
}

export function registerParkViewTestApi(api: ParkViewTestApi): () => void {
  window.__symbiographParkView = Object.freeze(api);
  return () => {
    if (window.__symbiographParkView === api) delete window.__symbiographParkView;
  };
}
