/** Findings grouped by kind for the analysis panel: broken links first, then by first (most severe) appearance. */
import type { Finding } from '../../core/analysis/finding.ts';

export interface FindingGroup {
  readonly kind: string;
  readonly findings: readonly Finding[];
}

export const FIRST_KINDS: readonly string[] = ['broken-link'];

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byKind = new Map<string, Finding[]>();
  for (const kind of FIRST_KINDS) byKind.set(kind, []);
  for (const finding of findings) {
    const list = byKind.get(finding.kind);
    if (list) list.push(finding);
    else byKind.set(finding.kind, [finding]);
  }
  return [...byKind].filter(([, list]) => list.length > 0).map(([kind, list]) => ({ kind, findings: list }));
}
