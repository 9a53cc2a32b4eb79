/**
 * The ranked gap-filling projects as a terminal report: a table of the
 * figures an investment team compares, each project's explanation, the
 * candidates the park's policy excludes (with the rule), and the score's
 * formula in plain words.
 */
import type { ProjectRanking } from '../core/analysis/projects.ts';
import { PENALTY_PARTS, SCORE_PARTS } from '../core/analysis/projects.ts';
import { SCORE_PART_LABELS } from '../core/analysis/presentation.ts';
import { localize } from '../core/model/labels.ts';
import type { Language } from '../core/model/types.ts';
import { formatTable } from './table.ts';

export function renderProjects(ranking: ProjectRanking | undefined, language: Language, top: number): string {
  const zh = language === 'zh';
  if (!ranking || ranking.candidates.length === 0) return zh ? '(没有候选项目)' : '(no candidate projects)';
  const number = new Intl.NumberFormat(zh ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
  const shown = ranking.candidates.slice(0, top);
  const rows = shown.map((c) => [
    String(c.rank),
    localize(c.name, language),
    c.score.total.toFixed(3),
    number.format(c.score.raw.wasteDiverted),
    number.format(c.score.raw.importsReplaced),
    number.format(c.effects.co2eNet),
    number.format(c.effects.energyUse),
    c.economics ? number.format(c.economics.investment) : '–',
    c.economics?.payback == null ? '–' : c.economics.payback.toFixed(1),
  ]);
  const header = zh
    ? [
        '#',
        '项目',
        '得分',
        '净减少送处置 t/a',
        '外购净减少 t/a',
        '净减排 tCO2e/a',
        '新增能耗 tce/a',
        '投资 万元',
        '回收期 年',
      ]
    : [
        '#',
        'project',
        'score',
        'off disposal t/a',
        'purchases cut t/a',
        'net tCO2e/a',
        'energy tce/a',
        'investment 10k CNY',
        'payback years',
      ];
  const table = formatTable(header, rows, [
    'right',
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
  ]);
  const reasons = shown.map((c) => `  ${c.rank}. ${c.explanation[language]}`);
  const excluded = ranking.excluded.map(
    (x) => `  ✗ ${localize(x.name, language)}:${x.reasons.map((r) => r[language]).join(zh ? ';' : '; ')}`,
  );
  const weights = SCORE_PARTS.map(
    (part) =>
      `${PENALTY_PARTS.has(part) ? '−' : ''}${SCORE_PART_LABELS[part].label[language]} ${ranking.candidates[0]!.score.weights[part]}`,
  ).join(zh ? '、' : ', ');
  return [
    table,
    '',
    ...reasons,
    ...(excluded.length > 0
      ? [
          '',
          zh
            ? `不符合园区准入政策、未参与排名的项目(${excluded.length}):`
            : `Not admitted by the park's policy (${excluded.length}):`,
          ...excluded,
        ]
      : []),
    '',
    zh
      ? `得分 = 各项按全部候选中的最大值归一化后加权求和,带“−”的项扣分(权重:${weights});另有 ${ranking.skipped.length} 项工艺因园区内无原料也无产品需求未列入。`
      : `score = weighted sum of each part scaled by the largest among the candidates; parts marked − count against (weights: ${weights}); ${ranking.skipped.length} technologies were left out because the park has neither their feedstock nor a need for their products.`,
  ].join('\n');
}
