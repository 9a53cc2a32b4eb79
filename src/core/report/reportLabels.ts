/**
 * The reports' sections, and which catalogue key (namespace `report`,
 * core/text/messages/report.ts) names each chain stage state. Section titles
 * and severities are key families looked up by their id
 * (`report:section_<id>`, `report:severity_<severity>`).
 */
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

/** A map rather than a `state_${state}` family: `in-house` makes no camelCase key. */
export const TRANSITION_STATE_KEYS: Readonly<Record<TransitionState, ReportTextKey>> = {
  broken: 'stateBroken',
  single: 'stateSingle',
  'in-house': 'stateInHouse',
  ok: 'stateOk',
};
