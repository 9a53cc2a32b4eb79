/**
 * Namespace `network`: the park's figures in both languages: the headline KPIs (analysis/presentation.ts), the
 * network report's tables and sentences (analysis/network/explain.ts, clusterExchange.ts) and the evolution of the
 * network over the years (analysis/evolutionText.ts). Metric names are the glossary's, nested as `$t(glossary:…)`.
 */
import type { BilingualMessage } from '../language.ts';

export const NETWORK_MESSAGES = {
  // presentation.ts: the headline figures (KPI_ROWS)
  kpiEnterprises: { zh: '企业', en: 'Enterprises' },
  kpiFlows: { zh: '$t(glossary:materialFlow)', en: 'Flows' },
  kpiInternalMass: { zh: '园区内交换', en: 'Exchanged inside the park' },
  kpiImportedMass: { zh: '$t(glossary:boughtIn)', en: 'Bought in' },
  kpiDisposedMass: { zh: '送$t(glossary:disposal)', en: 'Sent to disposal' },
  kpiUnaccountedMass: { zh: '$t(glossary:unaccounted)', en: 'Unaccounted for' },
  kpiReusedMass: { zh: '$t(glossary:byProduct)与废物园区内利用量', en: 'By-products and wastes used in the park' },
  kpiInternalReuseRate: { zh: '$t(glossary:internalReuseRate)', en: 'Internal reuse rate' },
  kpiHazardousGenerated: { zh: '$t(glossary:hazardousWaste)$t(glossary:generation)', en: 'Hazardous waste generated' },
  kpiHazardousInParkShare: {
    zh: '$t(glossary:hazardousWaste)园区内利用处置率',
    en: 'Hazardous waste treated or used in the park',
  },
  kpiCyclicity: { zh: '$t(glossary:cyclicity)', en: 'Cyclicity (λmax)' },
  kpiConnectance: { zh: '$t(glossary:connectance)', en: 'Connectance' },
  kpiFinnCyclingIndex: {
    zh: '$t(glossary:finnCyclingIndex)(质量流)',
    en: '$t(glossary:finnCyclingIndex) (mass flows)',
  },
  kpiChertow32: { zh: 'Chertow 3-2 判定', en: 'Chertow 3-2 heuristic' },
  verdictYes: { zh: '是$t(glossary:symbiosis)', en: '$t(glossary:symbiosis)' },
  verdictNo: { zh: '未达标', en: 'not met' },
  /** A figure that only some of the flows it adds give a quantity for. */
  kpiPartial: {
    zh: '{{value}}(仅计有数量的 {{measured}}/{{total}} 条物质流)',
    en: '{{value}} (over {{measured}} of {{total}} flows)',
  },
  kpiPartialMass: {
    zh: '{{value}}(仅计有数量的 {{measured}}/{{total}} 条以质量计的物质流)',
    en: '{{value}} (over {{measured}} of {{total}} mass flows)',
  },
  // network/explain.ts: the metric tables (networkMetricTable, networkFigureRows, networkEnterpriseRows)
  table_metric: { zh: '指标', en: 'metric' },
  table_allFlows: { zh: '全部类别物质流', en: 'all flow categories' },
  table_inUnit: { zh: '仅 {{unit}} 物质流', en: '{{unit}} flows only' },
  table_notApplicable: { zh: '不适用', en: 'n/a' },
  table_actorsLinks: { zh: '企业数 N / 链接数 L', en: 'enterprises N / links L' },
  table_perReceiver: {
    zh: '接收方平均供给方数 / 供给方平均接收方数',
    en: 'providers per receiver / receivers per provider',
  },
  table_loops: { zh: '循环回路', en: 'recycling loops' },
  table_averagePathLength: { zh: '平均路径长度', en: 'average path length' },
  table_components: { zh: '强 / 弱连通分量', en: 'strong / weak components' },
  table_communities: { zh: '社区(Louvain)/ 与集群的 NMI', en: 'communities (Louvain) / NMI with clusters' },
  table_keystones: { zh: '$t(glossary:keystone)(介数)', en: '$t(glossary:keystone)s (betweenness)' },
  table_articulation: { zh: '$t(glossary:articulationPoint)', en: '$t(glossary:articulationPoint)s' },
  table_bridges: { zh: '桥(唯一连接)', en: 'bridges (sole connections)' },
  // network/explain.ts: why flows were left out of a metric (coverageSentences)
  excluded_status: { zh: '物质流状态为{{statuses}}', en: 'flow status {{statuses}}' },
  excluded_category: { zh: '物料类别未选入', en: 'category not selected' },
  excluded_actor: { zh: '一端企业状态为{{statuses}}', en: 'an end is an enterprise with status {{statuses}}' },
  excluded_boundary: { zh: '园区边界流', en: 'boundary flows' },
  excluded_selfLoop: { zh: '自环,即企业流向自身,默认不计', en: 'self-loops, an enterprise to itself, off by default' },
  excluded_quantity: { zh: '未给出数量,即结构性交换', en: 'no quantity given: structural exchanges' },
  excluded_unit: { zh: '单位不可换算为 {{unit}}', en: 'unit not convertible to {{unit}}' },
  // network/explain.ts: which flows each family of metrics read (coverageSentences)
  orSeparator: { zh: '或', en: ' or ' },
  categoryExcluded: { zh: '{{category}} {{n}} 条', en: '{{category}} {{n}}' },
  noneLeftOut: { zh: ',无未计入的物质流', en: '; no flow left out' },
  leftOut: { zh: ';未计入 {{excluded}}', en: '; left out: {{excluded}}' },
  coverageStructural: {
    zh: '$t(glossary:cyclicity)、$t(glossary:connectance)、$t(glossary:linkageDensity)、$t(glossary:providers)/$t(glossary:receivers)与循环回路计入园区内企业之间各类别的物质流:计入 {{n}} 条{{included}}{{left}}。',
    en: '$t(glossary:cyclicity), $t(glossary:connectance), $t(glossary:linkageDensity), $t(glossary:providers)/$t(glossary:receivers) and recycling loops count flows of every category between enterprises in the park: {{n}} flows in{{included}}{{left}}.',
  },
  coverageFlow: {
    zh: '$t(glossary:finnCyclingIndex)、$t(glossary:totalSystemThroughflow)与平均路径长度只计可换算为 {{unit}} 的物质流(含园区边界的输入、$t(glossary:soldOut)与$t(glossary:disposal)):计入 {{n}} 条{{included}}{{left}}。不同单位的物质流不能相加,这些指标只有 {{unit}} 一列。',
    en: 'The $t(glossary:finnCyclingIndex), $t(glossary:totalSystemThroughflow) and average path length count only flows in {{unit}} (boundary imports, sales and disposal included): {{n}} flows in{{included}}{{left}}. Flows in different units cannot be added, so these metrics exist in {{unit}} only.',
  },
  coverageSelfLoops: {
    zh: '自环(企业流向自身的物质流)按 enaR 与生态网络文献的惯例计入结构指标与流量指标;$t(glossary:internalReuseRate)与 3-2 判据不计自环。',
    en: 'Self-loops (flows from an enterprise to itself) count in the structural and flow-based metrics, as in enaR and the ecosystem-network literature; the $t(glossary:internalReuseRate) and the 3-2 test never count them.',
  },
  // network/explain.ts: what the recycling loops run through (cycleSentences)
  noLoops: { zh: '网络中没有循环回路。', en: 'The network has no recycling loop.' },
  loopsTooLong: {
    zh: '循环回路太长,未统计其构成。',
    en: 'The recycling loops are too long to describe what they run through.',
  },
  loopsAll: { zh: '{{n}} 条循环回路', en: 'The {{n}} recycling loops' },
  loopsFirst: {
    zh: '前 {{n}} 条循环回路(回路太多或太长,只统计这些)',
    en: 'The first {{n}} recycling loops (there are more or longer ones; only these are counted)',
  },
  loopCategory: { zh: '{{category}} {{n}} 条', en: '{{category}} on {{n}}' },
  loopCategoryAll: { zh: '{{category}} {{n}} 条(都离不开{{category}})', en: '{{category}} on {{n}} (all need it)' },
  loopCategorySome: {
    zh: '{{category}} {{n}} 条(其中 {{essential}} 条离不开{{category}})',
    en: '{{category}} on {{n}} ({{essential}} need it)',
  },
  loopsRunThrough: {
    zh: '{{loops}}经过的物料类别:{{categories}};其中全程由 {{unit}} 物质流构成的有 {{n}} 条。',
    en: '{{loops}} run through: {{categories}}; {{n}} of them carry {{unit}} flows all the way round.',
  },
  loopCount: { zh: '{{name}}({{n}} 条)', en: '{{name}} ({{n}})' },
  loopsMost: {
    zh: '经过回路最多的企业:{{actors}};回路上最常见的物料:{{materials}}。',
    en: 'Enterprises on the most loops: {{actors}}; materials on the most loops: {{materials}}.',
  },
  noLoopsInUnit: {
    zh: '每条循环回路都要经过不可换算为 {{unit}} 的物质流:只计 {{unit}} 物质流的网络没有循环回路{{finn}}。',
    en: 'Every recycling loop needs a flow that does not convert to {{unit}}: the network of {{unit}} flows has no loop{{finn}}.',
  },
  finnZero: {
    zh: ',$t(glossary:finnCyclingIndex)因此为 0',
    en: ', which is why the $t(glossary:finnCyclingIndex) is 0',
  },
  // network/clusterExchange.ts
  clusterCells: {
    zh: '单元格:现有物质流条数 / 质量 t/a,行为供出集群、列为接收集群;“–”表示这些物质流都未给出数量或不可换算为 t/a(计条数,不计质量);“·”表示没有物质流;“{{mark}}”表示互补但未连接:行集群富余(或送出园区)、列集群需要(或从园区外购入)的物料存在,两者之间却没有物质流。',
    en: 'Cells: existing flows / mass in t/a, from the row\'s cluster to the column\'s; "–" when none of the flows gives a quantity that converts to t/a (counted, not added); "·" no flow; "{{mark}}" complementary but unconnected: the row\'s cluster has to spare (or sends out of the park) what the column\'s cluster needs (or buys from outside), yet no flow joins them.',
  },
  clusterNoPairs: { zh: '没有互补但未连接的集群对。', en: 'No pair of clusters is complementary but unconnected.' },
  clusterPairs: {
    zh: '互补但未连接的集群对({{n}} 对):{{pairs}}。',
    en: 'Complementary but unconnected pairs ({{n}}): {{pairs}}.',
  },
  // evolutionText.ts (also the CLI, the evolution chart and the report through evolutionWord)
  evolution_title: { zh: '产业共生网络演化', en: 'Evolution of the network' },
  evolution_year: { zh: '年份', en: 'Year' },
  evolution_began: { zh: '新增交换', en: 'Began' },
  evolution_ended: { zh: '终止交换', en: 'Ended' },
  evolution_actors: { zh: '企业', en: 'Enterprises' },
  evolution_links: { zh: '链接', en: 'Links' },
  evolution_weakComponents: { zh: '弱连通分量', en: 'Weak components' },
  evolution_change: { zh: '变化', en: 'Change' },
  evolution_exchange: { zh: '交换', en: 'Exchange' },
  // evolutionChangeRows, describeEvolutionFlow
  evolution_flow: {
    zh: '{{from}} → {{to}}:{{material}}{{status}}',
    en: '{{from}} → {{to}}: {{material}}{{status}}',
  },
  evolution_beganOne: { zh: '新增', en: 'began' },
  evolution_endedOne: { zh: '终止', en: 'ended' },
  evolution_yearValue: { zh: '{{year}} 年', en: '{{year}}' },
  evolution_none: {
    zh: '模型中的物质流都未注明年份,没有可显示的演化。',
    en: 'No flow in the model has a year: there is no evolution to show.',
  },
  evolution_undatedOne: {
    zh: '{{n}} 条物质流未注明任何年份,视为各年份都存在。',
    en: '{{n}} flow gives no year and is counted in every year.',
  },
  evolution_undated: {
    zh: '{{n}} 条物质流未注明任何年份,视为各年份都存在。',
    en: '{{n}} flows give no year and are counted in every year.',
  },
  evolution_endOnlyOne: {
    zh: '{{n}} 条物质流只注明终止年份,视为自始存在至终止。',
    en: '{{n}} flow gives only an end year and is counted from the start until it ends.',
  },
  evolution_endOnly: {
    zh: '{{n}} 条物质流只注明终止年份,视为自始存在至终止。',
    en: '{{n}} flows give only an end year and are counted from the start until they end.',
  },
  evolution_notEveryFlow: {
    zh: '指标按网络分析的口径计算:只计运营企业之间的现有物质流,不计园区边界流{{selfLoops}}。',
    en: 'Metrics follow the network analysis: existing flows between operating enterprises only, boundary flows left out{{selfLoops}}.',
  },
  evolution_selfLoopsOff: { zh: ',不计企业流向自身的物质流', en: ', and flows from an enterprise to itself left out' },
  evolution_selfLoopsOn: { zh: ',计入企业流向自身的物质流', en: ', flows from an enterprise to itself counted' },
  // evolutionSentences: English nouns agree with their counts, Chinese counts take their measure words
  evolution_countExchange: { zh: '{{n}} 条交换', en: '{{n}} exchange' },
  evolution_countExchanges: { zh: '{{n}} 条交换', en: '{{n}} exchanges' },
  evolution_countEnterprise: { zh: '{{n}} 家企业', en: '{{n}} enterprise' },
  evolution_countEnterprises: { zh: '{{n}} 家企业', en: '{{n}} enterprises' },
  evolution_countLink: { zh: '{{n}} 条链接', en: '{{n}} link' },
  evolution_countLinks: { zh: '{{n}} 条链接', en: '{{n}} links' },
  evolution_counts: { zh: '{{exchanges}}、{{actors}}、{{links}}', en: '{{exchanges}}, {{actors}} and {{links}}' },
  evolution_since: { zh: '{{first}} 年起,园区有 {{counts}}', en: 'From {{first}} the park had {{counts}}' },
  evolution_untilUp: { zh: ';至 {{last}} 年增至 {{counts}}。', en: '; by {{last}} this had grown to {{counts}}.' },
  evolution_untilDown: { zh: ';至 {{last}} 年减至 {{counts}}。', en: '; by {{last}} this had fallen to {{counts}}.' },
  evolution_untilSame: { zh: ';至 {{last}} 年为 {{counts}}。', en: '; in {{last}} it had {{counts}}.' },
  evolution_onlyYear: { zh: '。', en: '.' },
  evolution_changed: { zh: '{{metric}}由 {{from}} 变为 {{to}}', en: '{{metric}} went from {{from}} to {{to}}' },
  evolution_kept: { zh: '{{metric}}保持 {{to}}', en: '{{metric}} stayed at {{to}}' },
  evolution_metricChanges: {
    zh: '{{linkageDensity}},{{connectance}}。',
    en: '{{linkageDensity}}, {{connectance}}.',
  },
  evolution_peak: {
    zh: '交换最多的是 {{year}} 年({{exchanges}} 条)。',
    en: 'The most exchanges were in {{year}} ({{exchanges}}).',
  },
  evolution_noCycle: {
    zh: '各年份都没有循环,$t(glossary:cyclicity)为 0。',
    en: 'No year had a cycle: $t(glossary:cyclicity) 0 throughout.',
  },
  evolution_firstCycle: {
    zh: '{{year}} 年首次出现循环,$t(glossary:cyclicity)为 {{value}}',
    en: 'A cycle first appeared in {{year}}, with $t(glossary:cyclicity) {{value}}',
  },
  evolution_cycleGone: { zh: ',至 {{last}} 年已无循环。', en: '; by {{last}} no cycle was left.' },
  evolution_cycleNow: { zh: ';{{last}} 年为 {{value}}。', en: '; in {{last}} it was {{value}}.' },
  evolution_nested: {
    zh: '最高为 {{year}} 年的 {{value}}(嵌套循环)。',
    en: ' It peaked at {{value}} in {{year}} (nested cycles).',
  },
} as const satisfies Record<string, BilingualMessage>;
