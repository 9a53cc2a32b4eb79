/** The closure ranking as a terminal table: what each enterprise's closure would cost the park. */
import { closureRow, formatRerouted, type ClosureRanking } from '../core/analysis/resilience.ts';
import { localize } from '../core/model/labels.ts';
import type { Language, ParkModel } from '../core/model/types.ts';
import { formatUnmet } from '../core/analysis/text.ts';
import { formatTable } from './table.ts';

export function renderClosureRanking(
  model: ParkModel,
  ranking: readonly ClosureRanking[],
  language: Language,
  top: number,
): string {
  const zh = language === 'zh';
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
  const header = zh
    ? ['#', '企业', '影响得分', '未满足需求', '断链(条)', '失去唯一链接的企业', '改为外购或外送 t/a']
    : ['#', 'enterprise', 'impact', 'unmet demand', 'chains broken', 'dependants', 'rerouted t/a'];
  return formatTable(header, rows, ['right', 'left', 'right', 'left', 'right', 'right', 'right']);
}
