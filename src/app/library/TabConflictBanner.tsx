/**
 * The banner of a tab that is behind: the open model was changed (or
 * deleted) in another tab, this tab's changes are kept in memory but not
 * saved, and the user chooses which version to keep. It stays until they
 * do: until then nothing of this tab overwrites the other tab's save.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProblem, type Problem } from '../../core/model/problems.ts';
import { MAX_NAME_LENGTH } from '../../core/model/schema.ts';
import type { ConflictActions } from './conflictActions.ts';
import type { LibraryResult } from './modelLibrary.ts';
import type { RevisionConflict } from './revisions.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import './tabConflict.css';

interface TabConflictBannerProps {
  readonly conflict: RevisionConflict | null;
  /** The model's name as this tab shows it. */
  readonly name: string;
  readonly actions: ConflictActions;
}

export function TabConflictBanner({ conflict, name, actions }: TabConflictBannerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  // Tied to the conflict they came from, so a later conflict does not show an old failure.
  const [failed, setFailed] = useState<{ conflict: RevisionConflict; problems: readonly Problem[] } | null>(null);
  if (!conflict) return null;

  const run = async (work: () => Promise<LibraryResult<unknown>>) => {
    setBusy(true);
    const result = await work();
    setBusy(false);
    setFailed(result.ok ? null : { conflict, problems: result.problems });
  };
  const deleted = conflict.kind === 'deleted';
  // A deleted model comes back under its own name; a copy's name says where it came from, within the limit.
  const copyName = () => {
    if (deleted) return name;
    const room = MAX_NAME_LENGTH - t('tabConflict.copyName', { name: '' }).length;
    return t('tabConflict.copyName', { name: name.slice(0, Math.max(1, room)) });
  };
  const problems = failed?.conflict === conflict ? failed.problems : [];

  return (
    <div className="notice notice-error tab-conflict" role="alert" data-testid="tab-conflict" data-kind={conflict.kind}>
      <p>{t(deleted ? 'tabConflict.deleted' : 'tabConflict.changed', { name })}</p>
      <div className="tab-conflict-choices">
        {!deleted && (
          <button
            type="button"
            data-testid="tab-conflict-load"
            disabled={busy}
            onClick={() => void run(actions.loadTheirs)}
          >
            {t('tabConflict.loadTheirs')}
          </button>
        )}
        <button
          type="button"
          data-testid="tab-conflict-keep"
          disabled={busy}
          onClick={() => void run(() => actions.keepAsCopy(copyName()))}
        >
          {t(deleted ? 'tabConflict.saveAsNew' : 'tabConflict.keepAsCopy')}
        </button>
      </div>
      {problems.length > 0 && (
        <ul>
          {problems.map((problem, i) => (
            <li key={i}>{formatProblem(problem, language)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
