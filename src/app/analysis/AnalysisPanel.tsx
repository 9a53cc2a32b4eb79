/** The analysis in tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move between them), or the worker's progress. */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/analysis/finding.ts';
import type { ProjectCandidate } from '../../core/analysis/projects.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { ANALYSIS_TABS, tabAfterKey, tabFindings, type AnalysisTab } from './analysisTabs.ts';
import type { ShownAnalysis } from './shownAnalysis.ts';
import type { AnalysisState } from './useAnalysis.ts';
import { FindingList } from './FindingList.tsx';
import { groupFindingsByKind } from '../../core/analysis/presentation.ts';
import { DEFAULT_ABRIDGE_OPTIONS } from '../../core/analysis/abridgeAnalysis.ts';
import { KpiTable } from './KpiTable.tsx';
import { ProjectList } from './ProjectList.tsx';
import { ResilienceTable } from './ResilienceTable.tsx';

interface AnalysisPanelProps {
  readonly model: ParkModel;
  readonly analysis: AnalysisState;
  readonly highlighted: string | null;
  readonly onToggle: (finding: Finding) => void;
  readonly onClear: () => void;
  readonly shownProject: string | null;
  readonly onToggleProject: (candidate: ProjectCandidate) => void;
  /** The network metrics' self-loop convention (the CLI's --self-loops). */
  readonly selfLoops: boolean;
  readonly onSelfLoops: (on: boolean) => void;
}

export function AnalysisPanel(props: AnalysisPanelProps) {
  const { analysis } = props;
  const { t } = useTranslation();
  const [tab, setTab] = useState<AnalysisTab>('overview');
  const buttons = useRef(new Map<AnalysisTab, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabAfterKey(tab, event.key);
    if (next === null) return;
    event.preventDefault();
    setTab(next);
    buttons.current.get(next)?.focus();
  };
  return (
    <section className="analysis" aria-label={t('analysis.title')} aria-busy={analysis.status === 'computing'}>
      <h2>{t('analysis.title')}</h2>
      <div className="tabs" role="tablist" aria-label={t('analysis.title')} onKeyDown={onKeyDown}>
        {ANALYSIS_TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              if (el) buttons.current.set(id, el);
              else buttons.current.delete(id);
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            data-testid={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(`tab.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={0}>
        {analysis.status === 'computing' && (
          <p className="computing" role="status">
            {t('analysis.computing')}
          </p>
        )}
        {analysis.status === 'failed' && <p role="alert">{t('analysis.failed', { message: analysis.message })}</p>}
        {analysis.status === 'done' && <TabContent {...props} tab={tab} result={analysis.analysis} />}
      </div>
    </section>
  );
}

function TabContent(props: AnalysisPanelProps & { readonly tab: AnalysisTab; readonly result: ShownAnalysis }) {
  const { model, tab, result, highlighted, onToggle, onClear, shownProject, onToggleProject } = props;
  const { t } = useTranslation();
  if (tab === 'overview')
    return (
      <>
        <KpiTable kpis={result.kpis} withPlanned={result.kpisWithPlanned} />
        <label className="switch" title={t('analysis.selfLoopsHint')}>
          <input
            type="checkbox"
            data-testid="self-loops"
            checked={props.selfLoops}
            onChange={(e) => props.onSelfLoops(e.target.checked)}
          />{' '}
          {t('analysis.selfLoops')}
        </label>
      </>
    );
  if (tab === 'projects')
    return <ProjectList ranking={result.projects} shown={shownProject} onToggle={onToggleProject} />;
  const findings = tabFindings(result.findings, tab);
  // A large park's list is abridged (core's abridgeAnalysis.ts): each kind's count is the whole analysis'.
  const totals = result.abridged?.findings?.perKind;
  const count = groupFindingsByKind(findings).reduce(
    (sum, group) => sum + (totals?.[group.kind] ?? group.findings.length),
    0,
  );
  return (
    <>
      {tab === 'resilience' && <ResilienceTable model={model} ranking={result.resilience ?? []} />}
      <div className="findings-head">
        <h3>{t('analysis.findings', { count })}</h3>
        {highlighted !== null && (
          <button type="button" onClick={onClear}>
            {t('analysis.clearHighlight')}
          </button>
        )}
      </div>
      {findings.length === 0 ? (
        <p>{t('analysis.none')}</p>
      ) : (
        <>
          {count > findings.length && (
            <p className="findings-abridged">
              {t('analysis.abridged', {
                shown: findings.length,
                count,
                perKind: DEFAULT_ABRIDGE_OPTIONS.findingsPerKind,
              })}
            </p>
          )}
          <FindingList findings={findings} totals={totals} highlighted={highlighted} onToggle={onToggle} />
        </>
      )}
    </>
  );
}
