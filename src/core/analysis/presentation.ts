/**
 * How analysis results are named and formatted for people: the bilingual
 * titles of finding kinds and the park's headline figures, in one list that
 * the CLI, the app and the reports all read, so they never disagree.
 */
import type { BilingualMessage } from '../model/problems.ts';
import type { Language } from '../model/types.ts';
import { TERMS } from '../text/glossary.ts';
import { message } from '../text/message.ts';
import type { Finding, FindingKind } from './finding.ts';
import {
  DECLARED_FIGURES,
  MASS_TALLY_FIGURES,
  partialCoverage,
  type FigureCoverage,
  type Kpis,
  type KpiValues,
} from './kpis.ts';
import type { ScorePart } from './projects.ts';

/** Finding kinds in the order reports present them, with their section titles. */
export const FINDING_KINDS: readonly { readonly kind: FindingKind; readonly title: BilingualMessage }[] = [
  { kind: 'unmet-demand', title: { zh: TERMS.unmetDemand.zh, en: 'Unmet demand' } },
  { kind: 'broken-link', title: { zh: TERMS.brokenLink.zh, en: 'Broken links' } },
  { kind: 'chain-shipped-out', title: { zh: '链内耦合断开', en: 'Chain stages shipped out' } },
  { kind: 'single-performer', title: { zh: '单点环节(宜强链)', en: 'Single-performer stages' } },
  { kind: 'in-house-chain', title: { zh: '厂内一体化环节', en: 'In-house chain steps' } },
  { kind: 'chain-extension', title: { zh: '延链机会', en: 'Chain extension candidates' } },
  { kind: 'open-end', title: { zh: '未利用的副产品与废物', en: 'Unused by-products and wastes' } },
  { kind: 'open-energy', title: { zh: '未回收的余热余压', en: 'Unrecovered waste energy' } },
  { kind: 'open-water', title: { zh: '未回用的排水', en: 'Water discharged without reuse' } },
  { kind: 'coupling-match', title: { zh: '供需未对接', en: 'Unlinked supply and demand' } },
  { kind: 'structural-match', title: { zh: '潜在对接(基于交换结构)', en: 'Possible exchanges (from the structure)' } },
  { kind: 'weak-coupling', title: { zh: '集群间耦合缺口', en: 'Coupling gaps between clusters' } },
  { kind: 'capacity-missing', title: { zh: '缺少处置利用能力', en: 'No treatment capacity' } },
  { kind: 'capacity-shortfall', title: { zh: '能力不足', en: 'Capacity shortfalls' } },
  { kind: 'capacity-idle', title: { zh: '能力闲置而废物外送', en: 'Capacity idle while waste leaves' } },
  { kind: 'capacity-underused', title: { zh: '能力富余', en: 'Spare capacity' } },
  { kind: 'critical-enterprise', title: { zh: '关键企业(关停影响大)', en: 'Critical enterprises' } },
  { kind: 'articulation-point', title: { zh: TERMS.articulationPoint.zh, en: 'Articulation-point enterprises' } },
  { kind: 'flow-closed-enterprise', title: { zh: '连接关停企业的物质流', en: 'Flows of closed enterprises' } },
  { kind: 'flow-undeclared-material', title: { zh: '未申报的物料', en: 'Undeclared materials' } },
  { kind: 'over-allocation', title: { zh: '超出申报量', en: 'Beyond declared quantities' } },
];

const KIND_TITLES = new Map<string, BilingualMessage>(FINDING_KINDS.map((k) => [k.kind, k.title]));

/** A kind's section title; an unknown kind (from a newer analysis) shows its id rather than nothing. */
export function findingKindTitle(kind: string, language: Language): string {
  return KIND_TITLES.get(kind)?.[language] ?? kind;
}

/** Position of a kind in report order; unknown kinds go last. */
function findingKindOrder(kind: string): number {
  const index = FINDING_KINDS.findIndex((k) => k.kind === kind);
  return index === -1 ? FINDING_KINDS.length : index;
}

export type KpiFormat = 'integer' | 'mass' | 'percent' | 'decimal' | 'verdict';

export interface KpiRowSpec {
  readonly key: keyof KpiValues;
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
  { key: 'importedMass', label: { zh: TERMS.boughtIn.zh, en: 'Bought in' }, format: 'mass' },
  { key: 'disposedMass', label: { zh: '送处置', en: 'Sent to disposal' }, format: 'mass' },
  { key: 'unaccountedMass', label: { zh: TERMS.unaccounted.zh, en: 'Unaccounted for' }, format: 'mass' },
  {
    key: 'reusedMass',
    label: { zh: '副产品与废物园区内利用量', en: 'By-products and wastes used in the park' },
    format: 'mass',
  },
  { key: 'internalReuseRate', label: { zh: TERMS.internalReuseRate.zh, en: 'Internal reuse rate' }, format: 'percent' },
  { key: 'hazardousGenerated', label: { zh: '危险废物产生量', en: 'Hazardous waste generated' }, format: 'mass' },
  {
    key: 'hazardousInParkShare',
    label: { zh: '危险废物园区内利用处置率', en: 'Hazardous waste treated or used in the park' },
    format: 'percent',
  },
  { key: 'cyclicity', label: { zh: TERMS.cyclicity.zh, en: 'Cyclicity (λmax)' }, format: 'decimal', digits: 3 },
  { key: 'connectance', label: { zh: TERMS.connectance.zh, en: 'Connectance' }, format: 'decimal', digits: 3 },
  {
    key: 'finnCyclingIndex',
    label: { zh: `${TERMS.finnCyclingIndex.zh}(质量流)`, en: 'Finn cycling index (mass flows)' },
    format: 'decimal',
    digits: 4,
  },
  { key: 'chertow32', label: { zh: 'Chertow 3-2 判定', en: 'Chertow 3-2 heuristic' }, format: 'verdict' },
];

/**
 * Score parts of a gap-filling project in plain words, with the unit of
 * their raw value. `reuseRateChange` is a change of a 0–1 share: shown in
 * percentage points. Penalty parts (energy, water) say what the project uses.
 */
export const SCORE_PART_LABELS: Readonly<
  Record<ScorePart, { readonly label: BilingualMessage; readonly unit: BilingualMessage }>
> = {
  wasteDiverted: { label: { zh: '净减少送处置', en: 'Taken off disposal (net)' }, unit: { zh: 't/a', en: 't/a' } },
  importsReplaced: { label: { zh: '园区外购净减少', en: 'Park purchases cut (net)' }, unit: { zh: 't/a', en: 't/a' } },
  chainsRepaired: { label: { zh: '修复断链', en: 'Broken links repaired' }, unit: { zh: '处', en: '' } },
  co2eAvoided: { label: { zh: '净减排', en: 'CO₂e avoided (net)' }, unit: { zh: 't CO₂e/a', en: 't CO₂e/a' } },
  linksCreated: { label: { zh: '新增企业间链接', en: 'Links created' }, unit: { zh: '条', en: '' } },
  reuseRateChange: {
    label: { zh: `${TERMS.internalReuseRate.zh}变化`, en: 'Internal reuse rate change' },
    unit: { zh: '个百分点', en: 'pp' },
  },
  cyclicityChange: { label: { zh: '循环度变化', en: 'Cyclicity change' }, unit: { zh: '', en: '' } },
  finnChange: { label: { zh: `${TERMS.finnCyclingIndex.zh}变化`, en: 'Finn index change' }, unit: { zh: '', en: '' } },
  returnOnInvestment: {
    label: { zh: '年投资收益率(回收期 4 年满分)', en: 'Yearly return on investment (full marks at a 4-year payback)' },
    unit: { zh: '%', en: '%' },
  },
  energyUse: { label: { zh: '新增能耗(扣分)', en: 'Energy use (counts against)' }, unit: { zh: 'tce/a', en: 'tce/a' } },
  waterUse: { label: { zh: '新增用水(扣分)', en: 'Water use (counts against)' }, unit: { zh: 'm³/a', en: 'm³/a' } },
};

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
  readonly key: keyof KpiValues;
  readonly label: string;
  readonly value: string;
}

/**
 * One figure of a park as text: its value, "unknown" when none of the flows
 * it adds gives a quantity, and its coverage when only some do.
 */
export function formatKpiFigure(kpis: Kpis, row: KpiRowSpec, language: Language): string {
  const coverage = (kpis.coverage as Partial<Record<string, FigureCoverage>>)[row.key];
  const value = kpis[row.key];
  if (value === null && coverage && coverage.total === 0 && MASS_TALLY_FIGURES.has(row.key))
    return message(language, 'analysis:noneRecorded');
  if (value === null && coverage && coverage.total > 0 && coverage.measured === 0) {
    if (DECLARED_FIGURES.has(row.key)) return message(language, 'analysis:unknownUndeclared');
    return message(language, 'analysis:unknownUnmeasured');
  }
  const partial = partialCoverage(kpis, row.key);
  const text = formatKpiValue(row, value, language);
  if (!partial) return text;
  // The sums read flows in mass units only: "3 of 7" must not be read as 3 of every flow.
  const massOnly = MASS_TALLY_FIGURES.has(row.key) || row.key === 'internalReuseRate';
  return language === 'zh'
    ? `${text}(仅计有数量的 ${partial.measured}/${partial.total} 条${massOnly ? '以质量计的' : ''}物质流)`
    : `${text} (over ${partial.measured} of ${partial.total} ${massOnly ? 'mass ' : ''}flows)`;
}

/** The KPI table ready to print in one language. */
export function formatKpis(kpis: Kpis, language: Language): FormattedKpi[] {
  return KPI_ROWS.map((row) => ({
    key: row.key,
    label: row.label[language],
    value: formatKpiFigure(kpis, row, language),
  }));
}

export interface FindingGroup<F extends { readonly kind: string } = Finding> {
  readonly kind: F['kind'];
  readonly findings: readonly F[];
}

/** Findings grouped by kind in report order (broken links first); each group keeps the findings' own order. */
export function groupFindingsByKind<F extends { readonly kind: string }>(findings: readonly F[]): FindingGroup<F>[] {
  const byKind = new Map<F['kind'], F[]>();
  for (const finding of findings) {
    const list = byKind.get(finding.kind);
    if (list) list.push(finding);
    else byKind.set(finding.kind, [finding]);
  }
  return [...byKind]
    .sort(([a], [b]) => findingKindOrder(a) - findingKindOrder(b) || a.localeCompare(b))
    .map(([kind, list]) => ({ kind, findings: list }));
}
