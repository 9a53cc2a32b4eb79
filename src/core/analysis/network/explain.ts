/**
 * The network report in words, for the CLI and the reports alike: the
 * metric table (every category beside the flows in the report's unit), the
 * other network figures, and sentences that say which flows each metric
 * read, which it left out and why, and what the recycling loops run through.
 * Metric names come from the glossary (text/glossary.ts): one term per
 * concept (芬恩循环指数, 系统总通量, 循环度(λmax), 连接度, 连接密度,
 * 供给方/接收方, 关键节点企业 …). Values arrive formatted; nothing is escaped.
 */
import { CATEGORY_LABELS, ENTERPRISE_STATUS_LABELS, FLOW_STATUS_LABELS } from '../../model/labels.ts';
import { ENTERPRISE_STATUSES, FLOW_STATUSES } from '../../model/schema.ts';
import type { Language } from '../../model/types.ts';
import { term } from '../../text/glossary.ts';
import type { ActorNetworkOptions, FlowExclusion } from './actors.ts';
import type { MetricCoverage } from './coverage.ts';
import type { NetworkReport } from './report.ts';

/** Display names for the ids the report holds. */
export interface NetworkNames {
  enterprise(id: string): string;
  material(id: string): string;
}

export interface ExplainedTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly align: readonly ('left' | 'right')[];
}

type Words = Readonly<Record<Language, string>>;

const WORDS = {
  metric: { zh: '指标', en: 'metric' },
  value: { zh: '数值', en: 'value' },
  allFlows: { zh: '全部类别物质流', en: 'all flow categories' },
  inUnit: { zh: '仅 {unit} 物质流', en: '{unit} flows only' },
  notApplicable: { zh: '不适用', en: 'n/a' },
  actorsLinks: { zh: '企业数 N / 链接数 L', en: 'enterprises N / links L' },
  perReceiver: {
    zh: '接收方平均供给方数 / 供给方平均接收方数',
    en: 'providers per receiver / receivers per provider',
  },
  loops: { zh: '循环回路', en: 'recycling loops' },
  averagePathLength: { zh: '平均路径长度', en: 'average path length' },
  components: { zh: '强 / 弱连通分量', en: 'strong / weak components' },
  communities: { zh: '社区(Louvain)/ 与集群的 NMI', en: 'communities (Louvain) / NMI with clusters' },
  keystones: { zh: '{keystone}(介数)', en: '{keystone}s (betweenness)' },
  articulation: { zh: '{term}', en: '{term}s' },
  bridges: { zh: '桥(唯一连接)', en: 'bridges (sole connections)' },
  list: { zh: '、', en: ', ' },
  groupSeparator: { zh: ';', en: '; ' },
} as const satisfies Record<string, Words>;

/** Why flows were left out, as a reader would say it. */
const REASONS: Readonly<Record<FlowExclusion, Words>> = {
  status: { zh: '物质流状态为{statuses}', en: 'flow status {statuses}' },
  category: { zh: '物料类别未选入', en: 'category not selected' },
  actor: { zh: '一端企业状态为{statuses}', en: 'an end is an enterprise with status {statuses}' },
  boundary: { zh: '园区边界流', en: 'boundary flows' },
  selfLoop: { zh: '自环,即企业流向自身,默认不计', en: 'self-loops, an enterprise to itself, off by default' },
  quantity: { zh: '未给出数量,即结构性交换', en: 'no quantity given: structural exchanges' },
  unit: { zh: '单位不可换算为 {unit}', en: 'unit not convertible to {unit}' },
};

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Number formats of one language, built once per call site. */
export function networkNumberFormat(language: Language) {
  const locale = language === 'zh' ? 'zh-CN' : 'en-US';
  const formats = new Map<number, Intl.NumberFormat>();
  const format = (digits: number) => {
    let f = formats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      formats.set(digits, f);
    }
    return f;
  };
  const missing = (x: number | null | undefined): x is null | undefined =>
    x === null || x === undefined || !Number.isFinite(x);
  return {
    integer: (x: number | null | undefined) => (missing(x) ? '–' : format(0).format(x)),
    decimal: (x: number | null | undefined, digits = 3) => (missing(x) ? '–' : format(digits).format(x)),
  };
}

/**
 * The metrics over every flow category beside the same metrics over the
 * flows in the report's unit; the flow-based metrics exist in that unit only.
 */
export function networkMetricTable(report: NetworkReport, language: Language): ExplainedTable {
  const w = (key: keyof typeof WORDS) => WORDS[key][language];
  const { integer, decimal } = networkNumberFormat(language);
  const unit = report.unit;
  const na = w('notApplicable');
  const all = report.structure;
  const mass = report.commensurable.structure;
  const loops = (c: NetworkReport['cycles']) => `${integer(c.cycles.length)}${c.truncated ? '+' : ''}`;
  const both = (f: (s: typeof all) => string): [string, string] => [f(all), f(mass)];
  const rows: string[][] = [
    [w('actorsLinks'), ...both((s) => `${integer(s.actors)} / ${integer(s.links)}`)],
    [`${term('linkageDensity', language)} L/N`, ...both((s) => decimal(s.linkageDensity))],
    [`${term('connectance', language)} L/N²`, ...both((s) => decimal(s.connectance))],
    [
      `${term('providers', language)} / ${term('receivers', language)}`,
      ...both((s) => `${integer(s.prey)} / ${integer(s.predators)}`),
    ],
    [w('perReceiver'), ...both((s) => `${decimal(s.generalisation)} / ${decimal(s.vulnerability)}`)],
    [term('cyclicity', language), ...both((s) => decimal(s.cyclicity.value))],
    [w('loops'), loops(report.cycles), loops(report.commensurable.cycles)],
    [term('finnCyclingIndex', language), na, decimal(report.flows.finnCyclingIndex, 4)],
    [
      term('totalSystemThroughflow', language),
      na,
      // No flow entered: the throughflow is unknown, not a measured zero.
      report.flows.includedFlows === 0 ? '–' : `${integer(report.flows.totalSystemThroughflow)} ${report.flows.unit}`,
    ],
    [w('averagePathLength'), na, decimal(report.flows.averagePathLength)],
  ];
  return {
    headers: [w('metric'), w('allFlows'), fill(w('inUnit'), { unit })],
    rows,
    align: ['left', 'right', 'right'],
  };
}

/** The other network figures (over every flow category, as the structural metrics). */
export function networkFigureRows(report: NetworkReport, language: Language): [string, string][] {
  const w = (key: keyof typeof WORDS) => WORDS[key][language];
  const { integer, decimal } = networkNumberFormat(language);
  const rate = report.reuse.rate;
  return [
    [w('components'), `${integer(report.strongComponents.count)} / ${integer(report.weakComponents.count)}`],
    [w('communities'), `${integer(report.communities.communities.length)} / ${decimal(report.communities.nmi)}`],
    [term('internalReuseRate', language), rate === null ? '–' : `${decimal(rate * 100, 1)}%`],
  ];
}

/** Keystones (betweenness), articulation points and bridges, with enterprise names; empty lists say so. */
export function networkEnterpriseRows(
  report: NetworkReport,
  language: Language,
  names: NetworkNames,
): [string, string][] {
  const w = (key: keyof typeof WORDS) => WORDS[key][language];
  const list = (items: readonly string[]) => (items.length === 0 ? '–' : items.join(w('list')));
  return [
    [
      fill(w('keystones'), { keystone: term('keystone', language) }),
      list(report.centrality.keystones.map(names.enterprise)),
    ],
    [
      fill(w('articulation'), { term: term('articulationPoint', language) }),
      list(report.articulation.articulationPoints.map((p) => names.enterprise(p.id))),
    ],
    [
      w('bridges'),
      list(report.articulation.bridges.map(([a, b]) => `${names.enterprise(a)} – ${names.enterprise(b)}`)),
    ],
  ];
}

/** The statuses a metric does not count, as the reason sentences name them. */
function reasonValues(
  options: ActorNetworkOptions,
  unit: string,
  language: Language,
): Record<FlowExclusion, Record<string, string>> {
  const or = language === 'zh' ? '或' : ' or ';
  const flows = FLOW_STATUSES.filter((s) => !options.flowStatuses.includes(s)).map(
    (s) => FLOW_STATUS_LABELS[s][language],
  );
  const actors = ENTERPRISE_STATUSES.filter((s) => !options.enterpriseStatuses.includes(s)).map(
    (s) => ENTERPRISE_STATUS_LABELS[s][language],
  );
  return {
    status: { statuses: flows.join(or) },
    category: {},
    actor: { statuses: actors.join(or) },
    boundary: {},
    selfLoop: {},
    quantity: {},
    unit: { unit },
  };
}

/** "能源 26 条、水 37 条(单位不可换算为 t/a);副产品 1 条(物质流状态为规划或潜在)". */
function excludedClause(
  coverage: MetricCoverage,
  values: Record<FlowExclusion, Record<string, string>>,
  language: Language,
): string {
  const zh = language === 'zh';
  const groups: string[] = [];
  for (const reason of new Set(coverage.excluded.map((g) => g.reason))) {
    const parts = coverage.excluded
      .filter((g) => g.reason === reason)
      .map((g) =>
        zh ? `${CATEGORY_LABELS[g.category].zh} ${g.flows} 条` : `${CATEGORY_LABELS[g.category].en} ${g.flows}`,
      );
    const why = fill(REASONS[reason][language], values[reason]);
    groups.push(`${parts.join(WORDS.list[language])}${zh ? `(${why})` : ` (${why})`}`);
  }
  return groups.join(WORDS.groupSeparator[language]);
}

function includedClause(coverage: MetricCoverage, language: Language): string {
  const zh = language === 'zh';
  const parts = coverage.includedByCategory.map((c) =>
    zh ? `${CATEGORY_LABELS[c.category].zh} ${c.flows}` : `${CATEGORY_LABELS[c.category].en} ${c.flows}`,
  );
  return parts.length === 0 ? '' : zh ? `(${parts.join('、')})` : ` (${parts.join(', ')})`;
}

/**
 * Which flows each family of metrics read: the structural metrics every
 * category between enterprises, the flow-based ones only flows in the unit.
 */
export function coverageSentences(report: NetworkReport, language: Language): string[] {
  const zh = language === 'zh';
  const { structural, flow, unit } = report.coverage;
  const t = (key: Parameters<typeof term>[0]) => term(key, language);
  const structuralNames = zh
    ? `${t('cyclicity')}、${t('connectance')}、${t('linkageDensity')}、${t('providers')}/${t('receivers')}与循环回路`
    : `${t('cyclicity')}, ${t('connectance')}, ${t('linkageDensity')}, ${t('providers')}/${t('receivers')} and recycling loops`;
  const flowNames = zh
    ? `${t('finnCyclingIndex')}、${t('totalSystemThroughflow')}与平均路径长度`
    : `The ${t('finnCyclingIndex')}, ${t('totalSystemThroughflow')} and average path length`;
  const values = reasonValues(report.network.options, unit, language);
  const left = (coverage: MetricCoverage) => {
    const clause = excludedClause(coverage, values, language);
    if (clause === '') return zh ? ',无未计入的物质流' : '; no flow left out';
    return zh ? `;未计入 ${clause}` : `; left out: ${clause}`;
  };
  const sentences = [
    zh
      ? `${structuralNames}计入园区内企业之间各类别的物质流:计入 ${structural.included} 条${includedClause(structural, language)}${left(structural)}。`
      : `${structuralNames.charAt(0).toUpperCase()}${structuralNames.slice(1)} count flows of every category between enterprises in the park: ${structural.included} flows in${includedClause(structural, language)}${left(structural)}.`,
    zh
      ? `${flowNames}只计可换算为 ${unit} 的物质流(含园区边界的输入、外售与处置):计入 ${flow.included} 条${includedClause(flow, language)}${left(flow)}。不同单位的物质流不能相加,这些指标只有 ${unit} 一列。`
      : `${flowNames} count only flows in ${unit} (boundary imports, sales and disposal included): ${flow.included} flows in${includedClause(flow, language)}${left(flow)}. Flows in different units cannot be added, so these metrics exist in ${unit} only.`,
  ];
  if (report.coverage.includeSelfLoops)
    sentences.push(
      zh
        ? '自环(企业流向自身的物质流)按 enaR 与生态网络文献的惯例计入结构指标与流量指标;内部循环利用率与 3-2 判据不计自环。'
        : 'Self-loops (flows from an enterprise to itself) count in the structural and flow-based metrics, as in enaR and the ecosystem-network literature; the internal reuse rate and the 3-2 test never count them.',
    );
  return sentences;
}

/** What the recycling loops run through, and whether the flow-based metrics can see them. */
export function cycleSentences(report: NetworkReport, language: Language, names: NetworkNames): string[] {
  const zh = language === 'zh';
  const c = report.cycleComposition;
  if (report.cycles.cycles.length === 0) return [zh ? '网络中没有循环回路。' : 'The network has no recycling loop.'];
  if (c.cycles === 0)
    return [zh ? '循环回路太长,未统计其构成。' : 'The recycling loops are too long to describe what they run through.'];
  const { unit } = c;
  const category = (id: keyof typeof CATEGORY_LABELS) => CATEGORY_LABELS[id][language];
  const listed = c.truncated
    ? zh
      ? `前 ${c.cycles} 条循环回路(回路太多或太长,只统计这些)`
      : `The first ${c.cycles} recycling loops (there are more or longer ones; only these are counted)`
    : zh
      ? `${c.cycles} 条循环回路`
      : `The ${c.cycles} recycling loops`;
  const categories = c.categories
    .map((k) =>
      zh
        ? `${category(k.category)} ${k.cycles} 条${k.essential === k.cycles ? `(都离不开${category(k.category)})` : k.essential > 0 ? `(其中 ${k.essential} 条离不开${category(k.category)})` : ''}`
        : `${category(k.category)} on ${k.cycles}${k.essential === k.cycles ? ' (all need it)' : k.essential > 0 ? ` (${k.essential} need it)` : ''}`,
    )
    .join(WORDS.list[language]);
  const sentences = [
    zh
      ? `${listed}经过的物料类别:${categories};其中全程由 ${unit} 物质流构成的有 ${c.commensurable} 条。`
      : `${listed} run through: ${categories}; ${c.commensurable} of them carry ${unit} flows all the way round.`,
  ];
  const actors = c.actors.map((a) =>
    zh ? `${names.enterprise(a.id)}(${a.cycles} 条)` : `${names.enterprise(a.id)} (${a.cycles})`,
  );
  const materials = c.materials.map((m) =>
    zh ? `${names.material(m.material)}(${m.cycles} 条)` : `${names.material(m.material)} (${m.cycles})`,
  );
  sentences.push(
    zh
      ? `经过回路最多的企业:${actors.join('、')};回路上最常见的物料:${materials.join('、')}。`
      : `Enterprises on the most loops: ${actors.join(', ')}; materials on the most loops: ${materials.join(', ')}.`,
  );
  const massLoops = report.commensurable.cycles.cycles.length;
  if (massLoops === 0)
    sentences.push(
      zh
        ? `每条循环回路都要经过不可换算为 ${unit} 的物质流:只计 ${unit} 物质流的网络没有循环回路${report.flows.finnCyclingIndex === 0 ? `,${term('finnCyclingIndex', language)}因此为 0` : ''}。`
        : `Every recycling loop needs a flow that does not convert to ${unit}: the network of ${unit} flows has no loop${report.flows.finnCyclingIndex === 0 ? `, which is why the ${term('finnCyclingIndex', language)} is 0` : ''}.`,
    );
  return sentences;
}
