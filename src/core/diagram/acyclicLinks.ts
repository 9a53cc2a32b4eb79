/**
 * Makes a weighted link list acyclic for d3-sankey, which throws
 * ("circular link") on any cycle, self-loops included. Deterministic:
 * while a cycle remains, the first one an iterative depth-first search
 * finds (nodes and links in their given order) loses its lightest link
 * (the later one on a tie), so as little mass as possible leaves the
 * picture. Every removed link is returned, for the diagram's notes.
 */

export interface WeightedLink {
  readonly source: string;
  readonly target: string;
  readonly value: number;
}

export function breakCycles<L extends WeightedLink>(
  nodes: readonly string[],
  links: readonly L[],
): { kept: L[]; removed: L[] } {
  const removed = new Set<number>();
  const selfLoops = links.flatMap((l, i) => (l.source === l.target ? [i] : []));
  for (const i of selfLoops) removed.add(i);
  // Each round removes one link, so this ends after at most links.length rounds.
  for (;;) {
    const cycle = findCycle(nodes, links, removed);
    if (!cycle) break;
    let lightest = cycle[0]!;
    for (const i of cycle) if (links[i]!.value <= links[lightest]!.value) lightest = i;
    removed.add(lightest);
  }
  return {
    kept: links.filter((_, i) => !removed.has(i)),
    removed: [...removed].sort((a, b) => a - b).map((i) => links[i]!),
  };
}

/** Link indexes of one directed cycle, or undefined. Iterative, so deep chains cannot overflow the stack. */
function findCycle(
  nodes: readonly string[],
  links: readonly WeightedLink[],
  removed: ReadonlySet<number>,
): number[] | undefined {
  const outgoing = new Map<string, number[]>(nodes.map((n) => [n, []]));
  links.forEach((l, i) => {
    if (!removed.has(i)) outgoing.get(l.source)?.push(i);
  });
  const state = new Map<string, 'open' | 'done'>();
  for (const start of nodes) {
    if (state.has(start)) continue;
    // The current path: each frame holds a node, the link that reached it and where its scan stopped.
    const stack: { node: string; via: number | undefined; next: number }[] = [{ node: start, via: undefined, next: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const out = outgoing.get(frame.node) ?? [];
      if (frame.next >= out.length) {
        state.set(frame.node, 'done');
        stack.pop();
        continue;
      }
      const linkIndex = out[frame.next++]!;
      const target = links[linkIndex]!.target;
      const seen = state.get(target);
      if (seen === 'open') {
        // Back edge: the cycle is the path from `target` to here, plus this link.
        const from = stack.findIndex((f) => f.node === target);
        return [...stack.slice(from + 1).map((f) => f.via!), linkIndex];
      }
      if (seen === undefined) {
        state.set(target, 'open');
        stack.push({ node: target, via: linkIndex, next: 0 });
      }
    }
  }
  return undefined;
}
