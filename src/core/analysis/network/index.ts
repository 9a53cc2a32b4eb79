/**
 * Network structure and ecological network metrics (domain.md §4 item 7,
 * item 10 and the appendix on metric conventions).
 */
export {
  actorAdjacency,
  buildActorNetwork,
  internalActorIds,
  linkExclusion,
  DEFAULT_ACTOR_NETWORK_OPTIONS,
  FLOW_EXCLUSIONS,
  type ActorNetwork,
  type ActorNetworkOptions,
  type Adjacency,
  type FlowExclusion,
  type NetworkInput,
} from './actors.ts';
export { computeStructuralMetrics, type StructuralMetrics, type StructuralOptions } from './structural.ts';
export { DEFAULT_CYCLICITY_OPTIONS, type Cyclicity, type CyclicityOptions } from './spectralRadius.ts';
export {
  findStronglyConnectedComponents,
  findWeaklyConnectedComponents,
  type Components,
  type ComponentsOptions,
} from './scc.ts';
export {
  findArticulationPoints,
  type ArticulationOptions,
  type ArticulationPoint,
  type ArticulationResult,
} from './articulation.ts';
export {
  computeBetweenness,
  DEFAULT_BETWEENNESS_OPTIONS,
  type Betweenness,
  type BetweennessMethod,
  type BetweennessOptions,
} from './betweenness.ts';
export {
  computeCentrality,
  DEFAULT_KEYSTONES,
  type ActorCentrality,
  type Centrality,
  type CentralityInputs,
  type CentralityOptions,
} from './centrality.ts';
export { findCycles, DEFAULT_CYCLE_OPTIONS, type CycleOptions, type Cycles } from './cycles.ts';
export {
  detectCommunities,
  DEFAULT_COMMUNITY_OPTIONS,
  type Communities,
  type CommunityOptions,
} from './communities.ts';
export { contingencyTable, normalizedMutualInformation, type Contingency } from './partitionComparison.ts';
export {
  buildFlowMatrix,
  convertsTo,
  flowMatrixEntries,
  matrixPlacement,
  DEFAULT_FLOW_MATRIX_OPTIONS,
  type ExcludedFlows,
  type FlowMatrix,
  type FlowMatrixEntry,
  type FlowMatrixOptions,
  type MatrixPlace,
} from './flowMatrix.ts';
export {
  commensurableModel,
  excludedCount,
  networkCoverage,
  type CategoryCount,
  type ExcludedFlowGroup,
  type MetricCoverage,
  type NetworkCoverage,
} from './coverage.ts';
export {
  describeCycles,
  DEFAULT_CYCLE_COMPOSITION_OPTIONS,
  type CycleComposition,
  type CycleCompositionOptions,
} from './cycleComposition.ts';
export {
  coverageSentences,
  cycleSentences,
  networkEnterpriseRows,
  networkFigureRows,
  networkMetricTable,
  type ExplainedTable,
  type NetworkNames,
} from './explain.ts';
export {
  clusterCellText,
  clusterMatrixSentences,
  clusterMatrixTable,
  complementaryPairs,
  layoutClusterMatrix,
  COMPLEMENTARY_MARK,
  type ClusterMatrixCell,
  type ClusterMatrixLayout,
} from './clusterExchange.ts';
export { DEFAULT_FINN_OPTIONS, type FinnOptions } from './finnDiagonal.ts';
export {
  computeFlowMetrics,
  flowMetricsOf,
  throughflowOf,
  type ActorFlowMetrics,
  type FlowMetrics,
  type FlowMetricsOptions,
} from './flowMetrics.ts';
export {
  computeReuseRate,
  DEFAULT_REUSE_OPTIONS,
  type ReuseOptions,
  type ReuseRate,
  type ReuseTotals,
} from './reuse.ts';
export {
  checkChertow32,
  DEFAULT_CHERTOW_OPTIONS,
  type ChertowOptions,
  type ChertowVerdict,
  type ExchangeWeb,
} from './chertow.ts';
export {
  networkReport,
  DEFAULT_NETWORK_REPORT_OPTIONS,
  type NetworkReport,
  type NetworkReportOptions,
} from './report.ts';
