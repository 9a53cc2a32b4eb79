/**
 * The reports' sections, and which catalogue key (namespace `report`,
 * core/text/messages/report.ts) names each section, severity and chain
 * stage state.
 */
import type { FindingSeverity } from '../analysis/finding.ts';
import type { TransitionState } from '../analysis/chainIntegrity.ts';
import type { KeyOf } from '../text/message.ts';

/**
 * Report sections every report has, in the order every format presents
 * them; the ids are HTML anchors and test hooks. Optional sections (below)
 * join them only when the park has what they show.
 */
export const REPORT_SECTIONS = [
  'summary',
  'kpis',
  'findings',
  'chains',
  'diagrams',
  'capacity',
  'clusters',
  'network',
  'resilience',
  'projects',
] as const;
/** Sections shown only when the park has what they show, each after the section it follows. */
export const OPTIONAL_REPORT_SECTIONS = {
  /** The park through the years: only when some flow has a start or end year. */
  evolution: { after: 'network' },
} as const satisfies Record<string, { after: (typeof REPORT_SECTIONS)[number] }>;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number] | keyof typeof OPTIONAL_REPORT_SECTIONS;

/** A key of the report's words (namespace `report`). */
export type ReportTextKey = KeyOf<'report'>;

export const SECTION_TITLE_KEYS: Readonly<Record<ReportSectionId, ReportTextKey>> = {
  summary: 'sectionSummary',
  kpis: 'sectionKpis',
  findings: 'sectionFindings',
  chains: 'sectionChains',
  diagrams: 'sectionDiagrams',
  capacity: 'sectionCapacity',
  clusters: 'sectionClusters',
  network: 'sectionNetwork',
  evolution: 'sectionEvolution',
  resilience: 'sectionResilience',
  projects: 'sectionProjects',
};

export const SEVERITY_KEYS: Readonly<Record<FindingSeverity, ReportTextKey>> = {
  high: 'severityHigh',
  medium: 'severityMedium',
  low: 'severityLow',
  info: 'severityInfo',
};

export const TRANSITION_STATE_KEYS: Readonly<Record<TransitionState, ReportTextKey>> = {
  broken: 'stateBroken',
  single: 'stateSingle',
  'in-house': 'stateInHouse',
  ok: 'stateOk',
};
