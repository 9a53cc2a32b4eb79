/**
 * How analysis results are named and formatted for people: the bilingual
 * titles of finding kinds, the park's headline figures and the parts of a
 * project's score, in one list that the CLI, the app and the reports all
 * read, so they never disagree. The words are the message catalogue's
 * (namespaces `finding`, `network`, `project`).
 */
import type { BilingualMessage } from '../model/problems.ts';
import type { Language } from '../model/types.ts';
import { bilingual, inBothLanguages, message } from '../text/message.ts';
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
import { numberLocale } from './text.ts';

export { numberLocale } from './text.ts';

/** Finding kinds in the order reports present them, with their section titles. */
export const FINDING_KINDS: readonly { readonly kind: FindingKind; readonly title: BilingualMessage }[] = [
  { kind: 'unmet-demand', title: bilingual('finding:titleUnmetDemand') },
  { kind: 'broken-link', title: bilingual('finding:titleBrokenLink') },
  { kind: 'chain-shipped-out', title: bilingual('finding:titleChainShippedOut') },
  { kind: 'single-performer', title: bilingual('finding:titleSinglePerformer') },
  { kind: 'in-house-chain', title: bilingual('finding:titleInHouseChain') },
  { kind: 'chain-extension', title: bilingual('finding:titleChainExtension') },
  { kind: 'open-end', title: bilingual('finding:titleOpenEnd') },
  { kind: 'open-energy', title: bilingual('finding:titleOpenEnergy') },
  { kind: 'open-water', title: bilingual('finding:titleOpenWater') },
  { kind: 'coupling-match', title: bilingual('finding:titleCouplingMatch') },
  { kind: 'structural-match', title: bilingual('finding:titleStructuralMatch') },
  { kind: 'weak-coupling', title: bilingual('finding:titleWeakCoupling') },
  { kind: 'capacity-missing', title: bilingual('finding:titleCapacityMissing') },
  { kind: 'capacity-shortfall', title: bilingual('finding:titleCapacityShortfall') },
  { kind: 'capacity-idle', title: bilingual('finding:titleCapacityIdle') },
  { kind: 'capacity-underused', title: bilingual('finding:titleCapacityUnderused') },
  { kind: 'critical-enterprise', title: bilingual('finding:titleCriticalEnterprise') },
  { kind: 'articulation-point', title: bilingual('finding:titleArticulationPoint') },
  { kind: 'flow-closed-enterprise', title: bilingual('finding:titleFlowClosedEnterprise') },
  { kind: 'flow-undeclared-material', title: bilingual('finding:titleFlowUndeclaredMaterial') },
  { kind: 'over-allocation', title: bilingual('finding:titleOverAllocation') },
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
  { key: 'enterprises', label: bilingual('network:kpiEnterprises'), format: 'integer' },
  { key: 'flows', label: bilingual('network:kpiFlows'), format: 'integer' },
  { key: 'internalMass', label: bilingual('network:kpiInternalMass'), format: 'mass' },
  { key: 'importedMass', label: bilingual('network:kpiImportedMass'), format: 'mass' },
  { key: 'disposedMass', label: bilingual('network:kpiDisposedMass'), format: 'mass' },
  { key: 'unaccountedMass', label: bilingual('network:kpiUnaccountedMass'), format: 'mass' },
  { key: 'reusedMass', label: bilingual('network:kpiReusedMass'), format: 'mass' },
  { key: 'internalReuseRate', label: bilingual('network:kpiInternalReuseRate'), format: 'percent' },
  { key: 'hazardousGenerated', label: bilingual('network:kpiHazardousGenerated'), format: 'mass' },
  { key: 'hazardousInParkShare', label: bilingual('network:kpiHazardousInParkShare'), format: 'percent' },
  { key: 'cyclicity', label: bilingual('network:kpiCyclicity'), format: 'decimal', digits: 3 },
  { key: 'connectance', label: bilingual('network:kpiConnectance'), format: 'decimal', digits: 3 },
  { key: 'finnCyclingIndex', label: bilingual('network:kpiFinnCyclingIndex'), format: 'decimal', digits: 4 },
  { key: 'chertow32', label: bilingual('network:kpiChertow32'), format: 'verdict' },
];

/** Parts whose raw value has no unit: the changes of the network figures. */
type UnitlessPart = 'cyclicityChange' | 'finnChange';

/** A score part's words: the catalogue's `project:scorePart_…` and `project:scorePartUnit_…`. */
function scorePart(part: Exclude<ScorePart, UnitlessPart>): ScorePartLabel {
  return { label: bilingual(`project:scorePart_${part}`), unit: bilingual(`project:scorePartUnit_${part}`) };
}

function unitlessPart(part: UnitlessPart): ScorePartLabel {
  return { label: bilingual(`project:scorePart_${part}`), unit: inBothLanguages(() => '') };
}

interface ScorePartLabel {
  readonly label: BilingualMessage;
  readonly unit: BilingualMessage;
}

/**
 * Score parts of a gap-filling project in plain words, with the unit of
 * their raw value (empty for a part without one; Chinese counts take a
 * measure word where English ones take none). `reuseRateChange` is a change
 * of a 0–1 share: shown in percentage points. Penalty parts (energy, water)
 * say what the project uses.
 */
export const SCORE_PART_LABELS: Readonly<Record<ScorePart, ScorePartLabel>> = {
  wasteDiverted: scorePart('wasteDiverted'),
  importsReplaced: scorePart('importsReplaced'),
  chainsRepaired: scorePart('chainsRepaired'),
  co2eAvoided: scorePart('co2eAvoided'),
  linksCreated: scorePart('linksCreated'),
  reuseRateChange: scorePart('reuseRateChange'),
  cyclicityChange: unitlessPart('cyclicityChange'),
  finnChange: unitlessPart('finnChange'),
  returnOnInvestment: scorePart('returnOnInvestment'),
  energyUse: scorePart('energyUse'),
  waterUse: scorePart('waterUse'),
};

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
      return message(language, value === 1 ? 'network:verdictYes' : 'network:verdictNo');
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
  return message(language, massOnly ? 'network:kpiPartialMass' : 'network:kpiPartial', {
    value: text,
    measured: partial.measured,
    total: partial.total,
  });
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
