/**
 * "Export": the open model, with the actors where the user left them, as a
 * file in every format core writes, and the empty XLSX template. A modal
 * dialog (native <dialog>) of buttons; what a format could not carry (core's
 * export warnings) is shown after the download. The writers are loaded on
 * first use.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProblem, type Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { downloadBlob } from './download.ts';
import { EXPORT_CHOICES, type ExportChoice } from './exportChoices.ts';
import type { Positions } from '../model/positions.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import '../imports/transfer.css';

interface ExportMenuProps {
  readonly model: ParkModel;
  /** The positions the store holds (null: the model's own view). */
  readonly positions: () => Positions | null;
}

/** Between the files of one export: browsers drop downloads started in the same instant. */
const BETWEEN_FILES_MS = 250;

type Outcome =
  | { readonly kind: 'done'; readonly files: readonly string[]; readonly warnings: readonly Problem[] }
  | { readonly kind: 'failed'; readonly message: string };

export function ExportMenu({ model, positions }: ExportMenuProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState<ExportChoice | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (choice: ExportChoice) => {
    setBusy(choice);
    setOutcome(null);
    try {
      const { buildExport, modelWithView } = await import('./modelExport.ts');
      const { files, warnings } = await buildExport(modelWithView(model, positions()), choice);
      for (const [index, file] of files.entries()) {
        if (index > 0) await new Promise((resolve) => setTimeout(resolve, BETWEEN_FILES_MS));
        downloadBlob(file.blob, file.name);
      }
      setOutcome({ kind: 'done', files: files.map((f) => f.name), warnings });
    } catch (error) {
      setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <button
        type="button"
        data-testid="export-button"
        aria-haspopup="dialog"
        onClick={() => {
          setOutcome(null);
          dialog.current?.showModal();
        }}
      >
        {t('transfer.export')}
      </button>
      <dialog ref={dialog} className="transfer-dialog" data-testid="export-dialog" aria-labelledby="export-title">
        <header>
          <h2 id="export-title">{t('transfer.exportTitle')}</h2>
          <button type="button" data-testid="export-close" onClick={() => dialog.current?.close()}>
            {t('transfer.close')}
          </button>
        </header>
        <p className="note">{t('transfer.exportHelp')}</p>
        <ul className="transfer-formats" aria-busy={busy !== null}>
          {EXPORT_CHOICES.map((choice) => (
            <li key={choice}>
              <button
                type="button"
                data-testid={`export-${choice}`}
                disabled={busy !== null}
                aria-describedby={`export-note-${choice}`}
                onClick={() => void run(choice)}
              >
                {t(`transfer.format.${choice}`)}
              </button>
              <span id={`export-note-${choice}`} className="note">
                {t(`transfer.formatNote.${choice}`)}
              </span>
            </li>
          ))}
        </ul>
        <div aria-live="polite">
          {busy && (
            <p className="transfer-busy" data-testid="export-busy">
              {t('transfer.exporting')}
            </p>
          )}
          {outcome?.kind === 'done' && (
            <div data-testid="export-done">
              <p>{t('transfer.exported', { count: outcome.files.length, files: outcome.files.join(', ') })}</p>
              {outcome.warnings.length > 0 && (
                <ul className="transfer-problems" data-testid="export-warnings">
                  {outcome.warnings.map((w, i) => (
                    <li key={i} className="warning">
                      <span className="transfer-severity">{t('transfer.severity.warning')}</span>{' '}
                      {formatProblem(w, language)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
        {outcome?.kind === 'failed' && (
          <p role="alert" className="export-error">
            {t('transfer.exportFailed', { message: outcome.message })}
          </p>
        )}
      </dialog>
    </>
  );
}
