/** The closures that would hurt the park most: unmet demand, chains broken, dependants, mass rerouted. */
import { useTranslation } from 'react-i18next';
import { formatRerouted, type ClosureRanking } from '../../core/analysis/resilience.ts';
import { formatUnmet } from '../../core/analysis/text.ts';
import { localize } from '../../core/model/labels.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { resilienceRows } from './analysisTabs.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface ResilienceTableProps {
  readonly model: ParkModel;
  readonly ranking: readonly ClosureRanking[];
}

export function ResilienceTable({ model, ranking }: ResilienceTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = new Map(model.enterprises.map((e) => [e.id, e.name]));
  return (
    <table className="kpis">
      <caption>{t('analysis.resilienceCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('inspector.title')}</th>
          <th scope="col">{t('analysis.closureScore')}</th>
          <th scope="col">{t('glossary:unmetDemand')}</th>
          <th scope="col">{t('analysis.chainsBroken')}</th>
          <th scope="col">{t('analysis.dependants')}</th>
          <th scope="col">{t('analysis.massRerouted')}</th>
        </tr>
      </thead>
      <tbody>
        {resilienceRows(ranking).map((row) => (
          <tr key={row.enterprise}>
            <th scope="row">{localize(names.get(row.enterprise), language) || row.enterprise}</th>
            <td>{row.score.toFixed(2)}</td>
            <td>{formatUnmet(row.unmet, language, row.unmetLinks)}</td>
            <td>{row.chainsBroken}</td>
            <td>{row.dependants}</td>
            <td>{formatRerouted(row, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
