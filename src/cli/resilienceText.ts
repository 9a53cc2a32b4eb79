/** The closure ranking as a terminal table: what each enterprise's closure would cost the park. */
import { closureRow, formatRerouted, type ClosureRanking } from '../core/analysis/resilience.ts';
import { localize } from '../core/model/labels.ts';
import type { Language, ParkModel } from '../core/model/types.ts';
import { formatUnmet } from '../core/analysis/text.ts';
import { columns } from './i18n.ts';
import { formatTable } from './table.ts';

export function renderClosureRanking(
  model: ParkModel,
  ranking: readonly ClosureRanking[],
  language: Language,
  top: number,
): string {
  const name = (id: string) => localize(model.enterprises.find((e) => e.id === id)?.name, language) || id;
  const rows = ranking.slice(0, top).map((r, i) => {
    const row = closureRow(r);
    return [
      String(i + 1),
      name(row.enterprise),
      row.score.toFixed(2),
      formatUnmet(row.unmet, language, row.unmetLinks),
      String(row.chainsBroken),
      String(row.dependants),
      formatRerouted(row, language),
    ];
  });
  const header = [
    '#',
    ...columns(language, [
      'closureColumnEnterprise',
      'closureColumnImpact',
      'closureColumnUnmet',
      'closureColumnChainsBroken',
      'closureColumnDependants',
      'closureColumnRerouted',
    ]),
  ];
  return formatTable(header, rows, ['right', 'left', 'right', 'left', 'right', 'right', 'right']);
}
