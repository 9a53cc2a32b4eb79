import { summarizePark, type FlowTotals } from '../../core/analysis/summary.ts';
import { CATEGORY_LABELS, ENTERPRISE_STATUS_LABELS, localize } from '../../core/model/labels.ts';
import { formatProblem } from '../../core/model/problems.ts';
import type { Language } from '../../core/model/types.ts';
import { asOfJson, parkAsOf, printAsOfHeading } from '../asOf.ts';
import { loadModelFile } from '../loadModel.ts';
import type { Output } from '../output.ts';
import { formatTable, type Align } from '../table.ts';

const SCOPE_LABELS = {
  internal: { zh: '园区内交换', en: 'internal exchange' },
  imports: { zh: '外购输入', en: 'imports' },
  sales: { zh: '外售', en: 'sales out' },
  disposal: { zh: '处置', en: 'disposal' },
} as const;

const HEAD = {
  flows: { zh: '流数', en: 'flows' },
  mass: { zh: '质量 t/a', en: 'mass t/a' },
  volume: { zh: '体积 m³/a', en: 'volume m³/a' },
  energy: { zh: '能量 GJ/a', en: 'energy GJ/a' },
  enterprises: { zh: '企业数', en: 'enterprises' },
  out: { zh: '输出', en: 'out' },
  in: { zh: '输入', en: 'in' },
  cluster: { zh: '集群', en: 'cluster' },
  category: { zh: '物料类别', en: 'category' },
  scope: { zh: '去向', en: 'scope' },
  status: { zh: '状态', en: 'status' },
} as const;

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
  const h = (key: keyof typeof HEAD) => HEAD[key][language];
  const number = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
  const n = (x: number | undefined) => (x === undefined ? '–' : number.format(x));
  const totalsCells = (t: FlowTotals) => [n(t.flows), n(t.totals.mass), n(t.totals.volume), n(t.totals.energy)];
  const totalsHead = [h('flows'), h('mass'), h('volume'), h('energy')];
  const right: Align[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right'];

  const region = summary.park.region ? ` · ${localize(summary.park.region, language)}` : '';
  out.stdout(`${localize(summary.park.name, language)}${region} · ${summary.park.referenceYear}`);
  const c = summary.counts;
  out.stdout(
    language === 'zh'
      ? `${c.clusters} 个集群,${c.enterprises} 家企业,${c.materials} 种物料,${c.flows} 条物质流,${c.chains} 条产业链`
      : `${c.clusters} clusters, ${c.enterprises} enterprises, ${c.materials} materials, ${c.flows} flows, ${c.chains} chains`,
  );
  out.stdout('');
  const statusRows = Object.entries(summary.enterprisesByStatus).map(([status, count]) => [
    ENTERPRISE_STATUS_LABELS[status as keyof typeof ENTERPRISE_STATUS_LABELS][language],
    n(count),
  ]);
  out.stdout(formatTable([h('status'), h('enterprises')], statusRows, right));
  out.stdout('');
  const scopeRows = Object.entries(summary.flowsByScope).map(([scope, totals]) => [
    SCOPE_LABELS[scope as keyof typeof SCOPE_LABELS][language],
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
