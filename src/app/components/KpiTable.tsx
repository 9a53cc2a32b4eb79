import { useTranslation } from 'react-i18next';
import type { Kpis } from '../../core/analysis/kpis.ts';
import { formatKpis } from '../../core/analysis/presentation.ts';
import type { Language } from '../../core/model/types.ts';

/** The park's headline figures; labels and number formats come from core, shared with the CLI and reports. */
export function KpiTable({ kpis, language }: { readonly kpis: Kpis; readonly language: Language }) {
  const { t } = useTranslation();
  return (
    <table className="kpis">
      <caption>{t('analysis.kpis')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.indicator')}</th>
          <th scope="col">{t('analysis.value')}</th>
        </tr>
      </thead>
      <tbody>
        {formatKpis(kpis, language).map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
