import { useTranslation } from 'react-i18next';
import type { Kpis } from '../../core/analysis/kpis.ts';
import { formatKpis } from '../../core/analysis/presentation.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface KpiTableProps {
  readonly kpis: Kpis;
  /** With planned items counted, shown beside today when the model holds any. */
  readonly withPlanned?: Kpis | undefined;
}

/** The park's headline figures; labels and number formats come from core, shared with the CLI and reports. */
export function KpiTable({ kpis, withPlanned }: KpiTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const planned = withPlanned ? formatKpis(withPlanned, language) : undefined;
  return (
    <table className="kpis" data-testid="kpi-table">
      <caption>{t('analysis.kpis')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.indicator')}</th>
          <th scope="col">{planned ? t('analysis.today') : t('analysis.value')}</th>
          {planned && <th scope="col">{t('analysis.withPlanned')}</th>}
        </tr>
      </thead>
      <tbody>
        {formatKpis(kpis, language).map((row, i) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{row.value}</td>
            {planned && <td>{planned[i]?.value}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
