/** The app's texts for the analysis panel and the evolution view: i18next sections, each key's Chinese and English. */
import type { BilingualMessage } from '../../../core/text/language.ts';

export const ANALYSIS_TEXTS = {
  analysis: {
    title: { zh: '园区分析', en: 'Park analysis' },
    computing: { zh: '正在计算分析…', en: 'Computing the analysis…' },
    failed: { zh: '分析失败:{{message}}', en: 'The analysis failed: {{message}}' },
    kpis: { zh: '关键指标', en: 'Key figures' },
    findings: { zh: '发现(共 {{count}} 项)', en: 'Findings ({{count}})' },
    abridged: {
      zh: '园区规模较大,每类仅列出最严重的 {{perKind}} 项(共列出 {{shown}} 项,全部 {{count}} 项);导出的报告与 XLSX 包含全部发现。',
      en: 'A large park: each kind lists its {{perKind}} most severe findings ({{shown}} listed of {{count}}); the exported reports and XLSX hold them all.',
    },
    shownOf: { zh: '前 {{shown}} / 共 {{total}}', en: '{{shown}} of {{total}}' },
    clearHighlight: { zh: '取消高亮', en: 'Clear highlight' },
    showChain: { zh: '查看产业链图 →', en: 'Open the chain diagram →' },
    indicator: { zh: '指标', en: 'Indicator' },
    value: { zh: '数值', en: 'Value' },
    none: { zh: '未发现。', en: 'Nothing found.' },
    score: { zh: '得分', en: 'score' },
    resilienceCaption: { zh: '关停影响最大的企业(前 15 名)', en: 'Closures that would hurt most (top 15)' },
    chainsBroken: { zh: '断链(条)', en: 'Chains broken' },
    massRerouted: { zh: '改为外购或外送(t/a)', en: 'Bought in or sent out instead (t/a)' },
    showProject: { zh: '在网络中显示', en: 'Show in the network' },
    hideProject: { zh: '隐藏', en: 'Hide' },
    kpiChange: { zh: '建成后的指标变化', en: 'Key figures if built' },
    before: { zh: '现状', en: 'Now' },
    after: { zh: '建成后', en: 'If built' },
    flowChange: {
      zh: '物质流数量:新增规划流 {{added}} 条(图中虚线),减去被其替代的现有流 {{retired}} 条(图中 ×)',
      en: 'Flows: planned flows added {{added}} (dashed on the network), less existing flows they replace {{retired}} (× on the network)',
    },
    flowChangeAdded: {
      zh: '物质流数量:新增规划流 {{added}} 条(图中虚线)',
      en: 'Flows: planned flows added {{added}} (dashed on the network)',
    },
    dependants: { zh: '失去唯一链接的企业', en: 'Dependants' },
    closureScore: { zh: '影响得分', en: 'Impact score' },
    today: { zh: '$t(glossary:today)', en: '$t(glossary:today)' },
    withPlanned: { zh: '$t(glossary:withPlanned)', en: '$t(glossary:withPlanned)' },
    selfLoops: {
      zh: '计入企业流向自身的物质流(自环,enaR 与生态网络文献的惯例)',
      en: "Count flows from an enterprise to itself (self-loops, enaR's convention)",
    },
    selfLoopsHint: {
      zh: '默认不计:企业内部的回用不是企业之间的交换',
      en: 'Off by default: reuse inside one plant is not an exchange between enterprises',
    },
    excludedTitle: { zh: '不符合园区准入政策的项目({{count}})', en: "Not admitted by the park's policy ({{count}})" },
    scoreParts: { zh: '得分构成', en: 'Score parts' },
  },
  evolution: {
    title: { zh: '产业共生网络演化', en: 'Evolution of the network' },
    slider: { zh: '年份', en: 'Year' },
    allYears: { zh: '全部年份', en: 'All years' },
    asOf: { zh: '截至 {{year}} 年', en: 'As of {{year}}' },
    shown: {
      zh: '图中 {{enterprises}} 家企业、{{flows}} 条交换',
      en: 'drawn: {{enterprises}} enterprises, {{flows}} exchanges',
    },
    previous: { zh: '上一个年份', en: 'Previous year' },
    next: { zh: '下一个年份', en: 'Next year' },
    play: { zh: '▶ 播放', en: '▶ Play' },
    pause: { zh: '⏸ 暂停', en: '⏸ Pause' },
    viewOnly: {
      zh: '只改变网络图的显示:模型、撤销历史、分析和报告仍针对全部年份。',
      en: 'Changes the drawing only: the model, its undo history, the analysis and reports cover all years.',
    },
    computing: { zh: '正在计算各年份的指标…', en: 'Computing the metrics year by year…' },
    failed: { zh: '演化计算失败:{{message}}', en: 'The evolution could not be computed: {{message}}' },
    chartLabel: {
      zh: '链接数、企业数与循环度(λmax)的年度变化',
      en: 'Links, enterprises and cyclicity (λmax) year by year',
    },
    chartHint: {
      zh: '点击图中的年份,显示截至该年的网络',
      en: 'Click a year on the chart to show the network as of that year',
    },
    sameAs: {
      zh: '园区与 {{year}} 年相同:此后直到所选年份没有变化。',
      en: 'The park is as it was in {{year}}: nothing changed between then and the year chosen.',
    },
    began: { zh: '{{year}} 年新增的交换({{count}})', en: 'Began in {{year}} ({{count}})' },
    ended: { zh: '{{year}} 年终止的交换({{count}})', en: 'Ended in {{year}} ({{count}})' },
  },
} as const satisfies Record<string, Readonly<Record<string, BilingualMessage>>>;
