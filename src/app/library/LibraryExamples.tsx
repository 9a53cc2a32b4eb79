/**
 * "Examples" in the model library: the reference park and the published
 * exchange lists bundled with the app. Opening an exchange list reads it
 * with core, as a CSV import is read, and shows the same import report
 * (what it creates, every warning); confirming stores it as a new model of
 * the library and opens it. The user's other models are not touched.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../core/model/labels.ts';
import { formatProblem, type Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import {
  EXAMPLES,
  exampleModel,
  exampleName,
  readExample,
  type BundledExample,
  type ExchangeListExample,
} from './examples.ts';
import type { LibraryActions } from './libraryActions.ts';
import { canConfirm, type ImportReport as Report } from '../imports/importReport.ts';
import { ImportReport } from '../imports/ImportReport.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';
import '../imports/transfer.css';
import './examples.css';

interface LibraryExamplesProps {
  readonly actions: LibraryActions;
  /** Called once an example was stored and opened (the dialog closes). */
  readonly onOpened: () => void;
}

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly example: ExchangeListExample }
  | { readonly kind: 'report'; readonly example: ExchangeListExample; readonly report: Report }
  | { readonly kind: 'storing'; readonly example: BundledExample; readonly report?: Report };

export function LibraryExamples({ actions, onOpened }: LibraryExamplesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  /** The running read: leaving (the dialog unmounts) or picking another example cancels it. */
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  /** The report appears below the list: brought into view when it does. */
  const reportBox = useRef<HTMLDivElement>(null);

  const store = async (example: BundledExample, report?: Report) => {
    // The reference example stores the reference park (no model given); an exchange list its confirmed import.
    let model: ParkModel | undefined;
    if (example.kind === 'exchange-list') {
      const imported = report ? exampleModel(example, report) : null;
      if (!imported) return;
      model = imported;
    }
    setPhase({ kind: 'storing', example, ...(report ? { report } : {}) });
    const created = await actions.create(exampleName(example, language), model);
    if (created.ok) {
      setPhase({ kind: 'idle' });
      setProblems([]);
      onOpened();
      return;
    }
    setProblems(created.problems);
    setPhase(report && example.kind === 'exchange-list' ? { kind: 'report', example, report } : { kind: 'idle' });
  };
  const open = async (example: BundledExample) => {
    setProblems([]);
    running.current?.abort();
    if (example.kind === 'reference') {
      await store(example);
      return;
    }
    const controller = new AbortController();
    running.current = controller;
    setPhase({ kind: 'reading', example });
    const report = await readExample(example, { signal: controller.signal });
    if (running.current !== controller) return;
    running.current = null;
    setPhase({ kind: 'report', example, report });
  };
  const cancel = () => {
    running.current?.abort();
    running.current = null;
    setPhase({ kind: 'idle' });
    setProblems([]);
  };

  const busy = phase.kind === 'reading' || phase.kind === 'storing';
  const report = phase.kind === 'report' || phase.kind === 'storing' ? phase.report : undefined;
  const shown = phase.kind === 'idle' ? undefined : phase.example;
  useEffect(() => {
    if (report) reportBox.current?.scrollIntoView?.({ block: 'nearest' });
  }, [report]);
  return (
    <section className="library-examples" data-testid="library-examples" aria-labelledby="library-examples-title">
      <h3 id="library-examples-title">{t('examples.title')}</h3>
      <p className="note">{t('examples.help')}</p>
      <ul>
        {EXAMPLES.map((example) => (
          <li key={example.id} data-testid="library-example" data-example-id={example.id}>
            <div>
              <span className="library-name">{localize(example.title, language)}</span>
              <span className="library-kind">
                {t(example.kind === 'reference' ? 'examples.kindReference' : 'examples.kindExchangeList')}
              </span>
            </div>
            <p className="library-example-summary">{localize(example.summary, language)}</p>
            <button
              type="button"
              data-testid="library-example-open"
              disabled={busy}
              aria-label={t('examples.openNamed', { name: localize(example.title, language) })}
              onClick={() => void open(example)}
            >
              {t('examples.open')}
            </button>
          </li>
        ))}
      </ul>
      <div aria-live="polite" aria-busy={phase.kind === 'reading'}>
        {phase.kind === 'reading' && (
          <p className="transfer-busy" data-testid="library-example-reading">
            {t('transfer.reading', { file: phase.example.file })}
          </p>
        )}
      </div>
      {report && shown && (
        <div className="library-example-report" data-testid="library-example-report" ref={reportBox}>
          <ImportReport report={report} />
          <p className="note">{t('examples.confirmHelp', { name: exampleName(shown, language) })}</p>
          <div className="library-actions">
            <button
              type="button"
              data-testid="library-example-confirm"
              disabled={busy || !canConfirm(report)}
              onClick={() => void store(shown, report)}
            >
              {phase.kind === 'storing' ? t('transfer.applying') : t('examples.confirm')}
            </button>
            <button type="button" data-testid="library-example-cancel" onClick={cancel}>
              {t('library.cancel')}
            </button>
          </div>
        </div>
      )}
      {problems.length > 0 && (
        <ul className="field-error" role="alert" data-testid="library-example-problems">
          {problems.map((p, i) => (
            <li key={i}>{formatProblem(p, language)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
