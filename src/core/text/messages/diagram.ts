/**
 * Namespace `diagram`: chain, material and enterprise diagrams, sankeys and
 * the evolution chart, in both languages. Names come from the model.
 */
import type { BilingualMessage } from '../language.ts';

export const DIAGRAM_MESSAGES = {
  // chainSelection.ts: a chain diagram's title, subtitle, columns and notes
  chainTitle: { zh: '$t(glossary:industrialChain)图:{{name}}', en: 'Chain diagram: {{name}}' },
  chainComplete: { zh: '各环节均有运营企业', en: 'every stage has an operating performer' },
  chainGaps: {
    zh: '{{broken}} 处$t(glossary:brokenLink),{{single}} 个环节仅一家企业',
    en: '{{broken}} $t(glossary:brokenLink)(s), {{single}} stage(s) with a single performer',
  },
  chainSubtitleWithProject: {
    zh: '{{status}};含$t(glossary:gapFillingProject):{{name}}',
    en: '{{status}}; with proposed project: {{name}}',
  },
  missingStage: { zh: '缺失环节:{{material}}', en: 'missing stage: {{material}}' },
  columnSupply: { zh: '供给:{{stage}}', en: 'supply: {{stage}}' },
  columnStage: { zh: '环节 {{n}}:{{from}} → {{to}}', en: 'stage {{n}}: {{from}} → {{to}}' },
  columnOutlet: { zh: '去向:{{stage}}', en: 'outlets: {{stage}}' },
  inHouse: { zh: '(企业内部)', en: ' (in-house)' },
  noteBroken: {
    zh: '$t(glossary:brokenLink):园区内没有运营企业把{{from}}加工成{{to}}{{fix}}。',
    en: 'Broken link: no operating enterprise turns {{from}} into {{to}}{{fix}}.',
  },
  noteBrokenFix: {
    zh: '(工艺目录中有 {{n}} 项技术可$t(glossary:gapFilling))',
    en: ' ({{n}} catalogue technologies could fill it)',
  },
  noteProposalFills: {
    zh: '$t(glossary:gapFillingProject)填补了环节 {{n}}。',
    en: 'The proposed project fills stage {{n}}.',
  },

  // neighbourhoodSelection.ts: material and enterprise diagrams
  materialTitle: { zh: '物料上下游:{{name}}', en: 'Upstream and downstream of {{name}}' },
  enterpriseTitle: { zh: '企业供需关系:{{name}}', en: 'Suppliers and customers of {{name}}' },
  depth: { zh: '深度 {{depth}}', en: 'depth {{depth}}' },
  allDepths: { zh: '全部上下游', en: 'all upstream and downstream' },
  noteNoFlows: {
    zh: '园区模型中没有{{material}}的$t(glossary:materialFlow)。',
    en: 'The park model has no flows of {{material}}.',
  },
  badDepth: {
    zh: '深度须为不小于 1 的整数(得到 {{depth}})',
    en: 'depth must be a whole number of at least 1 (got {{depth}})',
  },

  // selectionSetup.ts: an id the model does not have (a family by kind), the proposal's note
  unknown_chain: {
    zh: '模型中没有$t(glossary:industrialChain) {{id}};可用:{{known}}',
    en: 'no chain {{id}} in the model; known: {{known}}',
  },
  unknown_material: {
    zh: '模型中没有物料 {{id}};可用:{{known}}',
    en: 'no material {{id}} in the model; known: {{known}}',
  },
  unknown_enterprise: {
    zh: '模型中没有企业 {{id}};可用:{{known}}',
    en: 'no enterprise {{id}} in the model; known: {{known}}',
  },
  noteProposal: {
    zh: '$t(glossary:gapFillingProject)「{{name}}」按情景建设(规模 {{scale}}),以虚线表示。',
    en: 'Proposed project "{{name}}" built as a scenario (scale {{scale}}), drawn dashed.',
  },

  // projectOverlay.ts: a project that cannot be drawn
  unknownTechnology: { zh: '工艺目录中没有技术 {{id}}', en: 'no technology {{id}} in the catalogue' },
  unknownTechnologyKnown: {
    zh: '工艺目录中没有技术 {{id}};可用:{{known}}',
    en: 'no technology {{id}} in the catalogue; known: {{known}}',
  },
  projectNotApplicable: {
    zh: '技术 {{id}} 无法在本园区按情景建设:{{reason}}',
    en: 'technology {{id}} cannot be built as a scenario in this park: {{reason}}',
  },
  projectFailed: { zh: '无法按情景建设 {{id}}:{{reason}}', en: 'cannot build {{id}} as a scenario: {{reason}}' },

  // chainDrawing.ts: badges on the boxes
  singleBadge: { zh: '唯一', en: 'only one' },
  proposalBadge: { zh: '$t(glossary:gapFillingProject)', en: 'proposal' },

  // chainStyles.ts and sankeySvg.ts: legends
  legendClusters: { zh: '集群', en: 'Clusters' },
  legendLinks: { zh: '连线', en: 'Links' },
  legendNodes: { zh: '图例', en: 'Key' },
  legendCategories: { zh: '物料类别', en: 'Material categories' },
  linkFocus: { zh: '该物料的$t(glossary:materialFlow)', en: 'flows of this material' },
  linkExisting: { zh: '现有$t(glossary:materialFlow)', en: 'existing flow' },
  linkPlanned: { zh: '规划/潜在$t(glossary:materialFlow)', en: 'planned or potential flow' },
  linkInHouse: { zh: '企业内部衔接', en: 'in-house step' },
  linkMissing: { zh: '缺失衔接', en: 'missing link' },
  linkProposal: { zh: '$t(glossary:gapFillingProject)$t(glossary:materialFlow)', en: 'proposed project flow' },
  nodeBoundary: { zh: '园区边界', en: 'park boundary' },
  nodeMissing: { zh: '缺失环节($t(glossary:brokenLink))', en: 'missing stage ($t(glossary:brokenLink))' },
  nodeProposal: { zh: '$t(glossary:gapFillingProject)(方案)', en: 'proposed project' },
  nodePartner: { zh: '供需方(不承担该环节)', en: 'supplier or customer outside the stage' },
  nodeSingle: { zh: '该环节唯一企业(宜$t(glossary:chainStrengthening))', en: 'single performer of its stage' },

  // diagramBuilder.ts and frame.ts: source line and footer
  source: {
    zh: '数据来源:{{sources}};标注为估算的数据见模型中的 basis',
    en: 'Data source: {{sources}}; figures marked estimated state their basis in the model',
  },
  sourceModelOnly: { zh: '园区模型 {{park}}', en: 'park model {{park}}' },
  date: { zh: '日期:{{date}}', en: 'Date: {{date}}' },
  madeWith: { zh: 'Symbiograph 产业共生图谱', en: 'Symbiograph' },
  notesHeading: { zh: '说明', en: 'Notes' },

  // sankeyText.ts: the sankey's title, subtitle and notes
  sankeyTitleEnterprise: {
    zh: '园区$t(glossary:materialFlow)桑基图(按企业)',
    en: 'Material flows of the park (by enterprise)',
  },
  sankeyTitleCluster: {
    zh: '园区$t(glossary:materialFlow)桑基图(按集群)',
    en: 'Material flows of the park (by cluster)',
  },
  sankeyUnit: { zh: '单位:吨/年(t/a)', en: 'unit: tonnes per year (t/a)' },
  sankeyCategories: { zh: '物料类别:{{list}}', en: 'categories: {{list}}' },
  sankeyStatuses: { zh: '$t(glossary:materialFlow)状态:{{list}}', en: 'flow status: {{list}}' },
  sankeyUnmeasured: {
    zh: '未计入 {{n}} 条未给出数量的$t(glossary:materialFlow)(结构性交换):桑基图的宽度即数量。',
    en: '{{n}} flow(s) left out because they give no quantity (structural exchanges): the widths of a sankey are quantities.',
  },
  sankeyUnconvertible: {
    zh: '未计入 {{n}} 条无法折算为质量(吨)的$t(glossary:materialFlow):{{materials}}。',
    en: '{{n}} flow(s) left out because they cannot be converted to mass (t): {{materials}}.',
  },
  sankeyCycle: {
    zh: '为消除环路(桑基图无法绘制环路),未绘制 {{from}} → {{to}}({{category}},{{quantity}})。',
    en: 'Left out to break a cycle (a sankey cannot draw one): {{from}} → {{to}} ({{category}}, {{quantity}}).',
  },
  sankeyInside: {
    zh: '「{{name}}」内部的$t(glossary:materialFlow)未绘制({{parts}})。',
    en: 'Flows within {{name}} are not drawn ({{parts}}).',
  },
  sankeyEmpty: { zh: '没有符合条件的$t(glossary:materialFlow)。', en: 'No flows match.' },

  // evolutionChart.ts: the legend's cyclicity, a year's tooltip, the chart's description
  evolutionLegendCyclicity: { zh: '$t(glossary:cyclicity)', en: 'Cyclicity (λmax)' },
  evolutionYearTooltip: {
    zh: '{{year}} 年:新增 {{began}},终止 {{ended}};企业 {{actors}},链接 {{links}},$t(glossary:linkageDensity) {{density}},$t(glossary:connectance) {{connectance}},循环度 {{cyclicity}}',
    en: '{{year}}: {{began}} began, {{ended}} ended; {{actors}} enterprises, {{links}} links, $t(glossary:linkageDensity) {{density}}, $t(glossary:connectance) {{connectance}}, cyclicity {{cyclicity}}',
  },
  evolutionDescription: {
    zh: '{{first}}–{{last}} 年各年份的链接数、企业数和$t(glossary:cyclicity),共 {{n}} 个变化年份。',
    en: 'Links, enterprises and $t(glossary:cyclicity) from {{first}} to {{last}}, over {{n}} change years.',
  },
} as const satisfies Record<string, BilingualMessage>;
