/**
 * What the page holds of an analysis: the parts its panels, inspector and
 * actor scales read. At 20 000 enterprises and 100 000 flows the analysis
 * abridged by core is still 20 MB — per-actor flow figures, Chertow's flow
 * lists, every closure's dependants — and taking it in cost the page over
 * half a second after each edit, for parts no screen shows. The host keeps
 * the whole analysis for the exports (analysisHost.ts).
 */
import { abridgeAnalysis } from '../../core/analysis/abridgeAnalysis.ts';
import type { ParkAnalysis } from '../../core/analysis/analyzePark.ts';
import type { NetworkReport } from '../../core/analysis/network/report.ts';
import type { ClosureRanking } from '../../core/analysis/resilience.ts';

export interface ShownAnalysis extends Pick<
  ParkAnalysis,
  'park' | 'scope' | 'kinds' | 'kpis' | 'kpisWithPlanned' | 'findings' | 'projects' | 'abridged'
> {
  /** What the inspector and the actor scales read: each actor's centrality and the articulation points. */
  readonly network?: ShownNetwork;
  /** The most damaging closures, in core's order (the resilience table lists the first of them). */
  readonly resilience?: readonly ClosureRanking[];
  /** Each simulated closure's number of dependants, by enterprise (an actor measure). */
  readonly dependants?: ReadonlyMap<string, number>;
}

export type ShownNetwork = Pick<NetworkReport, 'unit' | 'centrality' | 'articulation'>;

/** Closures sent whole: more than the resilience table lists. */
export const SHOWN_CLOSURES = 100;

/** The page's part of `analysis`, its findings abridged by core (with each kind's count). */
export function shownAnalysis(analysis: ParkAnalysis): ShownAnalysis {
  const abridged = abridgeAnalysis(analysis);
  const { park, scope, kinds, kpis, kpisWithPlanned, findings, projects, network, resilience } = abridged;
  return {
    park,
    scope,
    kinds,
    kpis,
    findings,
    ...(kpisWithPlanned ? { kpisWithPlanned } : {}),
    ...(projects ? { projects } : {}),
    ...(abridged.abridged ? { abridged: abridged.abridged } : {}),
    ...(network
      ? { network: { unit: network.unit, centrality: network.centrality, articulation: network.articulation } }
      : {}),
    ...(resilience
      ? {
          resilience: resilience.slice(0, SHOWN_CLOSURES),
          dependants: new Map(resilience.map((c) => [c.enterprise, c.impact.dependants.length])),
        }
      : {}),
  };
}
