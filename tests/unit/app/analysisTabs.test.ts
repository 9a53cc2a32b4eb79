import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import type { ClosureRanking, LostLink } from '../../../src/core/analysis/resilience.ts';
import { ANALYSIS_TABS, resilienceRows, tabAfterKey, tabFindings } from '../../../src/app/analysis/analysisTabs.ts';

const finding = (kind: string, id = kind): Finding =>
  ({ id, kind, severity: 'medium', enterprises: [], flows: [], reason: { zh: id, en: id } }) as unknown as Finding;

describe('tabFindings', () => {
  const all = [
    'broken-link',
    'open-end',
    'capacity-shortfall',
    'critical-enterprise',
    'single-performer',
    'capacity-missing',
    'coupling-match',
    'articulation-point',
  ].map((k) => finding(k));
  const kinds = (tab: Parameters<typeof tabFindings>[1]) => tabFindings(all, tab).map((f) => f.kind);

  it('puts each family of findings in its tab, in the analysis order', () => {
    expect(kinds('broken')).toEqual(['broken-link', 'single-performer']);
    expect(kinds('coupling')).toEqual(['open-end', 'coupling-match']);
    expect(kinds('capacity')).toEqual(['capacity-shortfall', 'capacity-missing']);
    expect(kinds('resilience')).toEqual(['critical-enterprise', 'articulation-point']);
    expect(kinds('overview')).toEqual([]);
    expect(kinds('projects')).toEqual([]);
  });
});

describe('resilienceRows', () => {
  const link = (only: boolean): LostLink => ({
    flow: 'f',
    partner: 'p',
    material: 'm',
    quantity: 1,
    unit: 't/a',
    measured: true,
    fallback: '@supply',
    onlyInternalLink: only,
  });
  const closure = (enterprise: string, score: number): ClosureRanking => ({
    enterprise,
    score,
    impact: {
      target: { kind: 'enterprise', id: enterprise },
      lostSupplies: [link(true), link(false)],
      lostOutlets: [link(true)],
      outsideLosses: [],
      brokenTransitions: [{ chain: 'c', from: ['a'], to: ['b'] }],
      brokenChains: ['c'],
      dependants: ['p'],
      unmet: { energy: 1000 },
      unmetLinks: 0,
      stranded: {},
      strandedLinks: 0,
      massRerouted: 42,
      reroutedLinks: 0,
      massToDisposal: 0,
      massFromSupply: 42,
    },
  });

  it('shows the core’s closure rows, keeping its order and at most 15', () => {
    const ranking = Array.from({ length: 20 }, (_, i) => closure(`e${i}`, 1 - i / 100));
    const rows = resilienceRows(ranking);
    expect(rows).toHaveLength(15);
    expect(rows[0]).toEqual({
      enterprise: 'e0',
      score: 1,
      chainsBroken: 1,
      dependants: 1,
      unmet: { energy: 1000 },
      unmetLinks: 0,
      stranded: {},
      massRerouted: 42,
      reroutedLinks: 0,
    });
    expect(rows.map((r) => r.enterprise).slice(0, 3)).toEqual(['e0', 'e1', 'e2']);
  });
});

describe('tabAfterKey', () => {
  it('moves with arrows, wraps around, and jumps with Home and End', () => {
    expect(tabAfterKey('overview', 'ArrowRight')).toBe('broken');
    expect(tabAfterKey('overview', 'ArrowLeft')).toBe('resilience');
    expect(tabAfterKey('resilience', 'ArrowRight')).toBe('overview');
    expect(tabAfterKey('capacity', 'Home')).toBe(ANALYSIS_TABS[0]);
    expect(tabAfterKey('capacity', 'End')).toBe('resilience');
    expect(tabAfterKey('capacity', 'Enter')).toBeNull();
  });
});
