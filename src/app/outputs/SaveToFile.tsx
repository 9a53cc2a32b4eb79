/**
 * "Save to FILE": shown when `symbiograph open FILE` served the page and the
 * open model is the one made from that file (the library entry whose origin
 * is the served park's address), it writes the model, with the actors where
 * the user left them, back over the file (saveToFile.ts). A dialog opens
 * only when there is something to say: what the file's format will not keep
 * (asked before the first save), warnings, or why nothing was written — the
 * file changed on disk meanwhile, an invalid model, a refused request, no
 * server — with a complete copy to download instead.
 *
 * An exchange list (.csv) holds flows only. The careful user who opened one
 * keeps it as their source, often edited in a spreadsheet: saving a .json
 * beside it would leave the list they maintain without their edits, and two
 * files to reconcile. So the list itself is written, but only once the user
 * has been told what it does not keep (core's formatLimits) and agreed, once
 * per page; keeping everything is one Export away, and offered right there.
 */
import { Suspense, use, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLimits } from '../../core/io/modelFormats.ts';
import type { Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { Positions } from '../model/positions.ts';
import { downloadBlob } from './download.ts';
import type { OpenFile } from './openFile.ts';
import { newWarnings, saveToFile, type SaveOutcome } from './saveToFile.ts';
import { ProblemList, SaveOutcomeText } from './SaveOutcomeText.tsx';
import '../imports/transfer.css';
import './saveToFile.css';

interface SaveToFileProps {
  /** The file the page was opened with (openFile.ts), once known; null when there is none. */
  readonly openFile: Promise<OpenFile | null>;
  /** Where the open library entry came from. */
  readonly entryOrigin: string | undefined;
  readonly model: ParkModel;
  /** The positions the store holds (null: the model's own view). */
  readonly positions: () => Positions | null;
}

export function SaveToFile(props: SaveToFileProps) {
  return (
    <Suspense fallback={null}>
      <SaveToOpenFile {...props} />
    </Suspense>
  );
}

function SaveToOpenFile({ openFile, entryOrigin, ...props }: SaveToFileProps) {
  const file = use(openFile);
  if (file === null || entryOrigin !== file.modelUrl) return null;
  return <SaveButton file={file} {...props} />;
}

type Shown =
  | { readonly kind: 'limits' }
  | { readonly kind: 'outcome'; readonly outcome: SaveOutcome; readonly warnings: readonly Problem[] };

interface SaveButtonProps {
  readonly file: OpenFile;
  readonly model: ParkModel;
  readonly positions: () => Positions | null;
}

function SaveButton({ file, model, positions }: SaveButtonProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  /** The model as last written to the file: "saved" is shown until the next edit. */
  const [written, setWritten] = useState<ParkModel | null>(null);
  const [limitsAccepted, setLimitsAccepted] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const limits = formatLimits(file.format);
  const name = file.name;

  const show = (next: Shown) => {
    setShown(next);
    if (!dialog.current?.open) dialog.current?.showModal();
  };

  const save = async () => {
    setBusy(true);
    try {
      const { modelWithView } = await import('./modelExport.ts');
      const outcome = await saveToFile(file, modelWithView(model, positions()), (url, init) => fetch(url, init));
      const warnings = newWarnings(outcome, file);
      if (outcome.kind === 'saved') setWritten(model);
      if (outcome.kind !== 'saved' || warnings.length > 0) show({ kind: 'outcome', outcome, warnings });
      else dialog.current?.close();
    } finally {
      setBusy(false);
    }
  };

  const downloadCopy = async () => {
    const { buildExport, modelWithView } = await import('./modelExport.ts');
    const { files } = await buildExport(modelWithView(model, positions()), 'json');
    for (const copy of files) downloadBlob(copy.blob, copy.name);
  };

  const saved = written === model;
  return (
    <span className="save-to-file">
      <button
        type="button"
        data-testid="save-to-file"
        title={t('saveFile.buttonTitle', { file: file.file })}
        disabled={busy}
        aria-describedby="save-to-file-state"
        onClick={() => (limits.length > 0 && !limitsAccepted ? show({ kind: 'limits' }) : void save())}
      >
        {t('saveFile.button', { name })}
      </button>
      <span id="save-to-file-state" className="save-to-file-state" data-testid="save-to-file-state" role="status">
        {busy ? t('saveFile.saving') : saved ? t('saveFile.saved') : ''}
      </span>
      <dialog
        ref={dialog}
        className="transfer-dialog save-to-file-dialog"
        data-testid="save-to-file-dialog"
        aria-labelledby="save-to-file-title"
        onClose={() => setShown(null)}
      >
        <header>
          <h2 id="save-to-file-title">{t('saveFile.title', { name })}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('transfer.close')}
          </button>
        </header>
        {shown?.kind === 'limits' && (
          <>
            <p>{t('saveFile.limitsIntro', { name })}</p>
            <ProblemList problems={limits} />
            <p className="note">{t('saveFile.limitsExport')}</p>
            <footer>
              <button type="button" data-testid="save-to-file-download" onClick={() => void downloadCopy()}>
                {t('saveFile.downloadCopy')}
              </button>
              <button
                type="button"
                data-testid="save-to-file-confirm"
                disabled={busy}
                onClick={() => {
                  setLimitsAccepted(true);
                  void save();
                }}
              >
                {t('saveFile.confirmLimits', { name })}
              </button>
            </footer>
          </>
        )}
        {shown?.kind === 'outcome' && (
          <SaveOutcomeText outcome={shown.outcome} warnings={shown.warnings} name={name} onCopy={downloadCopy} />
        )}
      </dialog>
    </span>
  );
}
