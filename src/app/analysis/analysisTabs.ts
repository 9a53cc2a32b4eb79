/** The analysis panel's tabs: which findings each shows, the resilience rows, and arrow-key movement. */
import type { Finding, FindingKind } from '../../core/analysis/finding.ts';
import { closureRow, type ClosureRanking, type ClosureRow } from '../../core/analysis/resilience.ts';

export const ANALYSIS_TABS = ['overview', 'broken', 'coupling', 'capacity', 'projects', 'resilience'] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];

const TAB_KINDS: Readonly<Partial<Record<AnalysisTab, readonly FindingKind[]>>> = {
  broken: ['broken-link', 'chain-shipped-out', 'single-performer', 'in-house-chain', 'chain-extension'],
  coupling: ['open-end', 'open-energy', 'open-water', 'coupling-match', 'weak-coupling'],
  resilience: ['unmet-demand', 'critical-enterprise', 'articulation-point'],
};

/** The findings a tab lists, in the analysis' order. */
export function tabFindings(findings: readonly Finding[], tab: AnalysisTab): Finding[] {
  if (tab === 'capacity') return findings.filter((f) => f.kind.startsWith('capacity-'));
  const kinds = TAB_KINDS[tab];
  return kinds ? findings.filter((f) => kinds.includes(f.kind)) : [];
}

const RESILIENCE_ROWS = 15;

/** The most damaging closures first, in the core's order, as the core's table rows. */
export function resilienceRows(ranking: readonly ClosureRanking[], limit = RESILIENCE_ROWS): ClosureRow[] {
  return ranking.slice(0, limit).map(closureRow);
}

/** The tab an arrow, Home or End key moves to (WAI-ARIA tabs pattern, wrapping); null for other keys. */
export function tabAfterKey(current: AnalysisTab, key: string): AnalysisTab | null {
  const i = ANALYSIS_TABS.indexOf(current);
  const n = ANALYSIS_TABS.length;
  const to = (index: number) => ANALYSIS_TABS[((index % n) + n) % n] ?? current;
  switch (key) {
    case 'ArrowRight':
      return to(i + 1);
    case 'ArrowLeft':
      return to(i - 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(n - 1);
    default:
      return null;
  }
}
