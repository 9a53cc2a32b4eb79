/**
 * "Diagrams & reports": a modal dialog (native <dialog>: focus stays inside,
 * Escape closes) with three tabs — chain diagram, sankey, reports — each
 * drawing with core and downloading what it drew. Nothing is computed until
 * the dialog is opened.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { AnalysisState } from '../analysis/useAnalysis.ts';
import { DiagramPanel } from './DiagramPanel.tsx';
import type { ChainRequest } from './chainRequest.ts';
import { ReportButtons } from './ReportButtons.tsx';
import { SankeyPanel } from './SankeyPanel.tsx';
import './outputs.css';

interface OutputsDialogProps {
  readonly model: ParkModel;
  readonly catalogue?: TechnologyCatalogue;
  readonly analysis: AnalysisState;
  /** The latest request to show a chain's diagram (from a finding): opens the dialog on it. */
  readonly chainRequest?: ChainRequest | null;
}

const TABS = ['diagram', 'sankey', 'reports'] as const;
type OutputTab = (typeof TABS)[number];

export function OutputsDialog({ model, catalogue, analysis, chainRequest = null }: OutputsDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<OutputTab>('diagram');
  const buttons = useRef(new Map<OutputTab, HTMLButtonElement>());
  const show = () => {
    setOpen(true);
    if (!dialog.current?.open) dialog.current?.showModal();
  };
  useEffect(() => {
    if (!chainRequest) return;
    setTab('diagram');
    setOpen(true);
    if (!dialog.current?.open) dialog.current?.showModal();
  }, [chainRequest]);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    buttons.current.get(next)?.focus();
  };
  const candidates = analysis.status === 'done' ? (analysis.analysis.projects?.candidates ?? []) : [];
  return (
    <>
      <button type="button" data-testid="open-outputs" aria-haspopup="dialog" onClick={show}>
        {t('export.open')}
      </button>
      <dialog
        ref={dialog}
        className="outputs-dialog"
        data-testid="outputs-dialog"
        aria-labelledby="outputs-title"
        onClose={() => setOpen(false)}
      >
        <header>
          <h2 id="outputs-title">{t('export.open')}</h2>
          <button type="button" data-testid="close-outputs" onClick={() => dialog.current?.close()}>
            {t('export.close')}
          </button>
        </header>
        <div className="tabs" role="tablist" aria-label={t('export.open')} onKeyDown={onKeyDown}>
          {TABS.map((id) => (
            <button
              key={id}
              ref={(el) => {
                if (el) buttons.current.set(id, el);
                else buttons.current.delete(id);
              }}
              type="button"
              role="tab"
              id={`outputs-tab-${id}`}
              data-testid={`outputs-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`outputs-panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
            >
              {t(`export.tab.${id}`)}
            </button>
          ))}
        </div>
        {open && (
          <div
            role="tabpanel"
            id={`outputs-panel-${tab}`}
            aria-labelledby={`outputs-tab-${tab}`}
            className="outputs-panel"
          >
            {tab === 'diagram' && (
              <DiagramPanel
                // A new request starts the form again on its chain.
                key={chainRequest?.token ?? 0}
                model={model}
                {...(catalogue ? { catalogue } : {})}
                candidates={candidates}
                {...(chainRequest ? { preferredChain: chainRequest.chain } : {})}
              />
            )}
            {tab === 'sankey' && <SankeyPanel model={model} />}
            {tab === 'reports' && (
              <ReportButtons model={model} {...(catalogue ? { catalogue } : {})} analysis={analysis} />
            )}
          </div>
        )}
      </dialog>
    </>
  );
}
