/**
 * The analyses a park can be put through, in the order they run. A module
 * of its own so that what only names them (the CLI's help text) does not
 * load every analysis.
 */
export const ANALYSIS_KINDS = [
  'integrity',
  'open-ends',
  'chains',
  'coupling',
  'capacity',
  'network',
  'resilience',
  'projects',
] as const;
export type AnalysisKind = (typeof ANALYSIS_KINDS)[number];
