/**
 * Renders a park analysis as a readable terminal report: sections, aligned
 * tables, ranked projects, KPIs, in the chosen language. Presentation only:
 * every number comes from core.
 */
import { t, type CliMessageKey } from './i18n.ts';
import type { MessageParams } from '../core/text/message.ts';
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
  const out: string[] = [];
  const heading = (key: CliMessageKey, values?: MessageParams) => out.push('', `== ${t(language, key, values)} ==`);

  out.push(`${localize(model.park.name, language)} · ${model.park.referenceYear}`);
  heading('headingKeyFigures');
  out.push(renderKpis(analysis.kpis, language, analysis.kpisWithPlanned));

  heading('headingFindings', { n: analysis.findings.length });
  for (const { kind, findings } of groupFindingsByKind(analysis.findings)) {
    out.push('', `${findingKindTitle(kind, language)} (${findings.length})`);
    for (const f of findings.slice(0, options.perKind)) {
      out.push(`  ${SEVERITY_MARK[f.severity]} ${f.reason[language]}`);
      const cited = formatFindingSources(f, language);
      if (cited) out.push(`    ${cited}`);
    }
    if (findings.length > options.perKind)
      out.push(t(language, 'moreFindingsAll', { n: findings.length - options.perKind }));
  }

  if (analysis.chains && model.chains.length === 0) {
    heading('headingChains');
    out.push(t(language, 'noChains'));
  } else if (analysis.chains) {
    heading('headingChains');
    const materialName = (id: string) => localize(model.materials.find((m) => m.id === id)?.name, language) || id;
    const mark = {
      broken: t(language, 'markBroken'),
      single: t(language, 'markSingle'),
      'in-house': t(language, 'markInHouse'),
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
      formatTable(
        (['columnChain', 'columnStage', 'columnState', 'columnPerformers'] as const).map((k) => t(language, k)),
        rows,
        ['left', 'left', 'left', 'right'],
      ),
    );
  }

  if (analysis.capacity && analysis.capacity.length > 0) {
    heading('headingCapacity');
    out.push(renderCapacity(model, analysis.capacity, language));
  }

  // The network metrics with their coverage, and the cluster × cluster matrix (networkText.ts).
  out.push(...renderNetworkSections(model, analysis, language));

  if (analysis.resilience) {
    heading('headingResilience');
    out.push(renderClosureRanking(model, analysis.resilience, language, 10));
  }

  if (analysis.projects) {
    heading('headingProjects');
    out.push(renderProjects(analysis.projects, language, options.topProjects));
  }
  return out.join('\n');
}

/** The headline figures; with planned items, "today" and "with planned" side by side. */
function renderKpis(kpis: Kpis, language: Language, withPlanned?: Kpis): string {
  const figure = t(language, 'columnFigure');
  if (!withPlanned) {
    const rows = formatKpis(kpis, language).map((k) => [k.label, k.value]);
    return formatTable([figure, t(language, 'columnValue')], rows, ['left', 'right']);
  }
  const planned = formatKpis(withPlanned, language);
  const rows = formatKpis(kpis, language).map((k, i) => [k.label, k.value, planned[i]?.value ?? '–']);
  return formatTable([figure, term('today', language), term('withPlanned', language)], rows, [
    'left',
    'right',
    'right',
  ]);
}
