export * from './types.ts';
export { buildExchangeGraph } from './exchangeGraph.ts';
export {
  buildMaterialGraph,
  transformationKey,
  DEFAULT_MATERIAL_GRAPH_OPTIONS,
  type MaterialGraphOptions,
} from './materialGraph.ts';
export { buildProcessGraph, enterpriseKey, materialKey } from './processGraph.ts';
