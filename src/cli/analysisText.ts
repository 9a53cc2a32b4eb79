/**
 * Renders a park analysis as a readable terminal report: sections, aligned
 * tables, ranked projects, KPIs, in the chosen language. Presentation only:
 * every number comes from core.
 */
import { formatFindingSources } from '../core/analysis/findingSources.ts';
import type { ParkAnalysis } from '../core/analysis/analyzePark.ts';
import type { Kpis } from '../core/analysis/kpis.ts';
import { findingKindTitle, formatKpis, groupFindingsByKind } from '../core/analysis/presentation.ts';
import { localize } from '../core/model/labels.ts';
import type { Language, ParkModel } from '../core/model/types.ts';
import { renderCapacity } from './capacityText.ts';
import { renderNetworkSections } from './networkText.ts';
import { renderProjects } from './projectsText.ts';
import { renderClosureRanking } from './resilienceText.ts';
import { term } from '../core/text/glossary.ts';
import { formatTable } from './table.ts';

const SEVERITY_MARK = { high: '▲', medium: '■', low: '·', info: 'i' } as const;

export interface ReportOptions {
  /** Findings shown per kind before "… and N more". */
  readonly perKind: number;
  readonly topProjects: number;
}

export function renderAnalysis(
  model: ParkModel,
  analysis: ParkAnalysis,
  language: Language,
  options: ReportOptions,
): string {
  const zh = language === 'zh';
  const out: string[] = [];
  const heading = (zhText: string, enText: string) => out.push('', `== ${zh ? zhText : enText} ==`);

  out.push(`${localize(model.park.name, language)} · ${model.park.referenceYear}`);
  heading('关键指标', 'Key figures');
  out.push(renderKpis(analysis.kpis, language, analysis.kpisWithPlanned));

  heading(`发现(共 ${analysis.findings.length} 项)`, `Findings (${analysis.findings.length})`);
  for (const { kind, findings } of groupFindingsByKind(analysis.findings)) {
    out.push('', `${findingKindTitle(kind, language)} (${findings.length})`);
    for (const f of findings.slice(0, options.perKind)) {
      out.push(`  ${SEVERITY_MARK[f.severity]} ${f.reason[language]}`);
      const cited = formatFindingSources(f, language);
      if (cited) out.push(`    ${cited}`);
    }
    if (findings.length > options.perKind)
      out.push(
        zh
          ? `  …… 另有 ${findings.length - options.perKind} 项(--all 显示全部)`
          : `  … and ${findings.length - options.perKind} more (--all shows all)`,
      );
  }

  if (analysis.chains && model.chains.length === 0) {
    heading('产业链完整性', 'Chain integrity');
    out.push(zh ? '(模型未定义产业链)' : '(the model defines no chains)');
  } else if (analysis.chains) {
    heading('产业链完整性', 'Chain integrity');
    const materialName = (id: string) => localize(model.materials.find((m) => m.id === id)?.name, language) || id;
    const mark = {
      broken: zh ? '✗ 断链' : '✗ broken',
      single: zh ? '⚠ 单点' : '⚠ single',
      'in-house': zh ? '厂内一体化' : 'in-house',
      ok: '✓',
    };
    const rows = analysis.chains.flatMap((c) =>
      c.transitions.map((t, i) => [
        i === 0 ? localize(model.chains.find((x) => x.id === c.chain)?.name, language) : '',
        `${t.from.map(materialName).join('/')} → ${t.to.map(materialName).join('/')}`,
        mark[t.state],
        String(t.performers.length),
      ]),
    );
    out.push(
      formatTable(zh ? ['产业链', '环节', '状态', '企业数'] : ['chain', 'stage', 'state', 'performers'], rows, [
        'left',
        'left',
        'left',
        'right',
      ]),
    );
  }

  if (analysis.capacity && analysis.capacity.length > 0) {
    heading('处置利用与供应能力平衡', 'Capacity balance');
    out.push(renderCapacity(model, analysis.capacity, language));
  }

  // The network metrics with their coverage, and the cluster × cluster matrix (networkText.ts).
  out.push(...renderNetworkSections(model, analysis, language));

  if (analysis.resilience) {
    heading('韧性:关停影响排名', 'Resilience: closure impact ranking');
    out.push(renderClosureRanking(model, analysis.resilience, language, 10));
  }

  if (analysis.projects) {
    heading('补链项目排名', 'Gap-filling projects, ranked');
    out.push(renderProjects(analysis.projects, language, options.topProjects));
  }
  return out.join('\n');
}

/** The headline figures; with planned items, "today" and "with planned" side by side. */
function renderKpis(kpis: Kpis, language: Language, withPlanned?: Kpis): string {
  const figure = language === 'zh' ? '指标' : 'figure';
  if (!withPlanned) {
    const rows = formatKpis(kpis, language).map((k) => [k.label, k.value]);
    return formatTable([figure, language === 'zh' ? '值' : 'value'], rows, ['left', 'right']);
  }
  const planned = formatKpis(withPlanned, language);
  const rows = formatKpis(kpis, language).map((k, i) => [k.label, k.value, planned[i]?.value ?? '–']);
  return formatTable([figure, term('today', language), term('withPlanned', language)], rows, [
    'left',
    'right',
    'right',
  ]);
}
