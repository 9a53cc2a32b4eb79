/**
 * Renders a comparison of two models: model changes, the headline figures
 * "today" and "with planned" side by side (the second only when planned
 * items exist), then findings new, gone with a closure, resolved and
 * changed.
 */
import type { AnalysisComparison, KpiChange, ScopeComparison } from '../core/comparison/compareAnalyses.ts';
import type { Kpis } from '../core/analysis/kpis.ts';
import { formatKpiValue, KPI_ROWS } from '../core/analysis/presentation.ts';
import type { Finding } from '../core/analysis/finding.ts';
import type { Language } from '../core/model/types.ts';
import { TERMS } from '../core/text/glossary.ts';
import { formatTable } from './table.ts';

export function renderComparison(comparison: AnalysisComparison, language: Language, perList: number): string {
  const zh = language === 'zh';
  const out: string[] = [];
  const m = comparison.model;
  const counts = (
    label: string,
    c: { added: readonly string[]; removed: readonly string[]; changed: readonly unknown[] },
  ) => `${label}: +${c.added.length} −${c.removed.length} ~${c.changed.length}`;
  out.push(`== ${zh ? '模型变化' : 'Model changes'} ==`);
  out.push(
    [
      counts(zh ? '企业' : 'enterprises', m.enterprises),
      counts(zh ? '物质流' : 'flows', m.flows),
      counts(zh ? '物料' : 'materials', m.materials),
      counts(zh ? '产业链' : 'chains', m.chains),
    ].join('   '),
  );
  out.push('', `== ${zh ? '指标变化' : 'Headline figures'} ==`);
  out.push(renderKpiTable(comparison, language));
  const scopes = [comparison.today, ...(comparison.withPlanned ? [comparison.withPlanned] : [])];
  for (const scope of scopes) out.push(...renderFindingChanges(scope, language, perList, scopes.length > 1));
  return out.join('\n');
}

/** One row per headline figure: before → after and the change, today and (when planned items exist) with planned. */
function renderKpiTable(comparison: AnalysisComparison, language: Language): string {
  const zh = language === 'zh';
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
    zh ? '指标' : 'figure',
    ...scopes.flatMap((scope) => [
      `${scopeName(scope)}${zh ? ':之前' : ': before'}`,
      zh ? '之后' : 'after',
      zh ? '变化' : 'change',
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
    const points = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 });
    return `${sign}${points.format(Math.abs(d.delta) * 100)}${language === 'zh' ? ' 个百分点' : ' pp'}`;
  }
  if (row.format === 'verdict')
    return d.delta > 0 ? (language === 'zh' ? '达标' : 'met') : language === 'zh' ? '不再达标' : 'no longer met';
  return `${sign}${formatKpiValue(row, Math.abs(d.delta), language)}`;
}

function renderFindingChanges(
  scope: ScopeComparison,
  language: Language,
  perList: number,
  labelled: boolean,
): string[] {
  const zh = language === 'zh';
  const out: string[] = [];
  const prefix = labelled
    ? `${TERMS[scope.scope === 'today' ? 'today' : 'withPlanned'][language]}${zh ? ':' : ': '}`
    : '';
  const list = (title: string, findings: readonly Finding[]) => {
    out.push('', `== ${prefix}${title} (${findings.length}) ==`);
    for (const f of findings.slice(0, perList)) out.push(`  ${f.reason[language]}`);
    if (findings.length > perList)
      out.push(zh ? `  …… 另有 ${findings.length - perList} 项` : `  … and ${findings.length - perList} more`);
  };
  const f = scope.findings;
  list(zh ? '新出现的问题' : 'New findings', f.new);
  if (f.goneWithClosure.length > 0)
    list(zh ? `${TERMS.goneWithClosure.zh}的问题` : 'Gone with the closure (not resolved)', f.goneWithClosure);
  list(zh ? '已解决的问题' : 'Resolved findings', f.resolved);
  list(
    zh ? '有变化的问题' : 'Changed findings',
    f.changed.map((c) => c.after),
  );
  return out;
}
