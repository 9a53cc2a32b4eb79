/** KPIs and findings, or the worker's progress. */
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/analysis/finding.ts';
import type { Language } from '../../core/model/types.ts';
import type { AnalysisState } from '../state/useAnalysis.ts';
import { FindingList } from './FindingList.tsx';
import { KpiTable } from './KpiTable.tsx';

interface AnalysisPanelProps {
  readonly analysis: AnalysisState;
  readonly highlighted: string | null;
  readonly language: Language;
  readonly onToggle: (finding: Finding) => void;
  readonly onClear: () => void;
}

export function AnalysisPanel({ analysis, highlighted, language, onToggle, onClear }: AnalysisPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="analysis" aria-label={t('analysis.title')} aria-busy={analysis.status === 'computing'}>
      <h2>{t('analysis.title')}</h2>
      {analysis.status === 'computing' && (
        <p className="computing" role="status">
          {t('analysis.computing')}
        </p>
      )}
      {analysis.status === 'failed' && <p role="alert">{t('analysis.failed', { message: analysis.message })}</p>}
      {analysis.status === 'done' && (
        <>
          <KpiTable kpis={analysis.analysis.kpis} language={language} />
          <div className="findings-head">
            <h3>{t('analysis.findings', { count: analysis.analysis.findings.length })}</h3>
            {highlighted !== null && (
              <button type="button" onClick={onClear}>
                {t('analysis.clearHighlight')}
              </button>
            )}
          </div>
          <FindingList
            findings={analysis.analysis.findings}
            highlighted={highlighted}
            language={language}
            onToggle={onToggle}
          />
        </>
      )}
    </section>
  );
}
