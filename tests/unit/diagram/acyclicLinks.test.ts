import { describe, expect, it } from 'vitest';
import { breakCycles } from '../../../src/core/diagram/acyclicLinks.ts';

const link = (source: string, target: string, value: number) => ({ source, target, value });

describe('breakCycles', () => {
  it('leaves an acyclic list alone', () => {
    const links = [link('a', 'b', 1), link('b', 'c', 2), link('a', 'c', 3)];
    expect(breakCycles(['a', 'b', 'c'], links)).toEqual({ kept: links, removed: [] });
  });

  it('removes the lightest link of each cycle, and every self-loop', () => {
    const links = [link('a', 'b', 5), link('b', 'c', 4), link('c', 'a', 1), link('b', 'a', 2), link('c', 'c', 9)];
    const { kept, removed } = breakCycles(['a', 'b', 'c'], links);
    // Cycles a→b→c→a (lightest c→a, 1) and a→b→a (lightest b→a, 2); c→c is a self-loop.
    expect(removed).toEqual([link('c', 'a', 1), link('b', 'a', 2), link('c', 'c', 9)]);
    expect(kept).toEqual([link('a', 'b', 5), link('b', 'c', 4)]);
  });

  it('is deterministic on ties (the later link goes) and survives long chains', () => {
    expect(breakCycles(['a', 'b'], [link('a', 'b', 1), link('b', 'a', 1)]).removed).toEqual([link('b', 'a', 1)]);
    const n = 20_000;
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    const chain = nodes.slice(1).map((id, i) => link(nodes[i]!, id, 10));
    const { removed } = breakCycles(nodes, [...chain, link(`n${n - 1}`, 'n0', 3)]);
    expect(removed).toEqual([link(`n${n - 1}`, 'n0', 3)]);
  });
});
