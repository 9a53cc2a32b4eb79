/**
 * The team server's part of the top bar: for an open shared park, which
 * park and revision it is based on and "Save to server" (disabled, with the
 * reason, for a viewer); the "Team parks" button; who is signed in, and
 * signing out.
 */
import { useTranslation } from 'react-i18next';
import type { TeamPark } from './useTeamPark.ts';
import './team.css';

interface TeamBarProps {
  readonly team: TeamPark;
  /** The open model's name. */
  readonly name: string;
  readonly onOpenTeam: () => void;
}

export function TeamBar({ team, name, onOpenTeam }: TeamBarProps) {
  const { t } = useTranslation();
  const { open } = team;
  const signOut = async () => {
    await team.client.signOut();
    window.location.reload();
  };
  const state = team.busy
    ? t('shared.saving')
    : team.savedRevision !== null
      ? t('shared.saved', { revision: team.savedRevision })
      : team.dirty
        ? t('shared.unsaved')
        : '';
  return (
    <span className="team-bar">
      {open && (
        <>
          <span
            className="shared-badge"
            data-testid="shared-badge"
            data-revision={open.base}
            title={t('shared.where', { name, revision: open.base })}
          >
            {t('shared.badge')} · r{open.base}
          </span>
          <button
            type="button"
            data-testid="shared-save"
            disabled={team.busy || !open.canSave}
            title={open.canSave ? t('shared.saveTitle', { revision: open.base }) : t('team.viewerOnly')}
            onClick={() => void team.save('')}
          >
            {t('shared.save')}
          </button>
          <span className="shared-state" data-testid="shared-state" role="status">
            {state}
          </span>
        </>
      )}
      <button type="button" data-testid="team-button" aria-haspopup="dialog" onClick={onOpenTeam}>
        {t('team.button')}
      </button>
      <button
        type="button"
        data-testid="team-sign-out"
        title={t('team.signedInAs', { user: team.client.user.username })}
        onClick={() => void signOut()}
      >
        <span className="team-user" data-testid="team-user">
          {team.client.user.username}
        </span>{' '}
        · {t('team.signOut')}
      </button>
    </span>
  );
}
