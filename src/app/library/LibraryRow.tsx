/** One model of the library: open, rename in place, duplicate, delete after a confirmation. */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry, LibraryKind } from './libraryRecord.ts';

export type RowMode = 'idle' | 'rename' | 'confirm-delete';

interface LibraryRowProps {
  readonly entry: LibraryEntry;
  readonly current: boolean;
  readonly mode: RowMode;
  readonly busy: boolean;
  readonly time: Intl.DateTimeFormat;
  readonly onMode: (mode: RowMode) => void;
  readonly onOpen: () => void;
  readonly onRename: (name: string) => void;
  readonly onDuplicate: (kind: LibraryKind) => void;
  readonly onDelete: () => void;
}

export function LibraryRow(props: LibraryRowProps) {
  const { entry, current, mode, busy, onMode } = props;
  const { t } = useTranslation();
  const [name, setName] = useState(entry.name);
  // Every row has the same buttons: each also names its model to assistive technology.
  const nameId = useId();
  const startRename = () => {
    setName(entry.name);
    onMode('rename');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onRename(name);
  };
  // Esc leaves the rename field, not the whole dialog.
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onMode('idle');
  };

  return (
    <li className="library-entry" data-testid="library-entry" data-entry-id={entry.id} data-current={current}>
      {mode === 'rename' ? (
        <form className="library-rename" onSubmit={submit}>
          <label>
            <span>{t('library.renameLabel', { name: entry.name })}</span>
            <input
              type="text"
              data-testid="library-rename-input"
              value={name}
              autoFocus
              onChange={(event) => setName(event.target.value)}
              onKeyDown={escape}
            />
          </label>
          <button type="submit" disabled={busy}>
            {t('library.save')}
          </button>
          <button type="button" onClick={() => onMode('idle')}>
            {t('library.cancel')}
          </button>
        </form>
      ) : (
        <div className="library-entry-head">
          <span className="library-name" id={nameId} data-testid="library-entry-name">
            {entry.name}
          </span>
          <span className="library-kind">{t(`library.kind.${entry.kind}`)}</span>
          {current && <strong className="library-current">{t('library.current')}</strong>}
          <span className="library-time">{t('library.updated', { time: props.time.format(entry.updated) })}</span>
        </div>
      )}
      {mode === 'confirm-delete' ? (
        <div
          className="library-confirm"
          role="alertdialog"
          aria-label={t('library.confirmDelete', { name: entry.name })}
        >
          <p>{t('library.confirmDelete', { name: entry.name })}</p>
          <button type="button" data-testid="library-confirm-delete" disabled={busy} onClick={props.onDelete}>
            {t('library.confirm')}
          </button>
          <button type="button" data-testid="library-cancel-delete" autoFocus onClick={() => onMode('idle')}>
            {t('library.cancel')}
          </button>
        </div>
      ) : (
        mode === 'idle' && (
          <div key="actions" className="library-actions">
            <button
              type="button"
              aria-describedby={nameId}
              data-testid="library-open"
              disabled={busy || current}
              onClick={props.onOpen}
            >
              {t('library.open')}
            </button>
            <button
              type="button"
              aria-describedby={nameId}
              data-testid="library-rename"
              disabled={busy}
              onClick={startRename}
            >
              {t('library.rename')}
            </button>
            <button
              type="button"
              aria-describedby={nameId}
              data-testid="library-duplicate"
              disabled={busy}
              onClick={() => props.onDuplicate(entry.kind)}
            >
              {t('library.duplicate')}
            </button>
            <button
              type="button"
              aria-describedby={nameId}
              data-testid="library-duplicate-scenario"
              disabled={busy}
              onClick={() => props.onDuplicate('scenario')}
            >
              {t('library.duplicateScenario')}
            </button>
            <button
              type="button"
              aria-describedby={nameId}
              data-testid="library-delete"
              disabled={busy || current}
              title={current ? t('library.cannotDeleteOpen') : undefined}
              onClick={() => onMode('confirm-delete')}
            >
              {t('library.delete')}
            </button>
          </div>
        )
      )}
    </li>
  );
}
