/**
 * The ranked gap-filling projects as a terminal report: a table of the
 * figures an investment team compares, each project's explanation, the
 * candidates the park's policy excludes (with the rule), and the score's
 * formula in plain words.
 */
import type { ProjectRanking } from '../core/analysis/projects.ts';
import { PENALTY_PARTS, SCORE_PARTS } from '../core/analysis/projects.ts';
import { numberLocale, SCORE_PART_LABELS } from '../core/analysis/presentation.ts';
import { localize } from '../core/model/labels.ts';
import type { Language } from '../core/model/types.ts';
import { columns, t } from './i18n.ts';
import { formatTable } from './table.ts';
import { message } from '../core/text/message.ts';
import { listNames } from '../core/text/lists.ts';

export function renderProjects(ranking: ProjectRanking | undefined, language: Language, top: number): string {
  if (!ranking || ranking.candidates.length === 0) return t(language, 'noProjects');
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 0 });
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
  const header = [
    '#',
    ...columns(language, [
      'projectColumnProject',
      'projectColumnScore',
      'projectColumnOffDisposal',
      'projectColumnPurchasesCut',
      'projectColumnEmissions',
      'projectColumnEnergy',
      'projectColumnInvestment',
      'projectColumnPayback',
    ]),
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
    (x) =>
      `  ✗ ${localize(x.name, language)}:${x.reasons.map((r) => r[language]).join(message(language, 'common:groupSeparator'))}`,
  );
  const weights = listNames(
    SCORE_PARTS.map(
      (part) =>
        `${PENALTY_PARTS.has(part) ? '−' : ''}${SCORE_PART_LABELS[part].label[language]} ${ranking.candidates[0]!.score.weights[part]}`,
    ),
    language,
  );
  return [
    table,
    '',
    ...reasons,
    ...(excluded.length > 0 ? ['', t(language, 'projectsExcluded', { n: excluded.length }), ...excluded] : []),
    '',
    t(language, 'projectsScoreNote', { weights, skipped: ranking.skipped.length }),
  ].join('\n');
}
