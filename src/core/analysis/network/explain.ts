/**
 * The network report in words, for the CLI and the reports alike: the
 * metric table (every category beside the flows in the report's unit), the
 * other network figures, and sentences that say which flows each metric
 * read, which it left out and why, and what the recycling loops run through.
 * Metric names come from the glossary (text/glossary.ts): one term per
 * concept (芬恩循环指数, 系统总通量, 循环度(λmax), 连接度, 连接密度,
 * 供给方/接收方, 关键节点企业 …), nested in the message catalogue's
 * `network:` sentences. Values arrive formatted; nothing is escaped.
 */
import { CATEGORY_LABELS, ENTERPRISE_STATUS_LABELS, FLOW_STATUS_LABELS } from '../../model/labels.ts';
import { ENTERPRISE_STATUSES, FLOW_STATUSES } from '../../model/schema.ts';
import type { Language } from '../../model/types.ts';
import { term } from '../../text/glossary.ts';
import { message, type KeyOf } from '../../text/message.ts';
import { numberLocale } from '../text.ts';
import { listNames } from '../../text/lists.ts';
import type { ActorNetworkOptions, FlowExclusion } from './actors.ts';
import type { MetricCoverage } from './coverage.ts';
import type { NetworkReport } from './report.ts';
import { cycleCount } from './cycles.ts';

/** Display names for the ids the report holds. */
export interface NetworkNames {
  enterprise(id: string): string;
  material(id: string): string;
}

/** The words of the network tables: the catalogue's `network:table_…`. */
type NetworkWord = KeyOf<'network'> extends infer K ? (K extends `table_${infer W}` ? W : never) : never;

export interface ExplainedTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly align: readonly ('left' | 'right')[];
}

/** Number formats of one language, built once per call site. */
export function networkNumberFormat(language: Language) {
  const locale = numberLocale(language);
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
  const w = (key: NetworkWord) => message(language, `network:table_${key}`);
  const { integer, decimal } = networkNumberFormat(language);
  const unit = report.unit;
  const na = w('notApplicable');
  const all = report.structure;
  const mass = report.commensurable.structure;
  const loops = (c: NetworkReport['cycles']) => `${integer(cycleCount(c))}${c.truncated ? '+' : ''}`;
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
    headers: [w('metric'), w('allFlows'), message(language, 'network:table_inUnit', { unit })],
    rows,
    align: ['left', 'right', 'right'],
  };
}

/** The other network figures (over every flow category, as the structural metrics). */
export function networkFigureRows(report: NetworkReport, language: Language): [string, string][] {
  const w = (key: NetworkWord) => message(language, `network:table_${key}`);
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
  const w = (key: NetworkWord) => message(language, `network:table_${key}`);
  const list = (items: readonly string[]) => (items.length === 0 ? '–' : listNames(items, language));
  return [
    [w('keystones'), list(report.centrality.keystones.map(names.enterprise))],
    [w('articulation'), list(report.articulation.articulationPoints.map((p) => names.enterprise(p.id)))],
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
  const or = message(language, 'network:orSeparator');
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
  const groups: string[] = [];
  for (const reason of new Set(coverage.excluded.map((g) => g.reason))) {
    const parts = coverage.excluded
      .filter((g) => g.reason === reason)
      .map((g) =>
        message(language, 'network:categoryExcluded', { category: CATEGORY_LABELS[g.category][language], n: g.flows }),
      );
    const why = message(language, `network:excluded_${reason}`, values[reason]);
    groups.push(listNames(parts, language) + message(language, 'common:parenthetical', { text: why }));
  }
  return groups.join(message(language, 'common:groupSeparator'));
}

function includedClause(coverage: MetricCoverage, language: Language): string {
  const parts = coverage.includedByCategory.map((c) => `${CATEGORY_LABELS[c.category][language]} ${c.flows}`);
  return parts.length === 0 ? '' : message(language, 'common:parenthetical', { text: listNames(parts, language) });
}

/**
 * Which flows each family of metrics read: the structural metrics every
 * category between enterprises, the flow-based ones only flows in the unit.
 */
export function coverageSentences(report: NetworkReport, language: Language): string[] {
  const { structural, flow, unit } = report.coverage;
  const values = reasonValues(report.network.options, unit, language);
  const left = (coverage: MetricCoverage) => {
    const clause = excludedClause(coverage, values, language);
    return clause === ''
      ? message(language, 'network:noneLeftOut')
      : message(language, 'network:leftOut', { excluded: clause });
  };
  const sentences = [
    capitalised(
      message(language, 'network:coverageStructural', {
        n: structural.included,
        included: includedClause(structural, language),
        left: left(structural),
      }),
    ),
    message(language, 'network:coverageFlow', {
      unit,
      n: flow.included,
      included: includedClause(flow, language),
      left: left(flow),
    }),
  ];
  if (report.coverage.includeSelfLoops) sentences.push(message(language, 'network:coverageSelfLoops'));
  return sentences;
}

/** What the recycling loops run through, and whether the flow-based metrics can see them. */
export function cycleSentences(report: NetworkReport, language: Language, names: NetworkNames): string[] {
  const c = report.cycleComposition;
  if (report.cycles.cycles.length === 0) return [message(language, 'network:noLoops')];
  if (c.cycles === 0) return [message(language, 'network:loopsTooLong')];
  const { unit } = c;
  const category = (id: keyof typeof CATEGORY_LABELS) => CATEGORY_LABELS[id][language];
  const categories = c.categories.map((k) =>
    message(
      language,
      k.essential === k.cycles
        ? 'network:loopCategoryAll'
        : k.essential > 0
          ? 'network:loopCategorySome'
          : 'network:loopCategory',
      { category: category(k.category), n: k.cycles, essential: k.essential },
    ),
  );
  const count = (name: string, n: number) => message(language, 'network:loopCount', { name, n });
  const sentences = [
    message(language, 'network:loopsRunThrough', {
      loops: message(language, c.truncated ? 'network:loopsFirst' : 'network:loopsAll', { n: c.cycles }),
      categories: listNames(categories, language),
      unit,
      n: c.commensurable,
    }),
    message(language, 'network:loopsMost', {
      actors: listNames(
        c.actors.map((a) => count(names.enterprise(a.id), a.cycles)),
        language,
      ),
      materials: listNames(
        c.materials.map((m) => count(names.material(m.material), m.cycles)),
        language,
      ),
    }),
  ];
  if (report.commensurable.cycles.cycles.length === 0)
    sentences.push(
      message(language, 'network:noLoopsInUnit', {
        unit,
        finn: report.flows.finnCyclingIndex === 0 ? message(language, 'network:finnZero') : '',
      }),
    );
  return sentences;
}

/** A sentence or header starting with a capital: glossary terms are lower case so they fit mid-sentence (Chinese has no case). */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
