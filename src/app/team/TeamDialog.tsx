/**
 * "Team parks": the parks of the team server the user has a role on (their
 * role, the head revision, who saved it last and when), opening one,
 * uploading the open park as a new shared park, and for the open shared
 * park: saving with a message, its versions (who, when, why), an old
 * version opened as a local copy, or restored as a new version. Looks like
 * the library dialog beside it.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkSummary, Version } from '../../core/io/serverProtocol.ts';
import { localize } from '../../core/model/labels.ts';
import { numberLocale } from '../i18n/language.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { failureText } from './failureText.ts';
import type { TeamResult } from './teamServer.ts';
import type { TeamPark } from './useTeamPark.ts';
import './team.css';
import { LabelledTextForm } from '../library/LabelledTextForm.tsx';
import { useModalWhile } from '../library/useModalWhile.ts';

interface TeamDialogProps {
  readonly open: boolean;
  readonly team: TeamPark;
  /** The open model's name, as the library shows it. */
  readonly name: string;
  readonly onClose: () => void;
}

export function TeamDialog({ open, team, name, onClose }: TeamDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [parks, setParks] = useState<readonly ParkSummary[] | null>(null);
  const [versions, setVersions] = useState<readonly Version[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [uploadMessage, setUploadMessage] = useState('');
  const [saveMessage, setSaveMessage] = useState('');
  const { client } = team;
  const openParkId = team.open?.parkId ?? null;
  const base = team.open?.base ?? 0;

  const refresh = useCallback(async () => {
    const listed = await client.listParks();
    if (listed.ok) setParks(listed.value);
    else setError(failureText(listed, language));
    if (openParkId === null) return setVersions(null);
    const read = await client.listVersions(openParkId);
    if (read.ok) setVersions(read.value);
    else setError(failureText(read, language));
  }, [client, openParkId, language]);

  const dialog = useModalWhile(open, () => {
    setError(null);
    void refresh();
  });
  // A save, a restore or another's save while the dialog is open: read the lists again.
  useEffect(() => {
    if (dialog.current?.open) void refresh();
  }, [base, refresh, dialog]);

  /** Runs one request; on success closes the dialog or reads the lists again. Whether it succeeded. */
  const run = async (work: () => Promise<TeamResult<unknown>>, closeAfter: boolean): Promise<boolean> => {
    setBusy(true);
    const result = await work();
    setBusy(false);
    if (!result.ok) {
      setError(failureText(result, language));
      return false;
    }
    setError(null);
    if (closeAfter) onClose();
    else await refresh();
    return true;
  };
  const time = new Intl.DateTimeFormat(numberLocale(language), { dateStyle: 'short', timeStyle: 'short' });
  const when = (iso: string) => time.format(new Date(iso));
  const upload = (event: FormEvent) => {
    event.preventDefault();
    void run(() => team.upload(uploadMessage), false).then((done) => done && setUploadMessage(''));
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    // Closed after, so what the save answered (a conflict, the model's problems) is seen above the explorer.
    void team.save(saveMessage).then(() => {
      setSaveMessage('');
      onClose();
    });
  };
  const openName = parks?.find((p) => p.id === openParkId);
  const shownName = openName ? localize(openName.name, language) || openName.id : name;
  const readOnlyReason = team.open && !team.open.canSave ? t('team.viewerOnly') : undefined;

  return (
    <dialog
      ref={dialog}
      className="library-dialog team-dialog"
      data-testid="team-dialog"
      aria-labelledby="team-title"
      onClose={onClose}
    >
      <header>
        <h2 id="team-title">{t('team.title')}</h2>
        <span className="team-user">{t('team.signedInAs', { user: client.user.username })}</span>
        <button type="button" data-testid="team-close" onClick={onClose}>
          {t('team.close')}
        </button>
      </header>
      {error && (
        <p className="field-error" role="alert" data-testid="team-error">
          {error}
        </p>
      )}
      {parks === null ? (
        <p className="note">{t('team.loading')}</p>
      ) : parks.length === 0 ? (
        <p className="note" data-testid="team-none">
          {t('team.none')}
        </p>
      ) : (
        <table className="team-table" data-testid="team-parks">
          <thead>
            <tr>
              <th>{t('team.colName')}</th>
              <th>{t('team.colRole')}</th>
              <th className="team-number">{t('team.colRevision')}</th>
              <th>{t('team.colLast')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {parks.map((park) => {
              const parkName = localize(park.name, language) || park.id;
              const current = park.id === openParkId;
              return (
                <tr key={park.id} data-testid="team-park" data-park-id={park.id} data-current={current}>
                  <td className="library-name">{parkName}</td>
                  <td>{t(`team.role.${park.role}`)}</td>
                  <td className="team-number">{park.head.revision}</td>
                  <td className="library-time">
                    {t('team.lastSaved', { author: park.head.author, time: when(park.head.time) })}
                  </td>
                  <td>
                    {current ? (
                      <span className="library-current">{t('team.isOpen')}</span>
                    ) : (
                      <button
                        type="button"
                        data-testid="team-open"
                        aria-label={t('team.openNamed', { name: parkName })}
                        disabled={busy}
                        onClick={() => void run(() => team.openPark(park), true)}
                      >
                        {t('team.open')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <LabelledTextForm
        label={t('team.uploadMessage')}
        value={uploadMessage}
        onChange={setUploadMessage}
        onSubmit={upload}
        button={t('team.upload')}
        fieldTestId="team-upload-message"
        buttonTestId="team-upload"
        busy={busy}
      />
      {team.open && (
        <section className="team-versions" aria-labelledby="team-versions-title">
          <h3 id="team-versions-title">{t('team.versionsTitle', { name: shownName })}</h3>
          <LabelledTextForm
            label={t('shared.message')}
            value={saveMessage}
            onChange={setSaveMessage}
            onSubmit={save}
            button={t('shared.save')}
            fieldTestId="team-save-message"
            buttonTestId="team-save"
            busy={busy || team.busy}
            unusable={!team.open.canSave}
            buttonTitle={readOnlyReason ?? t('shared.saveTitle', { revision: base })}
          />
          {readOnlyReason && <p className="note">{readOnlyReason}</p>}
          {versions && (
            <table className="team-table" data-testid="team-versions">
              <thead>
                <tr>
                  <th className="team-number">{t('team.colRevision')}</th>
                  <th>{t('team.colAuthor')}</th>
                  <th>{t('team.colTime')}</th>
                  <th>{t('team.colMessage')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {[...versions].reverse().map((version) => (
                  <tr key={version.revision} data-testid="team-version" data-revision={version.revision}>
                    <td className="team-number">{version.revision}</td>
                    <td data-testid="team-version-author">{version.author}</td>
                    <td className="library-time">{when(version.time)}</td>
                    <td className="team-message">
                      {version.message}
                      {version.restoredFrom !== undefined &&
                        ` ${t('team.restoredFrom', { revision: version.restoredFrom })}`}
                    </td>
                    <td className="team-actions">
                      <button
                        type="button"
                        data-testid="team-open-copy"
                        title={t('team.openCopyTitle')}
                        disabled={busy}
                        onClick={() =>
                          void run(
                            () =>
                              team.openCopy(
                                version.revision,
                                t('team.copyName', { name: shownName, revision: version.revision }),
                              ),
                            true,
                          )
                        }
                      >
                        {t('team.openCopy')}
                      </button>
                      <button
                        type="button"
                        data-testid="team-restore"
                        title={readOnlyReason ?? t('team.restoreTitle')}
                        disabled={busy || !team.open?.canSave || version.revision === base}
                        onClick={() => void run(() => team.restore(version.revision), false)}
                      >
                        {t('team.restore')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </dialog>
  );
}
