/**
 * The model library as a modal dialog: the saved models and scenarios, a
 * new model from the reference park, switching, renaming, duplicating,
 * deleting (after a confirmation), resetting the open model, and the
 * entries that cannot be read, with why. The native <dialog> keeps focus
 * inside and closes on Esc.
 */
import { memo, useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProblem, type Problem } from '../../core/model/problems.ts';
import { numberLocale } from '../i18n/language.ts';
import type { LibraryKind } from './libraryRecord.ts';
import type { LibraryListing, LibraryResult } from './modelLibrary.ts';
import type { LibraryActions } from './libraryActions.ts';
import { LibraryRow, type RowMode } from './LibraryRow.tsx';
import { LibraryExamples } from './LibraryExamples.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';
import { LabelledTextForm } from './LabelledTextForm.tsx';
import { useModalWhile } from './useModalWhile.ts';

interface LibraryDialogProps {
  readonly open: boolean;
  readonly actions: LibraryActions;
  readonly currentId: string;
  /** Proposed name of a new model. */
  readonly defaultName: string;
  readonly persistent: boolean;
  /** Changes other tabs made to the library: the list, while open, is read again at each. */
  readonly changes: number;
  readonly onReset: () => void;
  readonly onClose: () => void;
}

/** Memoized: the explorer renders at every edit, and the closed dialog has nothing new to show then. */
export const LibraryDialog = memo(function LibraryDialog(props: LibraryDialogProps) {
  const language = useLanguage();
  const { open, actions, currentId, onClose } = props;
  const { t } = useTranslation();
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const [row, setRow] = useState<{ id: string; mode: RowMode } | null>(null);
  const [newName, setNewName] = useState(props.defaultName);

  const refresh = useCallback(async () => {
    const listed = await actions.list();
    if (listed.ok) setListing(listed.value);
    else setProblems(listed.problems);
  }, [actions]);

  const dialog = useModalWhile(open, () => {
    setProblems([]);
    setRow(null);
    setNewName(props.defaultName);
    void refresh();
  });
  // Another tab created, renamed, saved or deleted a model while the list is shown.
  useEffect(() => {
    if (props.changes > 0 && dialog.current?.open) void refresh();
  }, [props.changes, refresh, dialog]);

  /** Runs one library action; on success refreshes the list (or closes, for actions that switch models). */
  const run = async <T,>(work: () => Promise<LibraryResult<T>>, closeAfter = false) => {
    setBusy(true);
    const result = await work();
    setBusy(false);
    setProblems(result.ok ? [] : result.problems);
    if (!result.ok) return;
    setRow(null);
    if (closeAfter) onClose();
    else await refresh();
  };
  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(() => actions.create(newName), true);
  };
  const duplicateName = (name: string, kind: LibraryKind) =>
    t(kind === 'scenario' ? 'library.scenarioName' : 'library.copyName', { name });
  const time = useMemo(
    () => new Intl.DateTimeFormat(numberLocale(language), { dateStyle: 'short', timeStyle: 'short' }),
    [language],
  );

  return (
    <dialog
      ref={dialog}
      className="library-dialog"
      data-testid="library-dialog"
      aria-labelledby="library-title"
      onClose={onClose}
    >
      <header>
        <h2 id="library-title">{t('library.title')}</h2>
        <button type="button" data-testid="library-close" onClick={onClose}>
          {t('library.close')}
        </button>
      </header>
      {!props.persistent && <p className="note">{t('library.notKept')}</p>}
      <LabelledTextForm
        label={t('library.newName')}
        value={newName}
        onChange={setNewName}
        onSubmit={create}
        button={t('library.create')}
        fieldTestId="library-create-name"
        buttonTestId="library-create"
        busy={busy}
      />
      {problems.length > 0 && (
        <ul className="field-error" role="alert" data-testid="library-problems">
          {problems.map((p, i) => (
            <li key={i}>{formatProblem(p, language)}</li>
          ))}
        </ul>
      )}
      {listing === null ? (
        <p className="note">{t('library.loading')}</p>
      ) : (
        <ul className="library-entries" aria-label={t('library.title')}>
          {listing.entries.map((entry) => (
            <LibraryRow
              key={entry.id}
              entry={entry}
              current={entry.id === currentId}
              mode={row?.id === entry.id ? row.mode : 'idle'}
              busy={busy}
              time={time}
              onMode={(mode) => setRow(mode === 'idle' ? null : { id: entry.id, mode })}
              onOpen={() => void run(() => actions.open(entry.id), true)}
              onRename={(name) => void run(() => actions.rename(entry.id, name))}
              onDuplicate={(kind) => void run(() => actions.duplicate(entry.id, duplicateName(entry.name, kind), kind))}
              onDelete={() => void run(() => actions.delete(entry.id))}
            />
          ))}
        </ul>
      )}
      <LibraryExamples actions={actions} onOpened={onClose} />
      {listing && listing.damaged.length > 0 && (
        <section className="library-damaged" data-testid="library-damaged">
          <h3>{t('library.damaged')}</h3>
          <p className="note">{t('library.damagedHelp')}</p>
          <ul>
            {listing.damaged.map((entry) => (
              <li key={entry.id} data-testid="library-damaged-entry">
                <span>{entry.name ?? entry.id}</span>
                <ul>
                  {entry.problems.map((p, i) => (
                    <li key={i}>{formatProblem(p, language)}</li>
                  ))}
                </ul>
                {row?.id === entry.id && row.mode === 'confirm-delete' ? (
                  <span className="library-confirm">
                    {t('library.confirmDelete', { name: entry.name ?? entry.id })}{' '}
                    <button type="button" onClick={() => void run(() => actions.delete(entry.id))}>
                      {t('library.confirm')}
                    </button>
                    <button type="button" autoFocus onClick={() => setRow(null)}>
                      {t('library.cancel')}
                    </button>
                  </span>
                ) : (
                  <button type="button" onClick={() => setRow({ id: entry.id, mode: 'confirm-delete' })}>
                    {t('library.delete')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer>
        <button
          type="button"
          data-testid="library-reset"
          onClick={() => {
            props.onReset();
            onClose();
          }}
        >
          {t('library.reset')}
        </button>
        <p className="note">{t('library.resetHelp')}</p>
      </footer>
    </dialog>
  );
});
