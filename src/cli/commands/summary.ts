import { summarizePark, type FlowTotals } from '../../core/analysis/summary.ts';
import { CATEGORY_LABELS, ENTERPRISE_STATUS_LABELS, localize } from '../../core/model/labels.ts';
import { formatProblem } from '../../core/model/problems.ts';
import type { Language } from '../../core/model/types.ts';
import { asOfJson, parkAsOf, printAsOfHeading } from '../asOf.ts';
import { loadModelFile } from '../loadModel.ts';
import type { Output } from '../output.ts';
import { t, type CliMessageKey } from '../i18n.ts';
import { numberLocale } from '../../core/analysis/presentation.ts';
import { formatTable, type Align } from '../table.ts';

const SCOPE_KEYS = {
  internal: 'summaryScopeInternal',
  imports: 'summaryScopeImports',
  sales: 'summaryScopeSales',
  disposal: 'summaryScopeDisposal',
} as const satisfies Record<string, CliMessageKey>;

const HEAD = {
  flows: 'summaryColumnFlows',
  mass: 'summaryColumnMass',
  volume: 'summaryColumnVolume',
  energy: 'summaryColumnEnergy',
  enterprises: 'summaryColumnEnterprises',
  out: 'summaryColumnOut',
  in: 'summaryColumnIn',
  cluster: 'summaryColumnCluster',
  category: 'summaryColumnCategory',
  scope: 'summaryColumnScope',
  status: 'summaryColumnStatus',
} as const satisfies Record<string, CliMessageKey>;

/**
 * `asOf`: summarise the park as it stood in that year (`--as-of`, checked by the caller);
 * `alias`: an alias table (`--alias`) for a .csv exchange list.
 */
export async function summaryCommand(
  file: string,
  language: Language,
  json: boolean,
  out: Output,
  asOfYear?: number,
  alias?: string,
): Promise<number> {
  const result = await loadModelFile(file, { alias });
  if (!result.ok) {
    for (const p of result.errors) out.stderr(formatProblem(p, language));
    return 1;
  }
  const asOf = asOfYear === undefined ? undefined : parkAsOf(result.model, asOfYear, language);
  const summary = summarizePark(asOf?.model ?? result.model);
  if (json) {
    out.stdout(JSON.stringify(asOf ? { asOf: asOfJson(asOf), ...summary } : summary, null, 2));
    return 0;
  }
  if (asOf) printAsOfHeading(asOf, language, out);
  const h = (key: keyof typeof HEAD) => t(language, HEAD[key]);
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 0 });
  const n = (x: number | undefined) => (x === undefined ? '–' : number.format(x));
  const totalsCells = (t: FlowTotals) => [n(t.flows), n(t.totals.mass), n(t.totals.volume), n(t.totals.energy)];
  const totalsHead = [h('flows'), h('mass'), h('volume'), h('energy')];
  const right: Align[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right'];

  const region = summary.park.region ? ` · ${localize(summary.park.region, language)}` : '';
  out.stdout(`${localize(summary.park.name, language)}${region} · ${summary.park.referenceYear}`);
  const c = summary.counts;
  out.stdout(t(language, 'summaryCounts', { ...c }));
  out.stdout('');
  const statusRows = Object.entries(summary.enterprisesByStatus).map(([status, count]) => [
    ENTERPRISE_STATUS_LABELS[status as keyof typeof ENTERPRISE_STATUS_LABELS][language],
    n(count),
  ]);
  out.stdout(formatTable([h('status'), h('enterprises')], statusRows, right));
  out.stdout('');
  const scopeRows = Object.entries(summary.flowsByScope).map(([scope, totals]) => [
    t(language, SCOPE_KEYS[scope as keyof typeof SCOPE_KEYS]),
    ...totalsCells(totals),
  ]);
  out.stdout(formatTable([h('scope'), ...totalsHead], scopeRows, right));
  out.stdout('');
  const categoryRows = Object.entries(summary.byCategory).map(([category, totals]) => [
    CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS][language],
    ...totalsCells(totals),
  ]);
  out.stdout(formatTable([h('category'), ...totalsHead], categoryRows, right));
  out.stdout('');
  const clusterRows = summary.byCluster.map((cluster) => [
    localize(cluster.name, language),
    n(cluster.enterprises),
    n(cluster.sent.flows),
    n(cluster.sent.totals.mass),
    n(cluster.received.flows),
    n(cluster.received.totals.mass),
  ]);
  out.stdout(
    formatTable(
      [
        h('cluster'),
        h('enterprises'),
        `${h('out')} ${h('flows')}`,
        `${h('out')} ${h('mass')}`,
        `${h('in')} ${h('flows')}`,
        `${h('in')} ${h('mass')}`,
      ],
      clusterRows,
      right,
    ),
  );
  return 0;
}
