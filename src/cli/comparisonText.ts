/** Renders a comparison of two analyses: KPI deltas, then findings resolved, new and changed. */
import type { AnalysisComparison } from '../core/analysis/compareAnalyses.ts';
import type { Language } from '../core/model/types.ts';
import { formatTable } from './table.ts';

export function renderComparison(comparison: AnalysisComparison, language: Language, perList: number): string {
  const zh = language === 'zh';
  const out: string[] = [];
  const locale = zh ? 'zh-CN' : 'en-US';
  const fmt = (x: number | null) =>
    x === null ? '–' : Number.isInteger(x) || Math.abs(x) >= 100 ? Math.round(x).toLocaleString(locale) : x.toFixed(4);
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
  out.push('', `== ${zh ? '指标变化' : 'KPI changes'} ==`);
  out.push(
    formatTable(
      zh ? ['指标', '之前', '之后', '变化'] : ['metric', 'before', 'after', 'change'],
      comparison.kpis.map((d) => [
        d.key,
        fmt(d.before),
        fmt(d.after),
        d.delta === null ? '–' : `${d.delta >= 0 ? '+' : ''}${fmt(d.delta)}`,
      ]),
      ['left', 'right', 'right', 'right'],
    ),
  );
  const list = (title: string, findings: readonly { reason: { zh: string; en: string } }[]) => {
    out.push('', `== ${title} (${findings.length}) ==`);
    for (const f of findings.slice(0, perList)) out.push(`  ${f.reason[language]}`);
    if (findings.length > perList)
      out.push(zh ? `  …… 另有 ${findings.length - perList} 项` : `  … and ${findings.length - perList} more`);
  };
  list(zh ? '新出现的问题' : 'New findings', comparison.findings.new);
  list(zh ? '已消除的问题' : 'Resolved findings', comparison.findings.resolved);
  list(
    zh ? '有变化的问题' : 'Changed findings',
    comparison.findings.changed.map((c) => c.after),
  );
  return out.join('\n');
}
