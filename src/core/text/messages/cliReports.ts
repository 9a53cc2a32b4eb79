/**
 * Namespace `cli`, part 3: the text reports' headings, columns and notes (analyze, diff, whatif, capacity,
 * clusters, evolution, network, projects, resilience), grouped by the file that writes them. Merged into
 * CLI_MESSAGES (cli.ts).
 */
import type { BilingualMessage } from '../language.ts';

export const CLI_REPORT_MESSAGES = {
  // analyze (analysisText.ts)
  headingKeyFigures: { zh: '关键指标', en: 'Key figures' },
  headingFindings: { zh: '发现(共 {{n}} 项)', en: 'Findings ({{n}})' },
  moreFindingsAll: { zh: '  …… 另有 {{n}} 项(--all 显示全部)', en: '  … and {{n}} more (--all shows all)' },
  headingChains: { zh: '产业链完整性', en: 'Chain integrity' },
  noChains: { zh: '(模型未定义产业链)', en: '(the model defines no chains)' },
  markBroken: { zh: '✗ $t(glossary:brokenLink)', en: '✗ broken' },
  markSingle: { zh: '⚠ 单点', en: '⚠ single' },
  markInHouse: { zh: '厂内一体化', en: 'in-house' },
  columnChain: { zh: '产业链', en: 'chain' },
  columnStage: { zh: '环节', en: 'stage' },
  columnState: { zh: '状态', en: 'state' },
  columnPerformers: { zh: '企业数', en: 'performers' },
  headingCapacity: { zh: '处置利用与供应能力平衡', en: 'Capacity balance' },
  headingResilience: { zh: '韧性:$t(glossary:closureImpact)排名', en: 'Resilience: closure impact ranking' },
  headingProjects: { zh: '$t(glossary:gapFillingProject)排名', en: 'Gap-filling projects, ranked' },
  columnFigure: { zh: '指标', en: 'figure' },
  columnValue: { zh: '值', en: 'value' },
  // diff and whatif (comparisonText.ts)
  headingModelChanges: { zh: '模型变化', en: 'Model changes' },
  countEnterprises: { zh: '企业', en: 'enterprises' },
  countFlows: { zh: '物质流', en: 'flows' },
  countMaterials: { zh: '物料', en: 'materials' },
  countChains: { zh: '产业链', en: 'chains' },
  headingFigureChanges: { zh: '指标变化', en: 'Headline figures' },
  columnBefore: { zh: '{{scope}}:之前', en: '{{scope}}: before' },
  columnAfter: { zh: '之后', en: 'after' },
  columnChange: { zh: '变化', en: 'change' },
  percentagePoints: { zh: '{{n}} 个百分点', en: '{{n}} pp' },
  verdictMet: { zh: '达标', en: 'met' },
  verdictNoLongerMet: { zh: '不再达标', en: 'no longer met' },
  scopePrefix: { zh: '{{scope}}:', en: '{{scope}}: ' },
  moreItems: { zh: '  …… 另有 {{n}} 项', en: '  … and {{n}} more' },
  findingsNew: { zh: '新出现的问题', en: 'New findings' },
  findingsGoneWithClosure: { zh: '$t(glossary:goneWithClosure)的问题', en: 'Gone with the closure (not resolved)' },
  findingsResolved: { zh: '已解决的问题', en: 'Resolved findings' },
  findingsChanged: { zh: '有变化的问题', en: 'Changed findings' },
  notePrefix: { zh: '注:{{note}}', en: 'Note: {{note}}' },
  // capacity (capacityText.ts)
  serviceSupply: { zh: '供应', en: 'supply' },
  serviceTreatment: { zh: '处置利用', en: 'treatment' },
  capacityColumnMaterial: { zh: '物料', en: 'material' },
  capacityColumnService: { zh: '类型', en: 'service' },
  capacityColumnGenerated: { zh: '产生量/需求', en: 'generated/needed' },
  capacityColumnUnplaced: { zh: '外送处置/缺供', en: 'disposed/unsupplied' },
  capacityColumnCapacity: { zh: '能力', en: 'capacity' },
  capacityColumnLoad: { zh: '实际负荷', en: 'load' },
  capacityColumnUse: { zh: '负荷率', en: 'use' },
  capacityColumnRating: { zh: '能力口径', en: 'rating' },
  capacityColumnUnit: { zh: '单位', en: 'unit' },
  // clusters (clusterMatrixText.ts)
  headingClusterMatrix: { zh: '集群间物质交换矩阵', en: 'Exchanges between clusters' },
  noClusters: { zh: '(模型没有集群)', en: '(the model has no clusters)' },
  // evolution (evolutionText.ts)
  headingEvolutionChanges: {
    zh: '== 各年交换变化 ==',
    en: '== Exchanges that began (+) and ended (−), year by year ==',
  },
  // --as-of (asOf.ts)
  asOfHeading: {
    zh: '{{asOf}}的园区:{{enterprises}} 家企业,{{flows}} 条物质流(全部年份共 {{allEnterprises}} 家企业,{{allFlows}} 条物质流)',
    en: 'The park {{asOf}}: {{enterprises}} of {{allEnterprises}} enterprises, {{flows}} of {{allFlows}} flows',
  },
  // network (networkText.ts)
  headingNetwork: { zh: '网络结构与生态指标', en: 'Network structure and ecological metrics' },
  columnMetric: { zh: '指标', en: 'metric' },
  columnMetricValue: { zh: '数值', en: 'value' },
  addSelfLoops: { zh: '(加 --self-loops 可计入自环。)', en: '(Add --self-loops to count self-loops.)' },
  capacityNote: {
    zh: '负荷 = 处置利用企业实际接收的全部量(园区企业送来、$t(glossary:boughtIn)、$t(glossary:inHouse));供应类为实际供出量。',
    en: 'load = everything the plants take in (from park partners, $t(glossary:boughtIn), in-house); for supply, what they deliver.',
  },
  // projects (projectsText.ts)
  noProjects: { zh: '(没有候选项目)', en: '(no candidate projects)' },
  projectColumnProject: { zh: '项目', en: 'project' },
  projectColumnScore: { zh: '得分', en: 'score' },
  projectColumnOffDisposal: { zh: '送$t(glossary:disposal)净减少 t/a', en: 'off $t(glossary:disposal) t/a' },
  projectColumnPurchasesCut: { zh: '$t(glossary:boughtIn)净减少 t/a', en: 'purchases cut t/a' },
  projectColumnEmissions: { zh: '净减排 tCO2e/a', en: 'net tCO2e/a' },
  projectColumnEnergy: { zh: '新增能耗 tce/a', en: 'energy tce/a' },
  projectColumnInvestment: { zh: '投资 万元', en: 'investment 10k CNY' },
  projectColumnPayback: { zh: '回收期 年', en: 'payback years' },
  projectsExcluded: {
    zh: '不符合园区$t(glossary:admission)政策、未参与排名的项目({{n}}):',
    en: "Not admitted by the park's policy ({{n}}):",
  },
  projectsScoreNote: {
    zh: '得分 = 各项按全部候选中的最大值归一化后加权求和,带“−”的项扣分(权重:{{weights}});另有 {{skipped}} 项工艺因园区内无原料也无产品需求未列入。',
    en: 'score = weighted sum of each part scaled by the largest among the candidates; parts marked − count against (weights: {{weights}}); {{skipped}} technologies were left out because the park has neither their feedstock nor a need for their products.',
  },
  // resilience (resilienceText.ts)
  closureColumnEnterprise: { zh: '企业', en: 'enterprise' },
  closureColumnImpact: { zh: '影响得分', en: 'impact' },
  closureColumnUnmet: { zh: '$t(glossary:unmetDemand)', en: '$t(glossary:unmetDemand)' },
  closureColumnChainsBroken: { zh: '$t(glossary:brokenLink)(条)', en: 'chains broken' },
  closureColumnDependants: { zh: '失去唯一链接的企业', en: 'dependants' },
  closureColumnRerouted: { zh: '改为$t(glossary:boughtIn)或外送 t/a', en: 'rerouted t/a' },
} as const satisfies Record<string, BilingualMessage>;
