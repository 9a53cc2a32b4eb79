/**
 * What the team server has to tell about the open shared park, above the
 * explorer like the tab-conflict banner: a save refused because someone
 * saved first (keep mine on top, take theirs, or download mine — nothing is
 * lost either way), someone else's save heard live (load it, or keep
 * working), a model the server would not take (its problems, with their
 * paths), or a request that failed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProblem } from '../../core/model/problems.ts';
import { numberLocale } from '../i18n/language.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { downloadText } from '../outputs/download.ts';
import { exportFileName } from '../outputs/fileNames.ts';
import { failureText } from './failureText.ts';
import type { TeamPark } from './useTeamPark.ts';
import '../library/tabConflict.css';

interface TeamBannersProps {
  readonly team: TeamPark;
  /** The open model's name: the downloaded file's. */
  readonly name: string;
}

export function TeamBanners({ team, name }: TeamBannersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const time = new Intl.DateTimeFormat(numberLocale(language), { dateStyle: 'short', timeStyle: 'medium' });
  const when = (iso: string) => time.format(new Date(iso));
  const { conflict, live, failure, open } = team;
  // Loading another's revision over edits not on the server asks once more (the revision it was asked for).
  const [confirming, setConfirming] = useState<number | null>(null);
  const mustConfirm = live !== null && team.dirty && confirming !== live.revision;

  const downloadMine = () =>
    downloadText(JSON.stringify(team.modelToSave(), null, 2), exportFileName([name], 'json'), 'application/json');

  return (
    <>
      {conflict && open && (
        <div className="notice notice-error tab-conflict" role="alert" data-testid="team-conflict">
          <p>
            {t('shared.conflict', {
              author: conflict.head.author,
              revision: conflict.head.revision,
              time: when(conflict.head.time),
              base: open.base,
            })}
          </p>
          <div className="tab-conflict-choices">
            <button
              type="button"
              data-testid="team-keep-mine"
              disabled={team.busy || !open.canSave}
              onClick={() => void team.keepMine()}
            >
              {t('shared.keepMine')}
            </button>
            <button
              type="button"
              data-testid="team-take-theirs"
              disabled={team.busy}
              onClick={() => void team.takeTheirs()}
            >
              {t('shared.takeTheirs')}
            </button>
            <button type="button" data-testid="team-download-mine" onClick={downloadMine}>
              {t('shared.downloadMine')}
            </button>
          </div>
        </div>
      )}
      {live && !conflict && (
        <div className="notice tab-conflict" role="status" data-testid="team-live" data-revision={live.revision}>
          <p>
            {t('shared.live', { author: live.author, revision: live.revision, time: when(live.time) })}
            {team.dirty && ` ${t('shared.liveDirty')}`}
          </p>
          <div className="tab-conflict-choices">
            <button
              type="button"
              data-testid="team-live-load"
              disabled={team.busy}
              onClick={() => (mustConfirm ? setConfirming(live.revision) : void team.takeTheirs())}
            >
              {live.revision === confirming && team.dirty ? t('shared.confirmLoad') : t('shared.loadIt')}
            </button>
            <button type="button" data-testid="team-live-dismiss" onClick={team.dismissLive}>
              {t('shared.keepWorking')}
            </button>
          </div>
        </div>
      )}
      {failure && (
        <div className="notice notice-error" role="alert" data-testid="team-failure" data-code={failure.code}>
          <p>{failure.code === 'invalid-model' ? t('shared.invalid') : failureText(failure, language)}</p>
          {failure.problems.length > 0 && (
            <ul>
              {failure.problems.map((problem, i) => (
                <li key={i}>{formatProblem(problem, language)}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={team.dismissFailure}>
            {t('team.close')}
          </button>
        </div>
      )}
    </>
  );
}
