/** The diagrams' own words, in both languages, keyed by meaning. Names come from the model. */
import type { Language } from '../model/types.ts';
import { interpolate } from '../model/interpolate.ts';

const TEXT = {
  chainTitle: { zh: '产业链图:{name}', en: 'Chain diagram: {name}' },
  chainComplete: { zh: '各环节均有运营企业', en: 'every stage has an operating performer' },
  chainGaps: {
    zh: '{broken} 处断链,{single} 个环节仅一家企业',
    en: '{broken} broken link(s), {single} stage(s) with a single performer',
  },
  withProject: { zh: '含补链项目:{name}', en: 'with proposed project: {name}' },
  materialTitle: { zh: '物料上下游:{name}', en: 'Upstream and downstream of {name}' },
  enterpriseTitle: { zh: '企业供需关系:{name}', en: 'Suppliers and customers of {name}' },
  depth: { zh: '深度 {depth}', en: 'depth {depth}' },
  allDepths: { zh: '全部上下游', en: 'all upstream and downstream' },
  missingStage: { zh: '缺失环节:{material}', en: 'missing stage: {material}' },
  columnSupply: { zh: '供给:{stage}', en: 'supply: {stage}' },
  columnStage: { zh: '环节 {n}:{from} → {to}', en: 'stage {n}: {from} → {to}' },
  columnOutlet: { zh: '去向:{stage}', en: 'outlets: {stage}' },
  singleBadge: { zh: '唯一', en: 'only one' },
  proposalBadge: { zh: '补链项目', en: 'proposal' },
  inHouse: { zh: '(企业内部)', en: ' (in-house)' },
  legendClusters: { zh: '集群', en: 'Clusters' },
  legendLinks: { zh: '连线', en: 'Links' },
  legendNodes: { zh: '图例', en: 'Key' },
  linkFocus: { zh: '该物料的物质流', en: 'flows of this material' },
  linkExisting: { zh: '现有物质流', en: 'existing flow' },
  linkPlanned: { zh: '规划/潜在物质流', en: 'planned or potential flow' },
  linkInHouse: { zh: '企业内部衔接', en: 'in-house step' },
  linkMissing: { zh: '缺失衔接', en: 'missing link' },
  linkProposal: { zh: '补链项目物质流', en: 'proposed project flow' },
  nodeBoundary: { zh: '园区边界', en: 'park boundary' },
  nodeMissing: { zh: '缺失环节(断链)', en: 'missing stage (broken link)' },
  nodeProposal: { zh: '补链项目(方案)', en: 'proposed project' },
  nodePartner: { zh: '供需方(不承担该环节)', en: 'supplier or customer outside the stage' },
  nodeSingle: { zh: '该环节唯一企业(宜强链)', en: 'single performer of its stage' },
  source: { zh: '数据来源:{sources}', en: 'Data source: {sources}' },
  sourceModelOnly: { zh: '园区模型 {park}', en: 'park model {park}' },
  estimatesNote: {
    zh: '标注为估算的数据见模型中的 basis',
    en: 'figures marked estimated state their basis in the model',
  },
  date: { zh: '日期:{date}', en: 'Date: {date}' },
  madeWith: { zh: 'Symbiograph 产业共生图谱', en: 'Symbiograph' },
  notesHeading: { zh: '说明', en: 'Notes' },
  noteBroken: {
    zh: '断链:园区内没有运营企业把{from}加工成{to}{fix}。',
    en: 'Broken link: no operating enterprise turns {from} into {to}{fix}.',
  },
  noteBrokenFix: { zh: '(工艺目录中有 {n} 项技术可补链)', en: ' ({n} catalogue technologies could fill it)' },
  noteProposal: {
    zh: '补链项目「{name}」按情景建设(规模 {scale}),以虚线表示。',
    en: 'Proposed project "{name}" built as a scenario (scale {scale}), drawn dashed.',
  },
  noteProposalFills: { zh: '补链项目填补了环节 {n}。', en: 'The proposed project fills stage {n}.' },
  noteNoFlows: {
    zh: '园区模型中没有{material}的物质流。',
    en: 'The park model has no flows of {material}.',
  },
  sankeyTitleEnterprise: { zh: '园区物质流桑基图(按企业)', en: 'Material flows of the park (by enterprise)' },
  sankeyTitleCluster: { zh: '园区物质流桑基图(按集群)', en: 'Material flows of the park (by cluster)' },
  sankeyUnit: { zh: '单位:吨/年(t/a)', en: 'unit: tonnes per year (t/a)' },
  sankeyCategories: { zh: '物料类别:{list}', en: 'categories: {list}' },
  sankeyStatuses: { zh: '物质流状态:{list}', en: 'flow status: {list}' },
  sankeyUnmeasured: {
    zh: '未计入 {n} 条未给出数量的物质流(结构性交换):桑基图的宽度即数量。',
    en: '{n} flow(s) left out because they give no quantity (structural exchanges): the widths of a sankey are quantities.',
  },
  sankeyUnconvertible: {
    zh: '未计入 {n} 条无法折算为质量(吨)的物质流:{materials}。',
    en: '{n} flow(s) left out because they cannot be converted to mass (t): {materials}.',
  },
  sankeyCycle: {
    zh: '为消除环路(桑基图无法绘制环路),未绘制 {from} → {to}({category},{quantity})。',
    en: 'Left out to break a cycle (a sankey cannot draw one): {from} → {to} ({category}, {quantity}).',
  },
  sankeyInside: {
    zh: '「{name}」内部的物质流未绘制({parts})。',
    en: 'Flows within {name} are not drawn ({parts}).',
  },
  sankeyEmpty: { zh: '没有符合条件的物质流。', en: 'No flows match.' },
  legendCategories: { zh: '物料类别', en: 'Material categories' },
} as const satisfies Record<string, Record<Language, string>>;

export type DiagramTextKey = keyof typeof TEXT;

export function diagramText(
  language: Language,
  key: DiagramTextKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return interpolate(TEXT[key][language], values);
}
