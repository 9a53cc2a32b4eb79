/** The CLI's reports from the app: HTML, Markdown and the XLSX of findings and projects, for the model and analysis on screen. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { downloadBlob } from './download.ts';
import { exportFileName } from './fileNames.ts';
import type { ReportFormat } from './reportExport.ts';
import type { AnalysisState } from '../analysis/useAnalysis.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface ReportButtonsProps {
  readonly model: ParkModel;
  readonly catalogue?: TechnologyCatalogue;
  readonly analysis: AnalysisState;
}

const FORMATS: readonly ReportFormat[] = ['html', 'md', 'xlsx'];

export function ReportButtons({ model, catalogue, analysis }: ReportButtonsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = (format: ReportFormat) => {
    if (analysis.status !== 'done') return;
    setBusy(format);
    setError(null);
    // Reports count and list every finding: a large park's analysis on screen is abridged, the host holds them all.
    Promise.all([import('./reportExport.ts'), analysis.whole()])
      .then(([m, complete]) =>
        m.buildReport(format, { model, analysis: complete, ...(catalogue ? { catalogue } : {}), language }),
      )
      .then(
        (blob) => downloadBlob(blob, exportFileName([model.park.id, 'report', language], format)),
        (reason: unknown) => setError(String(reason)),
      )
      .finally(() => setBusy(null));
  };
  return (
    <div className="report-buttons" aria-busy={busy !== null}>
      {analysis.status === 'computing' && <p role="status">{t('export.reportPending')}</p>}
      {analysis.status === 'failed' && <p role="alert">{t('export.failed', { message: analysis.message })}</p>}
      <div className="export-buttons" role="group" aria-label={t('export.tab.reports')}>
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            data-testid={`report-${format}`}
            disabled={analysis.status !== 'done' || busy !== null}
            onClick={() => download(format)}
          >
            {t(`export.report.${format}`)}
          </button>
        ))}
      </div>
      {busy && (
        <p role="status" className="export-busy">
          {t('export.reportBusy')}
        </p>
      )}
      {error && (
        <p role="alert" className="export-error">
          {t('export.failed', { message: error })}
        </p>
      )}
    </div>
  );
}
