/**
 * What a save to the open file came to, in the save dialog (SaveToFile.tsx):
 * saved with warnings the user was not told of before, or why nothing was
 * written, with a complete copy to download instead.
 */
import { useTranslation } from 'react-i18next';
import { formatProblem, type Problem } from '../../core/model/problems.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import type { SaveOutcome } from './saveToFile.ts';

export function SaveOutcomeText({
  outcome,
  warnings,
  name,
  onCopy,
}: {
  readonly outcome: SaveOutcome;
  readonly warnings: readonly Problem[];
  readonly name: string;
  readonly onCopy: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const copy = (
    <footer>
      <button type="button" data-testid="save-to-file-download" onClick={() => void onCopy()}>
        {t('saveFile.downloadCopy')}
      </button>
    </footer>
  );
  switch (outcome.kind) {
    case 'saved':
      return (
        <div data-testid="save-to-file-outcome" data-outcome="saved">
          <p>{t('saveFile.savedWarnings', { name })}</p>
          <ProblemList problems={warnings} />
        </div>
      );
    case 'conflict':
      return (
        <div role="alert" data-testid="save-to-file-outcome" data-outcome="conflict">
          <p>{t('saveFile.conflict', { name })}</p>
          <p className="note">{t('saveFile.conflictCopy')}</p>
          {copy}
        </div>
      );
    case 'invalid':
      return (
        <div role="alert" data-testid="save-to-file-outcome" data-outcome="invalid">
          <p>{t('saveFile.invalid', { count: outcome.errors.length })}</p>
          <ProblemList problems={outcome.errors} />
          {copy}
        </div>
      );
    case 'refused':
      return (
        <div role="alert" data-testid="save-to-file-outcome" data-outcome="refused">
          <p>{t('saveFile.refused', { status: outcome.status })}</p>
          {copy}
        </div>
      );
    case 'failed':
      return (
        <div role="alert" data-testid="save-to-file-outcome" data-outcome="failed">
          <p>{t('saveFile.failed', { name, reason: outcome.reason })}</p>
          {copy}
        </div>
      );
    case 'unreachable':
      return (
        <div role="alert" data-testid="save-to-file-outcome" data-outcome="unreachable">
          <p>{t('saveFile.unreachable', { detail: outcome.detail })}</p>
          {copy}
        </div>
      );
  }
}

export function ProblemList({ problems }: { readonly problems: readonly Problem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="transfer-problems">
      {problems.map((p, i) => (
        <li key={i} className={p.severity}>
          <span className="transfer-severity">{t(`transfer.severity.${p.severity}`)}</span> {formatProblem(p, language)}
        </li>
      ))}
    </ul>
  );
}
