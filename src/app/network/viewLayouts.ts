/**
 * Deterministic layouts of the material and process views: same model, same
 * picture. Nodes keep the order they are given in within their column.
 */
import type { Point } from './layout.ts';

const LAYER_GAP = 120;
const ROW_GAP = 40;

/**
 * Layer of each node: the length of the longest path reaching it from a
 * source (a node nothing flows into). Cycles are cut at the edges that close
 * them in a depth-first walk in node order, so every node gets a finite layer.
 */
export function longestPathLayers(
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
): Map<string, number> {
  const out = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const [from, to] of edges) if (out.has(from) && out.has(to)) out.get(from)?.push(to);
  // Depth-first order with back edges dropped gives a DAG.
  const state = new Map<string, 'open' | 'done'>();
  const order: string[] = [];
  const forward = new Map<string, string[]>(nodes.map((n) => [n, []]));
  const visit = (start: string) => {
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = out.get(top.node) ?? [];
      if (top.next < targets.length) {
        const target = targets[top.next++]!;
        if (state.get(target) === 'open') continue;
        forward.get(top.node)?.push(target);
        if (!state.has(target)) {
          state.set(target, 'open');
          stack.push({ node: target, next: 0 });
        }
      } else {
        state.set(top.node, 'done');
        order.push(top.node);
        stack.pop();
      }
    }
  };
  for (const node of nodes) if (!state.has(node)) visit(node);
  const layers = new Map<string, number>(nodes.map((n) => [n, 0]));
  // Reverse post-order is a topological order of the DAG.
  for (const node of order.reverse()) {
    const layer = layers.get(node) ?? 0;
    for (const target of forward.get(node) ?? []) layers.set(target, Math.max(layers.get(target) ?? 0, layer + 1));
  }
  return layers;
}

/** Layers left to right, each layer's nodes centred vertically in the given order. */
export function layeredLayout(
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
): Map<string, Point> {
  const layers = longestPathLayers(nodes, edges);
  const columns = new Map<number, string[]>();
  for (const node of nodes) {
    const layer = layers.get(node) ?? 0;
    columns.set(layer, [...(columns.get(layer) ?? []), node]);
  }
  const positions = new Map<string, Point>();
  for (const [layer, column] of columns) placeColumn(positions, column, layer * LAYER_GAP);
  return positions;
}

/** Two columns: `left` (enterprises) and `right` (materials). */
export function twoColumnLayout(left: readonly string[], right: readonly string[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  placeColumn(positions, left, 0);
  placeColumn(positions, right, 3 * LAYER_GAP);
  return positions;
}

function placeColumn(positions: Map<string, Point>, column: readonly string[], x: number): void {
  // Graph y grows upwards in sigma, so the first node is at the top.
  column.forEach((node, i) => positions.set(node, { x, y: ((column.length - 1) / 2 - i) * ROW_GAP }));
}
