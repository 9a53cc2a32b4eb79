import { useTranslation } from 'react-i18next';
import type { Kpis } from '../../core/analysis/kpis.ts';
import type { Language } from '../../core/model/types.ts';
import { formatKpi, kpiRows } from '../state/kpiRows.ts';
import { numberLocale } from '../state/language.ts';

export function KpiTable({ kpis, language }: { readonly kpis: Kpis; readonly language: Language }) {
  const { t } = useTranslation();
  const locale = numberLocale(language);
  const verdict = (yes: boolean) => (yes ? t('kpi.symbiosis') : t('kpi.notSymbiosis'));
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
        {kpiRows(kpis).map((row) => (
          <tr key={row.key}>
            <th scope="row">{t(`kpi.${row.key}`)}</th>
            <td>{formatKpi(row, locale, verdict)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
