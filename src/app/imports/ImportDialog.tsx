/**
 * "Import": a modal dialog (native <dialog>) with a file picker. The files
 * are read with core, and the report says what would change and every
 * problem; nothing changes until the user confirms, and confirming is
 * refused while the file has errors. The files are read in a Web Worker
 * (importClient.ts), so the page stays responsive; closing the dialog
 * while one is read cancels it. An exchange list with probable duplicate
 * names gets a merge step in its report: applying the user's choices reads
 * the same files again with them (nothing is merged unless chosen).
 */
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AliasPair } from '../../core/io/aliasTable.ts';
import { formatProblem, problem, type Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import { runImport } from './importClient.ts';
import type { PickedFile } from './importFlow.ts';
import { aliasPairs, choose, hasUnapplied, markApplied, startMerges, type MergeSession } from './importMerges.ts';
import {
  canConfirm,
  IMPORT_ACCEPT,
  importAction,
  type ApplyChoice,
  type ImportAction,
  type ImportReport as Report,
} from './importReport.ts';
import { ImportReport } from './ImportReport.tsx';
import { MergeStep } from './MergeStep.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';
import './transfer.css';

interface ImportDialogProps {
  /** The open model: what the import is compared with. */
  readonly model: ParkModel;
  /** Applies a confirmed import; resolves to the problems when it could not be applied. */
  readonly onApply: (action: ImportAction) => Promise<readonly Problem[]>;
}

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly source: string }
  | { readonly kind: 'report'; readonly report: Report }
  /** Reading the same files again with the merges chosen; the previous report stays in view. */
  | { readonly kind: 'merging'; readonly report: Report }
  | { readonly kind: 'applying'; readonly report: Report };

const IDLE: Phase = { kind: 'idle' };

export function ImportDialog({ model, onApply }: ImportDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  /** Bumped by every new pick and by closing: a late result of an older one is dropped. */
  const generation = useRef(0);
  /** The running import: closing the dialog (Cancel, Close, Esc) aborts it, which ends its worker. */
  const running = useRef<AbortController | null>(null);
  /** The files of the report shown: applying merges reads them again (their bytes went to the worker). */
  const picked = useRef<readonly File[]>([]);
  const [phase, setPhase] = useState<Phase>(IDLE);
  const [merges, setMerges] = useState<MergeSession | null>(null);
  const [choice, setChoice] = useState<ApplyChoice>('replace');
  const [applyProblems, setApplyProblems] = useState<readonly Problem[]>([]);
  // Leaving the page section mid-import must not leave a worker parsing a file nobody will see.
  useEffect(() => () => running.current?.abort(), []);

  const show = () => {
    setPhase(IDLE);
    setApplyProblems([]);
    dialog.current?.showModal();
  };
  const reset = () => {
    generation.current += 1;
    running.current?.abort();
    running.current = null;
    setPhase(IDLE);
    setApplyProblems([]);
    setMerges(null);
    picked.current = [];
    if (input.current) input.current.value = '';
  };
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    if (files.length === 0) return;
    const mine = ++generation.current;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    picked.current = files;
    setApplyProblems([]);
    setMerges(null);
    setPhase({ kind: 'reading', source: files.map((f) => f.name).join(', ') });
    const report = await readFiles(files, model, controller.signal);
    if (running.current === controller) running.current = null;
    if (generation.current !== mine) return;
    setMerges(startMerges(report.duplicates));
    setPhase({ kind: 'report', report });
  };
  const applyMerges = async () => {
    if (phase.kind !== 'report' || !merges) return;
    const mine = ++generation.current;
    const controller = new AbortController();
    running.current = controller;
    const session = merges;
    setApplyProblems([]);
    setPhase({ kind: 'merging', report: phase.report });
    const report = await readFiles(
      picked.current,
      model,
      controller.signal,
      aliasPairs(session.groups, session.chosen),
    );
    if (running.current === controller) running.current = null;
    if (generation.current !== mine) return;
    setMerges(markApplied(session));
    setPhase({ kind: 'report', report });
  };
  const confirm = async () => {
    if (phase.kind !== 'report') return;
    const action = importAction(phase.report, choice, language);
    if (!action) return;
    setPhase({ kind: 'applying', report: phase.report });
    const problems = await onApply(action);
    if (problems.length === 0) {
      dialog.current?.close();
      return;
    }
    setApplyProblems(problems);
    setPhase({ kind: 'report', report: phase.report });
  };

  const report = phase.kind === 'idle' || phase.kind === 'reading' ? null : phase.report;
  // A report read without the merges now chosen would not do what the step shows.
  const confirmable = phase.kind === 'report' && canConfirm(phase.report) && !hasUnapplied(merges);
  const mergeStep = merges && (
    <MergeStep
      session={merges}
      busy={phase.kind !== 'report'}
      onChoose={(index, choice) => setMerges((session) => session && choose(session, index, choice))}
      onApply={() => void applyMerges()}
    />
  );
  return (
    <>
      <button type="button" data-testid="import-button" aria-haspopup="dialog" onClick={show}>
        {t('transfer.import')}
      </button>
      <dialog
        ref={dialog}
        className="transfer-dialog"
        data-testid="import-dialog"
        aria-labelledby="import-title"
        onClose={reset}
      >
        <header>
          <h2 id="import-title">{t('transfer.importTitle')}</h2>
          <button type="button" data-testid="import-close" onClick={() => dialog.current?.close()}>
            {t('transfer.close')}
          </button>
        </header>
        <p className="note">{t('transfer.importHelp')}</p>
        <label className="transfer-pick">
          <span>{t('transfer.chooseFiles')}</span>
          <input
            ref={input}
            type="file"
            multiple
            accept={IMPORT_ACCEPT}
            data-testid="import-file"
            disabled={phase.kind === 'reading' || phase.kind === 'merging' || phase.kind === 'applying'}
            onChange={(event) => void pick(event)}
          />
        </label>
        <div aria-live="polite" aria-busy={phase.kind === 'reading'}>
          {phase.kind === 'reading' && (
            <p className="transfer-busy" data-testid="import-busy">
              {t('transfer.reading', { file: phase.source })}
            </p>
          )}
        </div>
        {report && <ImportReport report={report} mergeStep={mergeStep} />}
        {report && (
          <fieldset className="transfer-choice" disabled={!canConfirm(report)}>
            <legend>{t('transfer.applyHow')}</legend>
            {(['replace', 'new'] as const).map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name="import-apply"
                  value={option}
                  data-testid={`import-apply-${option}`}
                  checked={choice === option}
                  onChange={() => setChoice(option)}
                />
                {t(`transfer.apply.${option}`)}
              </label>
            ))}
          </fieldset>
        )}
        {applyProblems.length > 0 && (
          <ul className="field-error" role="alert" data-testid="import-apply-problems">
            {applyProblems.map((p, i) => (
              <li key={i}>{formatProblem(p, language)}</li>
            ))}
          </ul>
        )}
        <footer>
          <button type="button" data-testid="import-confirm" disabled={!confirmable} onClick={() => void confirm()}>
            {phase.kind === 'applying' ? t('transfer.applying') : t('transfer.confirm')}
          </button>
          <button type="button" data-testid="import-cancel" onClick={() => dialog.current?.close()}>
            {t('transfer.cancel')}
          </button>
        </footer>
      </dialog>
    </>
  );
}

/** Bytes, then core's import and plan in a worker; a file the browser cannot read is a report too. */
async function readFiles(
  files: readonly File[],
  model: ParkModel,
  signal: AbortSignal,
  aliases?: readonly AliasPair[],
): Promise<Report> {
  const source = files.map((f) => f.name).join(', ');
  try {
    const picked: PickedFile[] = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    return await runImport(picked, model, { signal, ...(aliases ? { aliases } : {}) });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const failed = problem('error', 'import-read', [], appBilingual('importProblem.unreadable', { detail }));
    return { source, format: undefined, current: model, plan: { ok: false, problems: [failed] } };
  }
}
