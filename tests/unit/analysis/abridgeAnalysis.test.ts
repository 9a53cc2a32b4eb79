import { describe, expect, it } from 'vitest';
import { abridgeAnalysis } from '../../../src/core/analysis/abridgeAnalysis.ts';
import type { ParkAnalysis } from '../../../src/core/analysis/analyzePark.ts';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import { cycleCount, shortestCycles } from '../../../src/core/analysis/network/cycles.ts';

const finding = (id: string, kind: string) => ({ id, kind }) as unknown as Finding;

describe('abridgeAnalysis', () => {
  it('keeps the first findings of each kind in their order, with every kind counted', () => {
    const findings = [
      finding('a1', 'broken-link'),
      finding('b1', 'open-end'),
      finding('a2', 'broken-link'),
      finding('b2', 'open-end'),
      finding('a3', 'broken-link'),
      finding('c1', 'critical-enterprise'),
    ];
    const abridged = abridgeAnalysis({ findings } as unknown as ParkAnalysis, { findingsPerKind: 2 });
    expect(abridged.findings.map((f) => f.id)).toEqual(['a1', 'b1', 'a2', 'b2', 'c1']);
    expect(abridged.abridged).toEqual({
      findings: { total: 6, perKind: { 'broken-link': 3, 'open-end': 2, 'critical-enterprise': 1 } },
    });
  });

  it('returns the analysis itself when nothing needs leaving out', () => {
    const analysis = { findings: [finding('a', 'open-end')] } as unknown as ParkAnalysis;
    expect(abridgeAnalysis(analysis)).toBe(analysis);
  });

  it('lists the shortest cycles within the actor budget and keeps the number found', () => {
    const cycles = {
      cycles: [
        ['a', 'b'],
        ['a', 'c', 'd'],
        ['b', 'c', 'd', 'e'],
      ],
      truncated: true,
    };
    const listed = shortestCycles(cycles, 10, 5);
    expect(listed).toEqual({
      cycles: [
        ['a', 'b'],
        ['a', 'c', 'd'],
      ],
      truncated: true,
      found: 3,
    });
    expect(cycleCount(listed)).toBe(3);
    // One cycle is always listed, however long.
    expect(shortestCycles(cycles, 10, 1).cycles).toEqual([['a', 'b']]);
    const network = { cycles, commensurable: { cycles } };
    const abridged = abridgeAnalysis({ findings: [], network } as unknown as ParkAnalysis, {
      cycles: 1,
      cycleActors: 100,
    });
    expect(abridged.network?.cycles).toEqual({ cycles: [['a', 'b']], truncated: true, found: 3 });
    expect(abridged.network?.commensurable.cycles.found).toBe(3);
  });
});
