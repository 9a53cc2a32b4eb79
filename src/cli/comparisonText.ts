/**
 * Renders a comparison of two models: model changes, the headline figures
 * "today" and "with planned" side by side (the second only when planned
 * items exist), then findings new, gone with a closure, resolved and
 * changed.
 */
import type { AnalysisComparison, KpiChange, ScopeComparison } from '../core/comparison/compareAnalyses.ts';
import type { Kpis } from '../core/analysis/kpis.ts';
import { formatKpiValue, KPI_ROWS, numberLocale } from '../core/analysis/presentation.ts';
import { t } from './i18n.ts';
import type { Finding } from '../core/analysis/finding.ts';
import type { Language } from '../core/model/types.ts';
import { TERMS } from '../core/text/glossary.ts';
import { formatTable } from './table.ts';

export function renderComparison(comparison: AnalysisComparison, language: Language, perList: number): string {
  const out: string[] = [];
  const m = comparison.model;
  const counts = (
    label: string,
    c: { added: readonly string[]; removed: readonly string[]; changed: readonly unknown[] },
  ) => `${label}: +${c.added.length} −${c.removed.length} ~${c.changed.length}`;
  out.push(`== ${t(language, 'headingModelChanges')} ==`);
  out.push(
    [
      counts(t(language, 'countEnterprises'), m.enterprises),
      counts(t(language, 'countFlows'), m.flows),
      counts(t(language, 'countMaterials'), m.materials),
      counts(t(language, 'countChains'), m.chains),
    ].join('   '),
  );
  out.push('', `== ${t(language, 'headingFigureChanges')} ==`);
  out.push(renderKpiTable(comparison, language));
  const scopes = [comparison.today, ...(comparison.withPlanned ? [comparison.withPlanned] : [])];
  for (const scope of scopes) out.push(...renderFindingChanges(scope, language, perList, scopes.length > 1));
  return out.join('\n');
}

/** One row per headline figure: before → after and the change, today and (when planned items exist) with planned. */
function renderKpiTable(comparison: AnalysisComparison, language: Language): string {
  const scopes = [comparison.today, ...(comparison.withPlanned ? [comparison.withPlanned] : [])];
  const byKey = (scope: ScopeComparison) => new Map(scope.kpis.map((k) => [k.key, k]));
  const maps = scopes.map(byKey);
  const notes: string[] = [];
  const rows = KPI_ROWS.map((row) => {
    const cells = maps.flatMap((map) => {
      const d = map.get(row.key);
      if (!d) return ['–', '–', '–'];
      if (d.note && !notes.includes(d.note[language])) notes.push(d.note[language]);
      return [
        formatKpiValue(row, d.before, language),
        formatKpiValue(row, d.after, language),
        deltaText(row.key, d, language) + (d.note ? ' *' : ''),
      ];
    });
    return [row.label[language], ...cells];
  });
  const scopeName = (scope: ScopeComparison) => TERMS[scope.scope === 'today' ? 'today' : 'withPlanned'][language];
  const header = [
    t(language, 'columnFigure'),
    ...scopes.flatMap((scope) => [
      t(language, 'columnBefore', { scope: scopeName(scope) }),
      t(language, 'columnAfter'),
      t(language, 'columnChange'),
    ]),
  ];
  const table = formatTable(header, rows, ['left', ...scopes.flatMap(() => ['right', 'right', 'right'] as const)]);
  return notes.length > 0 ? [table, ...notes.map((n) => `* ${n}`)].join('\n') : table;
}

function deltaText(key: keyof Kpis | string, d: KpiChange, language: Language): string {
  if (d.delta === null) return '–';
  const row = KPI_ROWS.find((r) => r.key === key);
  if (Math.abs(d.delta) < 1e-12) return '0';
  const sign = d.delta > 0 ? '+' : '−';
  if (!row) return `${sign}${Math.abs(d.delta)}`;
  if (row.format === 'percent') {
    const points = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 1 });
    return `${sign}${t(language, 'percentagePoints', { n: points.format(Math.abs(d.delta) * 100) })}`;
  }
  if (row.format === 'verdict') return t(language, d.delta > 0 ? 'verdictMet' : 'verdictNoLongerMet');
  return `${sign}${formatKpiValue(row, Math.abs(d.delta), language)}`;
}

function renderFindingChanges(
  scope: ScopeComparison,
  language: Language,
  perList: number,
  labelled: boolean,
): string[] {
  const out: string[] = [];
  const prefix = labelled
    ? t(language, 'scopePrefix', { scope: TERMS[scope.scope === 'today' ? 'today' : 'withPlanned'][language] })
    : '';
  const list = (title: string, findings: readonly Finding[]) => {
    out.push('', `== ${prefix}${title} (${findings.length}) ==`);
    for (const f of findings.slice(0, perList)) out.push(`  ${f.reason[language]}`);
    if (findings.length > perList) out.push(t(language, 'moreItems', { n: findings.length - perList }));
  };
  const f = scope.findings;
  list(t(language, 'findingsNew'), f.new);
  if (f.goneWithClosure.length > 0) list(t(language, 'findingsGoneWithClosure'), f.goneWithClosure);
  list(t(language, 'findingsResolved'), f.resolved);
  list(
    t(language, 'findingsChanged'),
    f.changed.map((c) => c.after),
  );
  return out;
}
