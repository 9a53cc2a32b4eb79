/**
 * How analysis results are named and formatted for people: the bilingual
 * titles of finding kinds and the park's headline figures, in one list that
 * the CLI, the app and the reports all read, so they never disagree.
 */
import type { BilingualMessage } from '../model/problems.ts';
import type { Language } from '../model/types.ts';
import type { Finding } from './finding.ts';
import type { Kpis } from './kpis.ts';

/** Finding kinds in the order reports present them, with their section titles. */
export const FINDING_KINDS: readonly { readonly kind: string; readonly title: BilingualMessage }[] = [
  { kind: 'broken-link', title: { zh: '断链', en: 'Broken links' } },
  { kind: 'chain-shipped-out', title: { zh: '链内耦合断开', en: 'Chain stages shipped out' } },
  { kind: 'single-performer', title: { zh: '单点环节(宜强链)', en: 'Single-performer stages' } },
  { kind: 'chain-extension', title: { zh: '延链机会', en: 'Chain extension candidates' } },
  { kind: 'open-end', title: { zh: '未利用的副产品与废物', en: 'Open ends' } },
  { kind: 'import-made-in-park', title: { zh: '园区自产却外购', en: 'Imports of what the park makes' } },
  { kind: 'coupling-match', title: { zh: '供需未对接', en: 'Unlinked supply and demand' } },
  { kind: 'weak-coupling', title: { zh: '集群间耦合缺口', en: 'Coupling gaps between clusters' } },
  { kind: 'capacity-missing', title: { zh: '缺少处理能力', en: 'No treatment capacity' } },
  { kind: 'capacity-shortfall', title: { zh: '能力不足', en: 'Capacity shortfalls' } },
  { kind: 'capacity-underused', title: { zh: '能力富余', en: 'Spare capacity' } },
  { kind: 'critical-enterprise', title: { zh: '关键企业(关停影响大)', en: 'Critical enterprises' } },
  { kind: 'articulation-point', title: { zh: '网络关键节点', en: 'Articulation points' } },
  { kind: 'flow-closed-enterprise', title: { zh: '连接关停企业的物质流', en: 'Flows of closed enterprises' } },
  { kind: 'flow-undeclared-material', title: { zh: '未申报的物料', en: 'Undeclared materials' } },
  { kind: 'over-allocation', title: { zh: '超出申报量', en: 'Beyond declared quantities' } },
];

const KIND_TITLES = new Map(FINDING_KINDS.map((k) => [k.kind, k.title]));

/** A kind's section title; an unknown kind (from a newer analysis) shows its id rather than nothing. */
export function findingKindTitle(kind: string, language: Language): string {
  return KIND_TITLES.get(kind)?.[language] ?? kind;
}

/** Position of a kind in report order; unknown kinds go last. */
export function findingKindOrder(kind: string): number {
  const index = FINDING_KINDS.findIndex((k) => k.kind === kind);
  return index === -1 ? FINDING_KINDS.length : index;
}

export type KpiFormat = 'integer' | 'mass' | 'percent' | 'decimal' | 'verdict';

export interface KpiRowSpec {
  readonly key: keyof Kpis;
  readonly label: BilingualMessage;
  readonly format: KpiFormat;
  /** Digits after the point for `decimal`. */
  readonly digits?: number;
}

/** The headline figures, in order: the Overview tab, the CLI report and the written reports. */
export const KPI_ROWS: readonly KpiRowSpec[] = [
  { key: 'enterprises', label: { zh: '企业', en: 'Enterprises' }, format: 'integer' },
  { key: 'flows', label: { zh: '物质流', en: 'Flows' }, format: 'integer' },
  { key: 'internalMass', label: { zh: '园区内交换', en: 'Exchanged inside the park' }, format: 'mass' },
  { key: 'importedMass', label: { zh: '外购输入', en: 'Bought in' }, format: 'mass' },
  { key: 'disposedMass', label: { zh: '送处置', en: 'Sent to disposal' }, format: 'mass' },
  {
    key: 'internalReuseRate',
    label: { zh: '副产品与废物内部利用率', en: 'Internal reuse rate' },
    format: 'percent',
  },
  { key: 'cyclicity', label: { zh: '循环度 λmax', en: 'Cyclicity λmax' }, format: 'decimal', digits: 3 },
  { key: 'connectance', label: { zh: '连接度', en: 'Connectance' }, format: 'decimal', digits: 3 },
  { key: 'finnCyclingIndex', label: { zh: 'Finn 循环指数', en: 'Finn cycling index' }, format: 'decimal', digits: 4 },
  { key: 'chertow32', label: { zh: 'Chertow 3-2 判定', en: 'Chertow 3-2 heuristic' }, format: 'verdict' },
];

const VERDICT: Record<'yes' | 'no', BilingualMessage> = {
  yes: { zh: '是产业共生', en: 'industrial symbiosis' },
  no: { zh: '未达标', en: 'not met' },
};

export function numberLocale(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en-US';
}

/** One figure as text in the language's number format; missing values are a dash. */
export function formatKpiValue(row: KpiRowSpec, value: number | null, language: Language): string {
  if (value === null) return '–';
  const locale = numberLocale(language);
  switch (row.format) {
    case 'integer':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case 'mass':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)} t/a`;
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'decimal': {
      const digits = row.digits ?? 3;
      return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        value,
      );
    }
    case 'verdict':
      return VERDICT[value === 1 ? 'yes' : 'no'][language];
  }
}

export interface FormattedKpi {
  readonly key: keyof Kpis;
  readonly label: string;
  readonly value: string;
}

/** The KPI table ready to print in one language. */
export function formatKpis(kpis: Kpis, language: Language): FormattedKpi[] {
  return KPI_ROWS.map((row) => ({
    key: row.key,
    label: row.label[language],
    value: formatKpiValue(row, kpis[row.key], language),
  }));
}

export interface FindingGroup<F extends { readonly kind: string } = Finding> {
  readonly kind: string;
  readonly findings: readonly F[];
}

/** Findings grouped by kind in report order (broken links first); each group keeps the findings' own order. */
export function groupFindingsByKind<F extends { readonly kind: string }>(findings: readonly F[]): FindingGroup<F>[] {
  const byKind = new Map<string, F[]>();
  for (const finding of findings) {
    const list = byKind.get(finding.kind);
    if (list) list.push(finding);
    else byKind.set(finding.kind, [finding]);
  }
  return [...byKind]
    .sort(([a], [b]) => findingKindOrder(a) - findingKindOrder(b) || a.localeCompare(b))
    .map(([kind, list]) => ({ kind, findings: list }));
}

export interface FormattedKpiChange {
  readonly key: keyof Kpis;
  readonly label: string;
  readonly before: string;
  readonly after: string;
  /** True when the figure differs once formatted (a change too small to show is no change to a reader). */
  readonly changed: boolean;
}

/** The KPI table of a scenario against the park as it is (a project "if built", a what-if). */
export function formatKpiChanges(before: Kpis, after: Kpis, language: Language): FormattedKpiChange[] {
  return KPI_ROWS.map((row) => {
    const b = formatKpiValue(row, before[row.key], language);
    const a = formatKpiValue(row, after[row.key], language);
    return { key: row.key, label: row.label[language], before: b, after: a, changed: a !== b };
  });
}
