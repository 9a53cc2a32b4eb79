/**
 * The reports' own words in both languages: section titles, column headers,
 * severity and score-part names. Finding-kind titles and KPI labels are not
 * here: they come from `analysis/presentation.ts`, shared with the CLI and
 * the app.
 */
import type { FindingSeverity } from '../analysis/finding.ts';
import type { TransitionState } from '../analysis/chainIntegrity.ts';
import type { BilingualMessage } from '../model/problems.ts';

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

export const SECTION_TITLES: Readonly<Record<ReportSectionId, BilingualMessage>> = {
  summary: { zh: '园区概况', en: 'Park summary' },
  kpis: { zh: '关键指标', en: 'Key figures' },
  findings: { zh: '分析发现', en: 'Findings' },
  chains: { zh: '产业链完整性', en: 'Chain integrity' },
  diagrams: { zh: '产业链图', en: 'Chain diagrams' },
  capacity: { zh: '处理与供应能力平衡', en: 'Capacity balance' },
  clusters: { zh: '集群间物质交换矩阵', en: 'Exchanges between clusters' },
  network: { zh: '网络结构与生态指标', en: 'Network structure and ecological metrics' },
  evolution: { zh: '产业共生网络演化', en: 'Evolution of the network' },
  resilience: { zh: '韧性:关停影响排名', en: 'Resilience: closure impact ranking' },
  projects: { zh: '补链项目排名', en: 'Gap-filling projects, ranked' },
};

export const SEVERITY_LABELS: Readonly<Record<FindingSeverity, BilingualMessage>> = {
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
  info: { zh: '提示', en: 'info' },
};

export const TRANSITION_STATE_LABELS: Readonly<Record<TransitionState, BilingualMessage>> = {
  broken: { zh: '断链', en: 'broken' },
  single: { zh: '单点', en: 'single performer' },
  'in-house': { zh: '厂内一体化', en: 'in-house' },
  ok: { zh: '完整', en: 'complete' },
};

/** Every other word a report prints, keyed by meaning. */
export const REPORT_TEXT = {
  reportTitle: { zh: '园区产业共生分析报告', en: 'Industrial symbiosis report' },
  contents: { zh: '目录', en: 'Contents' },
  generated: { zh: '生成日期', en: 'Generated' },
  dataSource: { zh: '数据来源', en: 'Data source' },
  referenceYear: { zh: '基准年', en: 'Reference year' },
  region: { zh: '地区', en: 'Region' },
  asOf: { zh: '园区状态', en: 'Park as of' },
  asOfValue: { zh: '截至 {year} 年', en: '{year}' },
  asOfSubtitle: { zh: '{title}(截至 {year} 年)', en: '{title} (as of {year})' },
  generator: { zh: '由 Symbiograph 产业共生图谱生成', en: 'Made with Symbiograph' },
  notComputed: { zh: '本报告未运行此项分析。', en: 'This analysis was not run for this report.' },
  none: { zh: '未发现。', en: 'Nothing found.' },
  noChains: { zh: '模型未定义产业链。', en: 'The model defines no chains.' },
  more: { zh: '另有 {n} 项未列出(见发现清单 XLSX/CSV)。', en: '{n} more not listed (see the findings XLSX/CSV).' },
  // Summary
  counts: { zh: '规模', en: 'Size' },
  clusters: { zh: '集群', en: 'Clusters' },
  enterprises: { zh: '企业', en: 'Enterprises' },
  materials: { zh: '物料', en: 'Materials' },
  flows: { zh: '物质流', en: 'Flows' },
  chainTemplates: { zh: '产业链', en: 'Chains' },
  count: { zh: '数量', en: 'Count' },
  status: { zh: '状态', en: 'Status' },
  scope: { zh: '去向', en: 'Scope' },
  category: { zh: '物料类别', en: 'Category' },
  cluster: { zh: '集群', en: 'Cluster' },
  massTa: { zh: '质量 t/a', en: 'Mass t/a' },
  volume: { zh: '体积 m³/a', en: 'Volume m³/a' },
  energy: { zh: '能量 GJ/a', en: 'Energy GJ/a' },
  sentFlows: { zh: '输出流数', en: 'Flows out' },
  sentMass: { zh: '输出 t/a', en: 'Out t/a' },
  receivedFlows: { zh: '输入流数', en: 'Flows in' },
  receivedMass: { zh: '输入 t/a', en: 'In t/a' },
  byStatus: { zh: '企业状态', en: 'Enterprises by status' },
  byScope: { zh: '物质流去向', en: 'Flows by scope' },
  byCategory: { zh: '按物料类别', en: 'Flows by material category' },
  byCluster: { zh: '按集群', en: 'Flows by cluster' },
  scopeInternal: { zh: '园区内交换', en: 'internal exchange' },
  scopeImports: { zh: '外购输入', en: 'imports' },
  scopeSales: { zh: '外售', en: 'sales out' },
  scopeDisposal: { zh: '处置', en: 'disposal' },
  // KPIs and metrics
  indicator: { zh: '指标', en: 'Indicator' },
  value: { zh: '数值', en: 'Value' },
  // Findings
  findingsIntro: { zh: '共 {n} 项发现,按类别列出,严重程度高者在前。', en: '{n} findings by kind, most severe first.' },
  severity: { zh: '严重程度', en: 'Severity' },
  finding: { zh: '说明', en: 'Finding' },
  quantity: { zh: '数量', en: 'Quantity' },
  id: { zh: '编号', en: 'Id' },
  // Chains
  chain: { zh: '产业链', en: 'Chain' },
  stage: { zh: '环节', en: 'Stage' },
  state: { zh: '状态', en: 'State' },
  performers: { zh: '运营企业', en: 'Performers' },
  planned: { zh: '规划/候选企业', en: 'Planned or candidate' },
  technologies: { zh: '可补链技术', en: 'Catalogue technologies' },
  chainsIntro: {
    zh: '{complete}/{total} 条产业链完整;{broken} 处断链,{single} 处单点环节。',
    en: '{complete} of {total} chains complete; {broken} broken links, {single} single-performer stages.',
  },
  diagramsNote: {
    zh: '每条产业链一张图,断链的产业链在前。',
    en: 'One diagram per chain template, broken chains first.',
  },
  diagramsMissing: { zh: '本报告未包含产业链图。', en: 'Chain diagrams are not included in this report.' },
  diagramsOmitted: {
    zh: '产业链图仅在写入文件时随报告一同输出(见 HTML 报告)。',
    en: 'Chain diagrams are written only alongside a report file (see the HTML report).',
  },
  // Capacity
  material: { zh: '物料', en: 'Material' },
  service: { zh: '类型', en: 'Service' },
  load: { zh: '实际负荷', en: 'Load' },
  generatedPerYear: { zh: '产生量/需求', en: 'Generated / needed' },
  unplaced: { zh: '外送处置/缺供', en: 'Disposed of / unsupplied' },
  rating: { zh: '能力口径', en: 'Capacity rating' },
  capacityIntro: {
    zh: '产生量为园区企业的申报产出(扣除厂内自用);外送处置为其中送园区外处置或去向不明的部分;实际负荷为处置利用企业接收的全部量(园区企业送来、外购、厂内自用),供应类为实际供出量;铭牌能力不等于可外供能力。',
    en: 'Generated is what park enterprises declare producing (less in-house use); disposed of is the part sent out for disposal or with no recorded destination; load is everything the plants take in (from park partners, bought in, in-house), for supplies what they deliver; a nameplate capacity is not a sellable one.',
  },
  capacity: { zh: '能力', en: 'Capacity' },
  utilisation: { zh: '负荷率', en: 'Load factor' },
  unit: { zh: '单位', en: 'Unit' },
  supply: { zh: '供应', en: 'supply' },
  treatment: { zh: '处置利用', en: 'treatment' },
  hazardous: { zh: '危险废物', en: 'hazardous' },
  // Network: words and metric names in analysis/network/explain.ts (glossary terms), shared with the CLI.
  excludedProjects: { zh: '不符合园区准入政策的项目({n} 项)', en: "Not admitted by the park's policy ({n})" },
  excludedBecause: { zh: '原因', en: 'Why' },
  // Evolution
  evolutionChart: {
    zh: '链接数、企业数与循环度(λmax)的年度变化',
    en: 'Links, enterprises and cyclicity (λmax) year by year',
  },
  evolutionChanges: { zh: '各年新增与终止的交换', en: 'Exchanges that began and ended, year by year' },
  evolutionChartOmitted: {
    zh: '演化图仅在写入文件时随报告一同输出(见 HTML 报告);下表给出相同的数据。',
    en: 'The evolution chart is written only alongside a report file (see the HTML report); the table below has the same figures.',
  },
  evolutionAsOf: {
    zh: '报告分析的是截至 {year} 年的园区;下表为此前的各年变化。',
    en: 'This report analyses the park as of {year}; the table shows the changes up to then.',
  },
  evolutionMore: { zh: '另有 {n} 项变化未列出。', en: '{n} more changes not listed.' },
  // Resilience
  rank: { zh: '排名', en: 'Rank' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  chainsBroken: { zh: '断链(条)', en: 'Chains broken' },
  dependants: { zh: '失去唯一链接的企业', en: 'Dependants' },
  closureScore: { zh: '影响得分', en: 'Impact score' },
  unmetDemand: { zh: '未满足需求', en: 'Unmet demand' },
  massRerouted: { zh: '改为外购或外送 t/a', en: 'Bought in or sent out instead t/a' },
  resilienceIntro: {
    zh: '逐一假设企业关停,按断链数、失去的唯一连接和改道物量排序(前 {n} 名,共 {total} 家)。',
    en: 'Each enterprise closed in turn, ranked by chains broken, sole links lost and mass rerouted (top {n} of {total}).',
  },
  // Projects
  project: { zh: '项目', en: 'Project' },
  score: { zh: '得分', en: 'Score' },
  part: { zh: '得分项', en: 'Score part' },
  raw: { zh: '原始值', en: 'Raw value' },
  scaled: { zh: '归一化', en: 'Scaled' },
  weight: { zh: '权重', en: 'Weight' },
  contribution: { zh: '贡献', en: 'Contribution' },
  technology: { zh: '技术编号', en: 'Technology' },
  scale: { zh: '规模', en: 'Scale' },
  subScale: { zh: '低于典型规模', en: 'below typical scale' },
  projectsIntro: {
    zh: '共 {total} 个候选项目,列出前 {n} 个。得分 = 各项按最优候选归一化(0–1)后加权求和。',
    en: '{total} candidate projects, the first {n} listed. Score = weighted sum of each part scaled 0–1 by the best candidate.',
  },
  noProjects: { zh: '没有候选项目。', en: 'No candidate projects.' },
} as const satisfies Record<string, BilingualMessage>;

export type ReportTextKey = keyof typeof REPORT_TEXT;
